/**
 * Proactive refresh (a repeatable job): renews tokens shortly before they expire, by each
 * network's own margin, so a post never waits on a refresh and a 60-day token never lapses.
 * getValidAccessToken refreshes only what is due (quality.md R-4), and a failing network gets a
 * cooldown: an outage is recorded, never turned into "needs reconnect".
 */
import type { Redis } from "ioredis";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { PROVIDER_IDS } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";
import { getValidAccessToken } from "./get-valid-access-token";

export type RefreshReport = { checked: number; refreshed: number; failed: number };

const FAILURE_COOLDOWN_MS = 5 * 60_000;
const REFRESH_TOKEN_WARNING_MS = 7 * 24 * 3600_000;

export async function refreshDueAccounts(redis: Redis, now = new Date()): Promise<RefreshReport> {
  const report: RefreshReport = { checked: 0, refreshed: 0, failed: 0 };
  for (const provider of PROVIDER_IDS) {
    const policy = getProvider(provider).refreshPolicy;
    if (policy.mechanism === "none") continue;
    const horizon = new Date(now.getTime() + policy.marginMs);
    const due = await db.socialAccount.findMany({
      where: {
        provider,
        status: { in: ["ACTIVE", "EXPIRING"] },
        accessTokenExpiresAt: { lte: horizon },
        NOT: {
          lastRefreshError: { not: null },
          updatedAt: { gt: new Date(now.getTime() - FAILURE_COOLDOWN_MS) },
        },
      },
      select: { id: true },
      take: 500,
    });
    for (const { id } of due) {
      report.checked += 1;
      try {
        const result = await getValidAccessToken(id, redis);
        if (result.refreshed) report.refreshed += 1;
      } catch (error) {
        report.failed += 1;
        logger.warn(
          { accountId: id, provider, err: (error as Error).message },
          "proactive refresh failed",
        );
      }
    }
  }
  await markExpiring(now);
  return report;
}

/** EXPIRING: the grant itself runs out soon (a reconnect will be needed) or renewals keep failing. */
async function markExpiring(now: Date): Promise<void> {
  const soon = new Date(now.getTime() + REFRESH_TOKEN_WARNING_MS);
  await db.socialAccount.updateMany({
    where: {
      status: "ACTIVE",
      OR: [
        { refreshTokenExpiresAt: { lte: soon } },
        {
          lastRefreshError: { not: null },
          accessTokenExpiresAt: { lte: new Date(now.getTime() + 24 * 3600_000) },
        },
      ],
    },
    data: { status: "EXPIRING" },
  });
  await db.socialAccount.updateMany({
    where: {
      status: "EXPIRING",
      lastRefreshError: null,
      OR: [{ refreshTokenExpiresAt: null }, { refreshTokenExpiresAt: { gt: soon } }],
    },
    data: { status: "ACTIVE" },
  });
}
