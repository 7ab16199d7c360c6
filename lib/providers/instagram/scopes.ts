import type { ScopeDescription } from "../types";

/** What Socialite asks Instagram for (providers.md §3A), in the order the consent page lists it. */
export const INSTAGRAM_SCOPES = [
  {
    scope: "instagram_business_basic",
    name: "See your profile",
    purpose: "Shows which account is linked and checks it is a professional account.",
  },
  {
    scope: "instagram_business_content_publish",
    name: "Publish content",
    purpose: "Lets Socialite publish your posts, carousels and reels.",
  },
] as const satisfies readonly ScopeDescription[];
