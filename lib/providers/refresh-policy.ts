/**
 * When a stored token should be refreshed, from the network's RefreshPolicy. Pure, so the token
 * service (lib/accounts) and its clock-controlled tests share one rule.
 */
import type { RefreshPolicy, TokenSet } from "./types";

/** True when the access token expires within the policy's margin and the network can renew it. */
export function needsRefresh(
  tokens: Pick<TokenSet, "accessTokenExpiresAt">,
  policy: RefreshPolicy,
  now: Date,
): boolean {
  if (policy.mechanism === "none" || tokens.accessTokenExpiresAt === undefined) return false;
  return tokens.accessTokenExpiresAt.getTime() - now.getTime() <= policy.marginMs;
}

/** Required scopes missing from a granted set (a reconnect can restore them). */
export function missingScopes(required: readonly string[], granted: readonly string[]): string[] {
  const have = new Set(granted);
  return required.filter((scope) => !have.has(scope));
}

/** An absolute expiry from a relative lifetime in seconds, as the networks send it. */
export function expiresAt(issuedAt: Date, expiresInSeconds: number | undefined): Date | undefined {
  return expiresInSeconds === undefined || expiresInSeconds <= 0
    ? undefined
    : new Date(issuedAt.getTime() + expiresInSeconds * 1000);
}
