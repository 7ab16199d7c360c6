/**
 * An admin's "Refresh now" on one linked account. getValidAccessToken does the work with
 * force: true (per-account lock, re-read, compare-and-swap, NEEDS_RECONNECT on a dead grant, an
 * outage recorded but never blamed on the grant); this maps its outcome to words, records an
 * "admin.refresh" AuditEvent, and returns the account's public columns. The token it obtains is
 * dropped here: it never leaves this function.
 */
import {
  AccountNeedsReconnectError,
  AccountNotFoundError,
  getValidAccessToken,
} from "@/lib/accounts/get-valid-access-token";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { isProviderError } from "@/lib/providers/provider-error";
import type { ProviderId } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";
import { getWebRedis } from "@/lib/redis/connection";
import { whenRedisReady } from "@/lib/redis/when-redis-ready";

export type RefreshOutcome =
  /** A new access token was obtained and stored. */
  | "refreshed"
  /** Nothing to do: the network has no refresh, or won't renew yet (Instagram: < 24 h old). */
  | "not_refreshable"
  /** The grant is dead (now or already): only the owner can reconnect it. */
  | "needs_reconnect"
  /** The network or Redis failed; the account's status is unchanged. */
  | "failed"
  | "not_found";

export type RefreshConnectionResult = {
  outcome: RefreshOutcome;
  message: string;
  account: {
    id: string;
    status: string;
    statusReason: string | null;
    accessTokenExpiresAt: Date | null;
    lastRefreshAt: Date | null;
    lastRefreshError: string | null;
  } | null;
};

const REDIS_WAIT_MS = 2_000;

const stateSelect = { tokenVersion: true, lastRefreshError: true, updatedAt: true } as const;

/** What the forced refresh did, told apart by the row before and after it. */
async function attempt(accountId: string): Promise<{ outcome: RefreshOutcome; message: string }> {
  const before = await db.socialAccount.findUnique({
    where: { id: accountId },
    select: stateSelect,
  });
  if (!before) return { outcome: "not_found", message: "This account was unlinked." };
  try {
    const redis = getWebRedis();
    // The lock lives in Redis; a connection still starting would refuse the first command.
    await whenRedisReady(redis, REDIS_WAIT_MS);
    const result = await getValidAccessToken(accountId, redis, { force: true });
    if (result.refreshed) {
      return { outcome: "refreshed", message: "Refreshed: a new access token is stored." };
    }
    const after = await db.socialAccount.findUnique({
      where: { id: accountId },
      select: stateSelect,
    });
    if (after && after.tokenVersion !== before.tokenVersion) {
      return {
        outcome: "refreshed",
        message: "Refreshed (by a refresh running at the same time).",
      };
    }
    // An outage while the token is still valid: recorded on the row, the old token kept.
    if (after?.lastRefreshError && after.updatedAt > before.updatedAt) {
      return {
        outcome: "failed",
        message: `Refresh failed: ${after.lastRefreshError}. The current token still works until it expires.`,
      };
    }
    const provider = getProvider(result.provider);
    return {
      outcome: "not_refreshable",
      message:
        provider.refreshPolicy.mechanism === "none"
          ? `${provider.displayName} tokens can't be refreshed; the current one is still accepted.`
          : "The network won't renew this token yet (it is too recent); nothing changed.",
    };
  } catch (error) {
    if (error instanceof AccountNeedsReconnectError) {
      return { outcome: "needs_reconnect", message: `Needs reconnect: ${error.reason}` };
    }
    if (error instanceof AccountNotFoundError) {
      return { outcome: "not_found", message: "This account was unlinked." };
    }
    if (isProviderError(error)) {
      return { outcome: "failed", message: `Refresh failed (${error.kind}): ${error.message}` };
    }
    logger.warn({ accountId, err: (error as Error).message }, "admin refresh failed");
    return {
      outcome: "failed",
      message: "Refresh failed: the token service is unavailable (Redis?). Try again shortly.",
    };
  }
}

export async function refreshConnection(
  actorId: string,
  accountId: string,
): Promise<RefreshConnectionResult> {
  const { outcome, message } = await attempt(accountId);
  const account = await db.socialAccount.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      provider: true,
      handle: true,
      status: true,
      statusReason: true,
      accessTokenExpiresAt: true,
      lastRefreshAt: true,
      lastRefreshError: true,
    },
  });
  if (account) {
    await recordAudit({
      actorId,
      action: "admin.refresh",
      targetType: "SocialAccount",
      targetId: account.id,
      metadata: {
        provider: account.provider as ProviderId,
        handle: account.handle,
        outcome,
        status: account.status,
      },
    });
  }
  if (!account)
    return { outcome: "not_found", message: "This account was unlinked.", account: null };
  const { provider: _provider, handle: _handle, ...publicColumns } = account;
  return { outcome, message, account: publicColumns };
}
