import type { ScopeDescription } from "../types";

/** What Socialite asks Facebook for (providers.md §2), in the order the dialog lists it. */
export const FACEBOOK_SCOPES = [
  {
    scope: "pages_show_list",
    name: "List your Pages",
    purpose: "Lets you choose which of the Pages you manage Socialite posts to.",
  },
  {
    scope: "pages_manage_posts",
    name: "Publish to your Pages",
    purpose: "Lets Socialite post on your Pages.",
  },
  {
    scope: "pages_read_engagement",
    name: "Read Page details",
    purpose: "Facebook grants Page posting only together with it.",
  },
  {
    scope: "publish_video",
    name: "Publish videos",
    purpose: "Lets Socialite post videos on your Pages.",
  },
] as const satisfies readonly ScopeDescription[];
