/**
 * Every scope Socialite requests, per network, with words for people. Also the allow-list for
 * scope names that travel in a URL (the "missing permissions" link-back): only names listed here
 * are ever shown, so a crafted link can't put text of its choosing on the page. Browser-safe: no
 * env, no adapters.
 */
import { FACEBOOK_SCOPES } from "./facebook/scopes";
import { INSTAGRAM_SCOPES } from "./instagram/scopes";
import type { ProviderId } from "./provider-id";
import { TIKTOK_SCOPES } from "./tiktok/scopes";
import type { ScopeDescription } from "./types";
import { X_SCOPES } from "./x/scopes";

export const KNOWN_SCOPES = {
  x: X_SCOPES,
  facebook: FACEBOOK_SCOPES,
  instagram: INSTAGRAM_SCOPES,
  tiktok: TIKTOK_SCOPES,
} as const satisfies Record<ProviderId, readonly ScopeDescription[]>;

/** The named scopes the network knows, described, in the network's order; the rest is dropped. */
export function knownScopes(
  provider: ProviderId,
  names: readonly string[],
): readonly ScopeDescription[] {
  const wanted = new Set(names);
  return KNOWN_SCOPES[provider].filter((item) => wanted.has(item.scope));
}
