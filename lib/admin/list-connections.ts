/**
 * Every linked account of every user, for the admin connections page, ordered so what needs
 * attention comes first: NEEDS_RECONNECT, REVOKED, EXPIRING, then accounts with errors (a failed
 * refresh, or targets that failed to publish), then the healthy ones; most recently changed first
 * within each group. The order is a CASE expression, which Prisma's orderBy can't express, so one
 * raw query picks the ids and Prisma reads the rows with an explicit select: no token column is
 * ever read here.
 */
import { db, Prisma } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { ConnectionFilters } from "./connection-filters";

export const CONNECTIONS_PAGE_SIZE = 200;

export type AccountStatusValue = "ACTIVE" | "EXPIRING" | "NEEDS_RECONNECT" | "REVOKED";

export type ConnectionCounts = Record<AccountStatusValue, number> & {
  all: number;
  errors: number;
};

const connectionSelect = {
  id: true,
  provider: true,
  handle: true,
  displayName: true,
  status: true,
  statusReason: true,
  accessTokenExpiresAt: true,
  refreshTokenExpiresAt: true,
  lastRefreshAt: true,
  lastRefreshError: true,
  lastPublishAt: true,
  createdAt: true,
  updatedAt: true,
  user: { select: { id: true, name: true, email: true } },
  targets: {
    where: { status: { in: ["FAILED", "UNCONFIRMED"] } },
    orderBy: { updatedAt: "desc" },
    take: 1,
    select: { status: true, errorCode: true, errorMessage: true, updatedAt: true },
  },
  _count: { select: { targets: { where: { status: { in: ["FAILED", "UNCONFIRMED"] } } } } },
} as const satisfies Prisma.SocialAccountSelect;

const FAILED_TARGET = Prisma.sql`EXISTS (SELECT 1 FROM "PostTarget" t
  WHERE t."socialAccountId" = a.id AND t.status IN ('FAILED', 'UNCONFIRMED'))`;
const HAS_ERRORS = Prisma.sql`(a."lastRefreshError" IS NOT NULL OR ${FAILED_TARGET})`;
const ATTENTION_RANK = Prisma.sql`CASE a.status
  WHEN 'NEEDS_RECONNECT' THEN 0 WHEN 'REVOKED' THEN 1 WHEN 'EXPIRING' THEN 2
  ELSE CASE WHEN ${HAS_ERRORS} THEN 3 ELSE 4 END END`;

/** `%`, `_` and `\` are ILIKE wildcards: a search for "a_b" means exactly that. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Network, owner and search: the filters the status counts also respect. */
function baseConditions(filters: ConnectionFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.network) conditions.push(Prisma.sql`a.provider::text = ${filters.network}`);
  if (filters.owner) conditions.push(Prisma.sql`a."userId" = ${filters.owner}`);
  if (filters.q) {
    const pattern = likePattern(filters.q.replace(/^@/, ""));
    conditions.push(
      Prisma.sql`(a.handle ILIKE ${pattern} OR a."displayName" ILIKE ${pattern} OR u.email ILIKE ${pattern})`,
    );
  }
  return conditions;
}

function statusCondition(status: ConnectionFilters["status"]): Prisma.Sql | null {
  if (!status) return null;
  return status === "ERRORS" ? HAS_ERRORS : Prisma.sql`a.status::text = ${status}`;
}

const whereClause = (conditions: Prisma.Sql[]) =>
  conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

async function countByStatus(filters: ConnectionFilters): Promise<ConnectionCounts> {
  const rows = await db.$queryRaw<{ status: AccountStatusValue; errors: boolean; n: number }[]>`
    SELECT a.status::text AS status, ${HAS_ERRORS} AS errors, count(*)::int AS n
    FROM "SocialAccount" a JOIN "User" u ON u.id = a."userId"
    ${whereClause(baseConditions(filters))}
    GROUP BY 1, 2`;
  const counts: ConnectionCounts = {
    all: 0,
    errors: 0,
    ACTIVE: 0,
    EXPIRING: 0,
    NEEDS_RECONNECT: 0,
    REVOKED: 0,
  };
  for (const row of rows) {
    counts[row.status] += row.n;
    counts.all += row.n;
    if (row.errors) counts.errors += row.n;
  }
  return counts;
}

export async function listConnections(filters: ConnectionFilters, limit = CONNECTIONS_PAGE_SIZE) {
  const status = statusCondition(filters.status);
  const conditions = [...baseConditions(filters), ...(status ? [status] : [])];
  const [ordered, counts] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "SocialAccount" a JOIN "User" u ON u.id = a."userId"
      ${whereClause(conditions)}
      ORDER BY ${ATTENTION_RANK}, a."updatedAt" DESC, a.id
      LIMIT ${limit}`,
    countByStatus(filters),
  ]);
  const ids = ordered.map((row) => row.id);
  const rows = await db.socialAccount.findMany({
    where: { id: { in: ids } },
    select: connectionSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const connections = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return []; // unlinked between the two reads
    const { targets, _count, user, ...account } = row;
    return [
      {
        ...account,
        provider: account.provider as ProviderId,
        status: account.status as AccountStatusValue,
        owner: user,
        lastFailure: targets[0] ?? null,
        failedTargets: _count.targets,
      },
    ];
  });
  const matching = filters.status
    ? filters.status === "ERRORS"
      ? counts.errors
      : counts[filters.status]
    : counts.all;
  return { connections, counts, matching };
}

export type ConnectionRow = Awaited<ReturnType<typeof listConnections>>["connections"][number];
