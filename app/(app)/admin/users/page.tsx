import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import { type Column, DataTable } from "@/components/admin/data-table";
import { FilterInputField } from "@/components/admin/filter-fields";
import { ago, exactTime } from "@/components/admin/format";
import { RoleForm } from "@/components/admin/role-form";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/admin/list-users";
import { requireAdmin } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Users · Admin" };

type SearchParams = Record<string, string | string[] | undefined>;

const COLUMNS: Column[] = [
  { label: "Person" },
  { label: "Role" },
  { label: "Accounts", align: "right" },
  { label: "Posts", align: "right" },
  { label: "Last active" },
  { label: "Change role", srOnly: true },
];

const cell = "block min-w-0 md:table-cell md:px-3 md:py-3 md:align-middle";
const mobileLabel = "mr-1.5 text-gray-500 md:hidden";

function searchText(params: SearchParams): string | undefined {
  const value = Array.isArray(params.q) ? params.q[0] : params.q;
  const text = value?.trim().slice(0, 100);
  return text ? text : undefined;
}

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const me = await requireAdmin("/admin/users");
  const q = searchText(await searchParams);
  const { users, total, admins } = await listUsers({ q });
  const configuredAdmins = new Set(getEnv().ADMIN_EMAILS);
  const now = new Date();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Users"
        description={`${total} ${total === 1 ? "person" : "people"}, ${admins} ${admins === 1 ? "admin" : "admins"}. There is always at least one admin.`}
      />

      <form
        method="get"
        action="/admin/users"
        aria-label="Search users"
        className="flex items-end gap-2 sm:max-w-md"
      >
        <FilterInputField
          label="Search"
          id="users-q"
          name="q"
          type="search"
          placeholder="Name or email"
          value={q}
          className="flex-1"
        />
        <button type="submit" className={buttonClasses()}>
          Search
        </button>
      </form>

      {users.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No users match"
          description="Try part of a name or an email address."
          actions={
            <a href="/admin/users" className={buttonClasses({ variant: "secondary" })}>
              Show everyone
            </a>
          }
        />
      ) : (
        <DataTable
          caption={`Users${total > users.length ? `, the first ${USERS_PAGE_SIZE} of ${total}` : ""}`}
          columns={COLUMNS}
        >
          {users.map((user) => {
            const isSelf = user.id === me.id;
            return (
              <tr
                key={user.id}
                data-testid="user"
                data-email={user.email}
                className="grid grid-cols-2 gap-x-4 gap-y-2 px-4 py-3.5 sm:px-5 md:table-row md:p-0"
              >
                <td className={`${cell} col-span-2 pb-1 md:pl-5`}>
                  <div className="flex min-w-0 items-center gap-3">
                    <Avatar name={user.name} seed={user.email} size="sm" />
                    <div className="min-w-0">
                      <p className="truncate font-medium text-gray-900">
                        {user.name}
                        {isSelf ? <span className="font-normal text-gray-500"> (you)</span> : null}
                      </p>
                      <p className="truncate text-gray-500">{user.email}</p>
                    </div>
                  </div>
                </td>
                <td className={cell}>
                  <span className={mobileLabel}>Role</span>
                  <Badge tone={user.role === "ADMIN" ? "brand" : "neutral"}>
                    {user.role === "ADMIN" ? "Admin" : "User"}
                  </Badge>
                  {configuredAdmins.has(user.email) ? (
                    <span
                      className="ml-1.5 text-[12px] text-gray-500"
                      title="ADMIN_EMAILS makes this person an admin again at their next sign-in"
                    >
                      via ADMIN_EMAILS
                    </span>
                  ) : null}
                </td>
                <td className={`${cell} md:text-right md:tabular-nums`}>
                  <span className={mobileLabel}>Accounts</span>
                  {user.accounts}
                </td>
                <td className={`${cell} md:text-right md:tabular-nums`}>
                  <span className={mobileLabel}>Posts</span>
                  {user.posts}
                </td>
                <td className={`${cell} whitespace-nowrap text-gray-600`}>
                  <span className={mobileLabel}>Last active</span>
                  {user.lastSeenAt ? (
                    <time
                      dateTime={user.lastSeenAt.toISOString()}
                      title={exactTime(user.lastSeenAt)}
                    >
                      {ago(user.lastSeenAt, now)}
                    </time>
                  ) : (
                    "Not signed in"
                  )}
                </td>
                <td className={`${cell} col-span-2 pt-1 md:pr-5 md:pt-3`}>
                  <RoleForm userId={user.id} email={user.email} role={user.role} isSelf={isSelf} />
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
