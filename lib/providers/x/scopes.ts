import type { ScopeDescription } from "../types";

/** What Socialite asks X for (providers.md §1), in the order the consent page lists it. */
export const X_SCOPES = [
  {
    scope: "tweet.read",
    name: "Read posts",
    purpose: "X grants posting only together with reading, and it identifies your account.",
  },
  { scope: "tweet.write", name: "Publish posts", purpose: "Lets Socialite post on your behalf." },
  {
    scope: "users.read",
    name: "See your profile",
    purpose: "Shows which account is linked: your name, username and picture.",
  },
  {
    scope: "media.write",
    name: "Upload media",
    purpose: "Lets Socialite attach images and videos to your posts.",
  },
  {
    scope: "offline.access",
    name: "Stay connected",
    purpose: "Keeps scheduled posts going out without you signing in to X again.",
  },
] as const satisfies readonly ScopeDescription[];
