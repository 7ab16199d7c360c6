import type { ScopeDescription } from "../types";

/** What Socialite asks TikTok for (providers.md §4), in the order the consent page lists it. */
export const TIKTOK_SCOPES = [
  {
    scope: "user.info.basic",
    name: "See your profile",
    purpose: "Shows which account is linked: your display name and avatar.",
  },
  {
    scope: "video.publish",
    name: "Publish content",
    purpose: "Lets Socialite post videos and photos to your TikTok profile.",
  },
] as const satisfies readonly ScopeDescription[];
