/**
 * The rotating refresh grant TikTok and X share: the presented refresh token is spent on use, and
 * presenting a rotated one again revokes the whole grant (reuse detection, as OAuth 2.1 advises).
 * Each network answers a refused refresh with its own error.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import type { SandboxState } from "../core/state";
import type { Grant } from "./tokens";

/**
 * Returns the grant to issue fresh tokens under, or undefined when the refresh is refused: an
 * unknown or non-refresh token, one whose grant `accepts` refuses (another client's), a revoked
 * or expired one.
 */
export function rotateRefreshToken(
  state: SandboxState,
  network: ProviderId,
  value: string | undefined,
  accepts: (grant: Grant) => boolean = () => true,
): Grant | undefined {
  const now = state.now();
  const check = state.tokens.check(network, value, now);
  if (check.status === "unknown" || check.token.kind !== "refresh" || !accepts(check.grant))
    return undefined;
  if (check.status === "revoked") {
    if (check.token.revokeReason === "rotated") state.tokens.revokeGrant(check.grant.id, now);
    return undefined;
  }
  if (check.status === "expired") return undefined;
  state.tokens.retire(check.token, now, "rotated");
  state.counters.refresh(network, check.grant.userId);
  return check.grant;
}
