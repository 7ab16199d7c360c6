/**
 * A usable access token for an account, refreshed just in time (ARCHITECTURE.md "Tokens"):
 * one refresh in flight per account in this process, a Redis lock across processes, a re-read
 * after the lock (someone else may have refreshed), and a compare-and-swap on tokenVersion for
 * the write. A dead grant marks the account NEEDS_RECONNECT; an outage never does.
 */
import type { Redis } from "ioredis";
import { TOKEN_PURPOSE } from "@/lib/crypto/purposes";
import { decryptToken, encryptToken } from "@/lib/crypto/token-cipher";
import { db } from "@/lib/db/client";
import { ProviderError } from "@/lib/providers/provider-error";
import type { ProviderId } from "@/lib/providers/provider-id";
import { needsRefresh } from "@/lib/providers/refresh-policy";
import { getProvider } from "@/lib/providers/registry";
import type { TokenSet } from "@/lib/providers/types";
import { acquireLock } from "@/lib/redis/lock";

export class AccountNeedsReconnectError extends Error {
  constructor(
    readonly accountId: string,
    readonly reason: string,
  ) {
    super(`The account needs to be reconnected: ${reason}`);
    this.name = "AccountNeedsReconnectError";
  }
}

export class AccountNotFoundError extends Error {
  constructor(readonly accountId: string) {
    super("The account no longer exists (it was unlinked).");
    this.name = "AccountNotFoundError";
  }
}

export type ValidToken = {
  accessToken: string;
  provider: ProviderId;
  metadata: unknown;
  refreshed: boolean;
};

const LOCK_TTL_MS = 20_000;
const LOCK_WAIT_MS = 25_000;
const inFlight = new Map<string, Promise<ValidToken>>();

async function readAccount(accountId: string) {
  const row = await db.socialAccount.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      provider: true,
      status: true,
      statusReason: true,
      accessToken: true,
      refreshToken: true,
      accessTokenExpiresAt: true,
      refreshTokenExpiresAt: true,
      grantedScopes: true,
      tokenVersion: true,
      lastRefreshAt: true,
      metadata: true,
      createdAt: true,
    },
  });
  if (!row) throw new AccountNotFoundError(accountId);
  if (row.status === "NEEDS_RECONNECT" || row.status === "REVOKED") {
    throw new AccountNeedsReconnectError(accountId, row.statusReason ?? "access was withdrawn");
  }
  return row;
}

type AccountRow = Awaited<ReturnType<typeof readAccount>>;

function tokensOf(row: AccountRow): TokenSet {
  return {
    accessToken: decryptToken(row.accessToken, TOKEN_PURPOSE.accessToken),
    refreshToken: row.refreshToken
      ? decryptToken(row.refreshToken, TOKEN_PURPOSE.refreshToken)
      : undefined,
    accessTokenExpiresAt: row.accessTokenExpiresAt ?? undefined,
    refreshTokenExpiresAt: row.refreshTokenExpiresAt ?? undefined,
    scopes: row.grantedScopes,
  };
}

function result(row: AccountRow, accessToken: string, refreshed: boolean): ValidToken {
  return { accessToken, provider: row.provider as ProviderId, metadata: row.metadata, refreshed };
}

function isDue(row: AccountRow, force: boolean, now: Date): boolean {
  const provider = getProvider(row.provider as ProviderId);
  const policy = provider.refreshPolicy;
  if (policy.mechanism === "none") return false;
  // Instagram refuses to extend tokens younger than 24 h.
  const issuedAt = row.lastRefreshAt ?? row.createdAt;
  if (policy.minTokenAgeMs && now.getTime() - issuedAt.getTime() < policy.minTokenAgeMs)
    return false;
  return (
    force ||
    needsRefresh({ accessTokenExpiresAt: row.accessTokenExpiresAt ?? undefined }, policy, now)
  );
}

async function refreshUnderLock(
  accountId: string,
  redis: Redis,
  force: boolean,
  seenVersion: number,
): Promise<ValidToken> {
  const lock = await acquireLock(redis, `socialite:lock:refresh:${accountId}`, {
    ttlMs: LOCK_TTL_MS,
    waitMs: LOCK_WAIT_MS,
  });
  try {
    // Re-read under the lock: the previous holder has probably refreshed already, and then even a
    // forced refresh is satisfied by its result.
    const row = await readAccount(accountId);
    const tokens = tokensOf(row);
    const changed = row.tokenVersion !== seenVersion;
    if (changed || !isDue(row, force, new Date())) return result(row, tokens.accessToken, false);
    if (!lock) {
      throw new ProviderError({ kind: "transient", message: "Another refresh is still running." });
    }
    return await refreshNow(row, tokens);
  } finally {
    await lock?.release();
  }
}

async function refreshNow(row: AccountRow, tokens: TokenSet): Promise<ValidToken> {
  const provider = getProvider(row.provider as ProviderId);
  let fresh: TokenSet;
  try {
    fresh = await provider.refresh(tokens);
  } catch (error) {
    return handleRefreshFailure(row, tokens, error);
  }
  // Persist before anything else: with rotating refresh tokens the old one is already dead.
  const { count } = await db.socialAccount.updateMany({
    where: { id: row.id, tokenVersion: row.tokenVersion },
    data: {
      accessToken: encryptToken(fresh.accessToken, TOKEN_PURPOSE.accessToken),
      accessTokenExpiresAt: fresh.accessTokenExpiresAt ?? null,
      ...(fresh.refreshToken
        ? {
            refreshToken: encryptToken(fresh.refreshToken, TOKEN_PURPOSE.refreshToken),
            refreshTokenExpiresAt: fresh.refreshTokenExpiresAt ?? null,
          }
        : {}),
      ...(fresh.scopes.length > 0 ? { grantedScopes: fresh.scopes } : {}),
      tokenVersion: { increment: 1 },
      lastRefreshAt: new Date(),
      lastRefreshError: null,
      status: "ACTIVE",
      statusReason: null,
    },
  });
  if (count === 1) return result(row, fresh.accessToken, true);
  // Someone wrote meanwhile (our lock expired): theirs is the newer state.
  const latest = await readAccount(row.id);
  return result(latest, tokensOf(latest).accessToken, false);
}

async function handleRefreshFailure(
  row: AccountRow,
  tokens: TokenSet,
  error: unknown,
): Promise<ValidToken> {
  if (!(error instanceof ProviderError)) throw error;
  if (error.kind === "auth") {
    // Before blaming the grant, check whether a concurrent refresh already replaced it (B-7).
    const latest = await db.socialAccount.findUnique({
      where: { id: row.id },
      select: { tokenVersion: true },
    });
    if (latest && latest.tokenVersion !== row.tokenVersion) {
      const current = await readAccount(row.id);
      return result(current, tokensOf(current).accessToken, false);
    }
    const reason = error.message || "the network no longer accepts Socialite's access";
    await db.socialAccount.updateMany({
      where: { id: row.id, tokenVersion: row.tokenVersion },
      data: {
        status: "NEEDS_RECONNECT",
        statusReason: reason,
        lastRefreshError: reason,
        lastRefreshAt: new Date(),
      },
    });
    throw new AccountNeedsReconnectError(row.id, reason);
  }
  // An outage or a throttle: remember it, never mark the account as needing reconnection.
  await db.socialAccount.update({
    where: { id: row.id },
    data: { lastRefreshError: `${error.kind}: ${error.message}`.slice(0, 500) },
  });
  const stillValid = (row.accessTokenExpiresAt?.getTime() ?? Number.POSITIVE_INFINITY) > Date.now();
  if (stillValid) return result(row, tokens.accessToken, false);
  throw error;
}

/**
 * The access token to call the network with. `force` refreshes even before the margin (an admin's
 * "refresh now", or after the network answered 401 with a token we thought valid).
 */
export async function getValidAccessToken(
  accountId: string,
  redis: Redis,
  options: { force?: boolean } = {},
): Promise<ValidToken> {
  const row = await readAccount(accountId);
  const force = options.force ?? false;
  if (!isDue(row, force, new Date())) return result(row, tokensOf(row).accessToken, false);
  const running = inFlight.get(accountId);
  if (running) return running;
  const refresh = refreshUnderLock(accountId, redis, force, row.tokenVersion).finally(() =>
    inFlight.delete(accountId),
  );
  inFlight.set(accountId, refresh);
  return refresh;
}
