import { ArrowRight, ScrollText, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import {
  FilterActions,
  FilterInputField,
  FilterSelectField,
} from "@/components/admin/filter-fields";
import { filterHref } from "@/components/admin/filter-href";
import { ago, exactTime, metadataSummary } from "@/components/admin/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AUDIT_PERIODS, type AuditFilters, parseAuditFilters } from "@/lib/admin/audit-filters";
import { listAuditActions } from "@/lib/admin/list-audit-actions";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/admin/list-audit-events";
import { requireAdmin } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Audit log · Admin" };

type SearchParams = Record<string, string | string[] | undefined>;

function actionTone(action: string): BadgeTone {
  if (action.startsWith("admin.") || action.startsWith("user.") || action === "key.rotate")
    return "brand";
  if (action.endsWith(".unlink") || action.endsWith(".discard") || action.endsWith(".cancel"))
    return "warning";
  return "neutral";
}

const hrefWith = (filters: AuditFilters, change: Partial<AuditFilters>) =>
  filterHref("/admin/audit", filters, change);

/** "14 Mar, 09:30 UTC": the exact moment under the relative one (audits are read for times). */
const shortTime = (date: Date) =>
  `${new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  }).format(date)} UTC`;

const PERIOD_OPTIONS = Object.entries(AUDIT_PERIODS).map(([key, period]) => ({
  value: key,
  label: period.label,
}));

const COLUMNS: Column[] = [
  { label: "Time" },
  { label: "Actor" },
  { label: "Action" },
  { label: "Target" },
  { label: "Details" },
];

const cell = "block px-4 sm:px-5 md:table-cell md:px-3 md:py-3 md:align-top";
const mobileLabel = "mr-1.5 text-gray-500 md:hidden";

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireAdmin("/admin/audit");
  const filters = parseAuditFilters(await searchParams);
  const now = new Date();
  const [{ events, nextCursor }, actions] = await Promise.all([
    listAuditEvents(filters, now),
    listAuditActions(),
  ]);
  const filtered = Boolean(
    filters.actor || filters.action || filters.period || filters.from || filters.to,
  );

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Audit log"
        description="Who did what to which object, newest first. Events never hold a secret."
      />

      <form
        method="get"
        action="/admin/audit"
        aria-label="Filter the audit log"
        className="grid grid-cols-2 gap-3 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1fr)_9.5rem_9.5rem_auto] lg:items-end"
      >
        <FilterInputField
          label="Actor email"
          id="audit-actor"
          name="actor"
          type="search"
          placeholder="name@example.com"
          value={filters.actor}
          className="col-span-2 lg:col-span-1"
        />
        <FilterSelectField
          label="Action"
          id="audit-action"
          name="action"
          value={filters.action}
          anyLabel="All actions"
          options={actions.map((action) => ({ value: action, label: action }))}
        />
        <FilterSelectField
          label="Period"
          id="audit-period"
          name="period"
          value={filters.period}
          anyLabel="Any time"
          options={PERIOD_OPTIONS}
        />
        <FilterInputField
          label="From (UTC)"
          id="audit-from"
          name="from"
          type="date"
          value={filters.from}
        />
        <FilterInputField label="To (UTC)" id="audit-to" name="to" type="date" value={filters.to} />
        <FilterActions
          clearHref={filtered ? "/admin/audit" : undefined}
          className="col-span-2 lg:col-span-1"
        />
      </form>

      {events.length === 0 ? (
        filtered || filters.cursor ? (
          <EmptyState
            icon={SearchX}
            title="No events match"
            description="Try another actor, action or time range."
            actions={
              <a href="/admin/audit" className={buttonClasses({ variant: "secondary" })}>
                Clear filters
              </a>
            }
          />
        ) : (
          <EmptyState
            icon={ScrollText}
            title="No events yet"
            description="Links, publishes, retries and admin actions are recorded here as they happen."
          />
        )
      ) : (
        <DataTable
          caption={`Audit events, newest first, ${AUDIT_PAGE_SIZE} per page`}
          columns={COLUMNS}
        >
          {events.map((event) => (
            <tr
              key={event.id}
              data-testid="audit-event"
              data-action={event.action}
              className="flex flex-col gap-1 py-3 md:table-row md:py-0"
            >
              <td className={`${cell} whitespace-nowrap text-gray-600 md:pl-5`}>
                <time dateTime={event.createdAt.toISOString()} title={exactTime(event.createdAt)}>
                  {ago(event.createdAt, now)}
                  <span className="ml-1.5 text-[12px] text-gray-400 md:ml-0 md:block">
                    {shortTime(event.createdAt)}
                  </span>
                </time>
              </td>
              <td className={`${cell} min-w-0 break-words`}>
                <span className={mobileLabel}>Actor</span>
                {event.actor ? (
                  <span className="text-gray-900">{event.actor.email}</span>
                ) : (
                  <span className="text-gray-500">System</span>
                )}
              </td>
              <td className={cell}>
                <span className={mobileLabel}>Action</span>
                <Link
                  href={hrefWith(filters, { action: event.action, cursor: undefined })}
                  title={`Only ${event.action}`}
                  className="rounded-full"
                >
                  <Badge tone={actionTone(event.action)} className="font-mono">
                    {event.action}
                  </Badge>
                </Link>
              </td>
              <td className={`${cell} min-w-0 break-all md:break-normal`}>
                <span className={mobileLabel}>Target</span>
                <span className="text-gray-900">{event.targetType}</span>
                {event.targetId ? (
                  <span
                    className="ml-1.5 font-mono text-[12px] text-gray-500 md:ml-0 md:block md:max-w-44 md:truncate"
                    title={event.targetId}
                  >
                    {event.targetId}
                  </span>
                ) : null}
              </td>
              <td className={`${cell} min-w-0 break-words text-gray-600 md:pr-5`}>
                <span className={mobileLabel}>Details</span>
                {metadataSummary(event.metadata) || "—"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      {filters.cursor || nextCursor ? (
        <nav aria-label="Audit log pages" className="flex items-center justify-between gap-3">
          {filters.cursor ? (
            <Link
              href={hrefWith(filters, { cursor: undefined })}
              className={buttonClasses({ variant: "ghost" })}
            >
              Back to newest
            </Link>
          ) : (
            <span />
          )}
          {nextCursor ? (
            <Link
              href={hrefWith(filters, { cursor: nextCursor })}
              className={buttonClasses({ variant: "secondary" })}
            >
              Older events
              <ArrowRight aria-hidden="true" />
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
