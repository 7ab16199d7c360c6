import { Cable, SearchX } from "lucide-react";
import type { Metadata } from "next";
import { ConnectionRow } from "@/components/admin/connection-row";
import { type Chip, FilterChips } from "@/components/admin/filter-chips";
import {
  FilterActions,
  FilterInputField,
  FilterSelectField,
} from "@/components/admin/filter-fields";
import { filterHref } from "@/components/admin/filter-href";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import {
  type ConnectionFilters,
  type ConnectionStatusFilter,
  parseConnectionFilters,
} from "@/lib/admin/connection-filters";
import { listConnectionOwners } from "@/lib/admin/list-connection-owners";
import { CONNECTIONS_PAGE_SIZE, listConnections } from "@/lib/admin/list-connections";
import { requireAdmin } from "@/lib/auth/current-user";
import { PROVIDER_IDS, type ProviderId } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";

export const metadata: Metadata = { title: "Connections · Admin" };

type SearchParams = Record<string, string | string[] | undefined>;

const STATUS_CHIPS: { key: ConnectionStatusFilter; label: string; tone: Chip["tone"] }[] = [
  { key: "NEEDS_RECONNECT", label: "Needs reconnect", tone: "danger" },
  { key: "REVOKED", label: "Revoked", tone: "danger" },
  { key: "EXPIRING", label: "Expiring", tone: "warning" },
  { key: "ACTIVE", label: "Active", tone: "success" },
  { key: "ERRORS", label: "With errors", tone: "danger" },
];

const hrefWith = (filters: ConnectionFilters, change: Partial<ConnectionFilters>) =>
  filterHref("/admin/connections", filters, change);

const networkName = (id: ProviderId) => getProvider(id).displayName;

const NETWORK_OPTIONS = PROVIDER_IDS.map((id) => ({
  value: id,
  label: networkName(id),
}));

export default async function AdminConnectionsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireAdmin("/admin/connections");
  const filters = parseConnectionFilters(await searchParams);
  const [{ connections, counts, matching }, owners] = await Promise.all([
    listConnections(filters),
    listConnectionOwners(),
  ]);
  const now = new Date();
  const filtered = Boolean(filters.network || filters.owner || filters.q || filters.status);

  const chips: Chip[] = [
    {
      key: "all",
      label: "All",
      count: counts.all,
      href: hrefWith(filters, { status: undefined }),
      active: !filters.status,
    },
    ...STATUS_CHIPS.map((chip) => ({
      ...chip,
      count: chip.key === "ERRORS" ? counts.errors : counts[chip.key],
      href: hrefWith(filters, { status: chip.key }),
      active: filters.status === chip.key,
    })),
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Connections"
        description="Every linked account of every user, what needs attention first. Tokens are never shown."
      />

      <FilterChips label="Filter by status" chips={chips} />

      <form
        method="get"
        action="/admin/connections"
        aria-label="Filter connections"
        className="grid grid-cols-2 gap-3 sm:grid-cols-[10rem_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end"
      >
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
        <FilterSelectField
          label="Network"
          id="filter-network"
          name="network"
          value={filters.network}
          anyLabel="All networks"
          options={NETWORK_OPTIONS}
        />
        <FilterSelectField
          label="Owner"
          id="filter-owner"
          name="owner"
          value={filters.owner}
          anyLabel="Everyone"
          options={owners.map((owner) => ({
            value: owner.id,
            label: `${owner.name} (${owner.email})`,
          }))}
        />
        <FilterInputField
          label="Search"
          id="filter-q"
          name="q"
          type="search"
          placeholder="Handle or email"
          value={filters.q}
          className="col-span-2 sm:col-span-1"
        />
        <FilterActions
          clearHref={filtered ? "/admin/connections" : undefined}
          className="col-span-2 sm:col-span-1"
        />
      </form>

      {connections.length === 0 ? (
        counts.all === 0 && !filtered ? (
          <EmptyState
            icon={Cable}
            title="No linked accounts yet"
            description="When people link their X, Facebook, Instagram or TikTok accounts, each one shows up here with its token health."
          />
        ) : (
          <EmptyState
            icon={SearchX}
            title="No connections match"
            description="Try another status, network or owner, or clear the search."
            actions={
              <a href="/admin/connections" className={buttonClasses({ variant: "secondary" })}>
                Clear filters
              </a>
            }
          />
        )
      ) : (
        <section aria-labelledby="connections-heading" className="flex flex-col gap-3">
          <h2 id="connections-heading" className="text-[13px] text-gray-600">
            {matching > connections.length
              ? `Showing the first ${CONNECTIONS_PAGE_SIZE} of ${matching} connections; narrow the list with the filters.`
              : `${matching} ${matching === 1 ? "connection" : "connections"}, most urgent first`}
          </h2>
          <Card className="overflow-hidden">
            <ul aria-label="Connections" className="divide-y divide-gray-100">
              {connections.map((connection) => (
                <ConnectionRow
                  key={connection.id}
                  connection={connection}
                  networkName={networkName(connection.provider)}
                  now={now}
                />
              ))}
            </ul>
          </Card>
        </section>
      )}
    </div>
  );
}
