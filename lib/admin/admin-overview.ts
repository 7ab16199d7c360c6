/**
 * The admin overview's numbers, from the database (the source of truth): connections by what
 * they need, targets that failed or wait, recent audit activity, people and admins. The queues'
 * own counts come from getQueueHealth, which can be unavailable on its own.
 */
import { db } from "@/lib/db/client";

const DAY_MS = 86_400_000;

export async function getAdminOverview(now = new Date()) {
  const [accountsByStatus, erroring, targetsByStatus, auditLastDay, lastEvent, users, admins] =
    await Promise.all([
      db.socialAccount.groupBy({ by: ["status"], _count: { _all: true } }),
      db.socialAccount.count({
        where: {
          status: "ACTIVE",
          OR: [
            { lastRefreshError: { not: null } },
            { targets: { some: { status: { in: ["FAILED", "UNCONFIRMED"] } } } },
          ],
        },
      }),
      db.postTarget.groupBy({
        by: ["status"],
        where: { status: { in: ["QUEUED", "PUBLISHING", "FAILED", "UNCONFIRMED"] } },
        _count: { _all: true },
      }),
      db.auditEvent.count({ where: { createdAt: { gte: new Date(now.getTime() - DAY_MS) } } }),
      db.auditEvent.findFirst({
        orderBy: { createdAt: "desc" },
        select: { action: true, createdAt: true },
      }),
      db.user.count(),
      db.user.count({ where: { role: "ADMIN" } }),
    ]);
  const accounts = Object.fromEntries(
    accountsByStatus.map((row) => [row.status, row._count._all]),
  ) as Partial<Record<string, number>>;
  const targets = Object.fromEntries(
    targetsByStatus.map((row) => [row.status, row._count._all]),
  ) as Partial<Record<string, number>>;
  return {
    connections: {
      total: Object.values(accounts).reduce<number>((sum, n) => sum + (n ?? 0), 0),
      needsReconnect: (accounts.NEEDS_RECONNECT ?? 0) + (accounts.REVOKED ?? 0),
      expiring: accounts.EXPIRING ?? 0,
      withErrors: erroring,
    },
    targets: {
      failed: targets.FAILED ?? 0,
      unconfirmed: targets.UNCONFIRMED ?? 0,
      queued: targets.QUEUED ?? 0,
      publishing: targets.PUBLISHING ?? 0,
    },
    audit: { lastDay: auditLastDay, lastEvent },
    users: { total: users, admins },
  };
}

export type AdminOverview = Awaited<ReturnType<typeof getAdminOverview>>;
