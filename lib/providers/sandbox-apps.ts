/**
 * The OAuth apps "registered" at the provider sandbox. The sandbox and the app's sandbox mode share
 * this file, so the credentials and callback URLs always agree; in live mode the app uses the
 * credentials from the environment instead.
 */
import type { ProviderId } from "./provider-id";

export type SandboxApp = { clientId: string; clientSecret: string; appName: string };

export const sandboxApps = {
  x: {
    clientId: "c2FuZGJveC14LWNsaWVudA",
    clientSecret: "sandbox-x-secret-9d2f61c0",
    appName: "Socialite",
  },
  facebook: {
    clientId: "1000000000000001",
    clientSecret: "sandboxfb0a1b2c3d4e5f60718293a4",
    appName: "Socialite",
  },
  instagram: {
    clientId: "1700000000000001",
    clientSecret: "sandboxig0a1b2c3d4e5f60718293a4",
    appName: "Socialite",
  },
  tiktok: {
    clientId: "sbawsocialitesandbox",
    clientSecret: "sandbox-tiktok-secret-5e7a",
    appName: "Socialite",
  },
} as const satisfies Record<ProviderId, SandboxApp>;

/** Socialite's callback path for a network: one distinct URL per network (mix-up defence). */
export const callbackPath = (provider: ProviderId): string => `/api/connect/${provider}/callback`;

/** The redirect URI registered for a network, for an app served at appUrl. */
export const registeredRedirectUri = (appUrl: string, provider: ProviderId): string =>
  new URL(callbackPath(provider), appUrl).toString();
