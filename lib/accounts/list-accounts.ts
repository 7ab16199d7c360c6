/** The accounts page's data: never selects a token column. */
import { db } from "@/lib/db/client";

export const accountSummarySelect = {
  id: true,
  provider: true,
  handle: true,
  displayName: true,
  avatarUrl: true,
  grantedScopes: true,
  status: true,
  statusReason: true,
  accessTokenExpiresAt: true,
  refreshTokenExpiresAt: true,
  lastRefreshAt: true,
  lastRefreshError: true,
  lastPublishAt: true,
  createdAt: true,
} as const;

export async function listAccounts(userId: string) {
  return db.socialAccount.findMany({
    where: { userId },
    select: accountSummarySelect,
    orderBy: [{ provider: "asc" }, { createdAt: "asc" }],
  });
}

export type AccountSummary = Awaited<ReturnType<typeof listAccounts>>[number];
