/**
 * The exhaustive registry: a network added to PROVIDER_IDS without an adapter fails to compile.
 * Outside lib/providers, code reaches a network only through getProvider, never by its name.
 */
import type { RuntimeSource } from "./config";
import { createFacebookProvider } from "./facebook/facebook-provider";
import { createInstagramProvider } from "./instagram/instagram-provider";
import type { ProviderId } from "./provider-id";
import { createTikTokProvider } from "./tiktok/tiktok-provider";
import type { SocialProvider } from "./types";
import { createXProvider } from "./x/x-provider";

/** Adapters bound to an explicit runtime (tests, tools); the app uses `providers`. */
export const providerFactories = {
  x: createXProvider,
  facebook: createFacebookProvider,
  instagram: createInstagramProvider,
  tiktok: createTikTokProvider,
} as const satisfies Record<ProviderId, (runtime?: RuntimeSource) => SocialProvider>;

/** Adapters configured from the environment (read lazily, on first use). */
export const providers = {
  x: createXProvider(),
  facebook: createFacebookProvider(),
  instagram: createInstagramProvider(),
  tiktok: createTikTokProvider(),
} as const satisfies Record<ProviderId, SocialProvider>;

export const getProvider = (id: ProviderId): SocialProvider => providers[id];
