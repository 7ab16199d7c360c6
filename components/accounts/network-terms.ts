import type { ProviderId } from "@/lib/providers/provider-id";

/**
 * What a person links on each network, in words for the accounts pages. The network's name itself
 * always comes from the provider registry (getProvider(id).displayName); this adds only the kind of
 * account. Exhaustive: a new ProviderId fails to compile until it has its words.
 */
export const NETWORK_TERMS = {
  x: {
    unit: "account",
    units: "accounts",
    pitch: "Posts, threads, images and video on your profile.",
    usernames: true,
  },
  facebook: {
    unit: "Page",
    units: "Pages",
    pitch: "Posts, photos and video on Pages you manage.",
    usernames: false,
  },
  instagram: {
    unit: "professional account",
    units: "professional accounts",
    pitch: "Photos, carousels and reels. Business or creator accounts.",
    usernames: true,
  },
  tiktok: {
    unit: "account",
    units: "accounts",
    pitch: "Videos and photo posts on your profile.",
    // Socialite reads only the display name (the username needs a scope posting doesn't).
    usernames: false,
  },
} as const satisfies Record<
  ProviderId,
  {
    unit: string;
    units: string;
    pitch: string;
    /** The stored handle is an @username (otherwise it is the display name again). */
    usernames: boolean;
  }
>;

/** "@sandbox_alice" where the network has usernames; null where the handle is just a name. */
export function usernameOf(provider: ProviderId, handle: string): string | null {
  if (!NETWORK_TERMS[provider].usernames || !/^[A-Za-z0-9_.]{1,64}$/.test(handle)) return null;
  return `@${handle}`;
}

/** How to name the account in a sentence: "@sandbox_alice", or "Alice's Bakery". */
export const accountName = (provider: ProviderId, handle: string, displayName: string): string =>
  usernameOf(provider, handle) ?? displayName;

/** "X account", "Facebook Page", "Instagram professional account", "TikTok account". */
export function accountKind(provider: ProviderId, networkName: string, plural = false): string {
  const terms = NETWORK_TERMS[provider];
  return `${networkName} ${plural ? terms.units : terms.unit}`;
}
