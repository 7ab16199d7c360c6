/**
 * Where adapters send requests and with which app credentials. Adapters always name the real
 * network URLs (below, exactly as in providers.md); in sandbox mode one function, toSandboxUrl,
 * maps each of them to its twin on the provider sandbox, and credentials come from sandboxApps.
 * In live mode the URLs are used as they are and credentials come from the environment.
 */
import { type Env, getEnv } from "@/lib/env";
import type { ProviderId } from "./provider-id";
import { sandboxApps } from "./sandbox-apps";

/** The Graph API version both Meta networks are called with. */
export const GRAPH_API_VERSION = "v24.0";

export const endpoints = {
  x: {
    authorize: "https://x.com/i/oauth2/authorize",
    token: "https://api.x.com/2/oauth2/token",
    revoke: "https://api.x.com/2/oauth2/revoke",
    api: "https://api.x.com/2",
  },
  facebook: {
    authorize: `https://www.facebook.com/${GRAPH_API_VERSION}/dialog/oauth`,
    graph: `https://graph.facebook.com/${GRAPH_API_VERSION}`,
    // Video uploads go to the video host (providers.md §2.4).
    graphVideo: `https://graph-video.facebook.com/${GRAPH_API_VERSION}`,
  },
  instagram: {
    authorize: "https://www.instagram.com/oauth/authorize",
    token: "https://api.instagram.com/oauth/access_token",
    // Token exchange and refresh live on the unversioned host; the profile on the versioned one.
    graph: "https://graph.instagram.com",
    graphVersioned: `https://graph.instagram.com/${GRAPH_API_VERSION}`,
  },
  tiktok: {
    authorize: "https://www.tiktok.com/v2/auth/authorize/",
    token: "https://open.tiktokapis.com/v2/oauth/token/",
    revoke: "https://open.tiktokapis.com/v2/oauth/revoke/",
    api: "https://open.tiktokapis.com/v2",
  },
} as const satisfies Record<ProviderId, Record<string, string>>;

/** Everything an adapter needs from outside; tests build one pointing at an in-process sandbox. */
export type ProviderRuntime = {
  mode: Env["PROVIDER_MODE"];
  clientId: string;
  clientSecret: string;
  /** Maps a real network URL to the URL actually called (identity in live mode). */
  resolveUrl(realUrl: string): string;
  fetch: typeof fetch;
  /** Per request, including reading the body. */
  timeoutMs: number;
  now(): Date;
  /**
   * Waits between polls (X media processing, Instagram containers, TikTok publish status);
   * rejects with the signal's reason when aborted. Tests swap it to move the sandbox clock.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
};

export type RuntimeSource = () => ProviderRuntime;

const DEFAULT_TIMEOUT_MS = 15_000;

/** The sandbox twin of a real URL: <sandbox origin>/<real host><path><query>. */
export function toSandboxUrl(realUrl: string, sandboxOrigin: string): string {
  const real = new URL(realUrl);
  return `${sandboxOrigin.replace(/\/+$/, "")}/${real.host}${real.pathname}${real.search}`;
}

const liveCredentials = (provider: ProviderId, env: Env) => {
  const pairs = {
    x: [env.X_CLIENT_ID, env.X_CLIENT_SECRET],
    facebook: [env.FACEBOOK_APP_ID, env.FACEBOOK_APP_SECRET],
    instagram: [env.INSTAGRAM_APP_ID, env.INSTAGRAM_APP_SECRET],
    tiktok: [env.TIKTOK_CLIENT_KEY, env.TIKTOK_CLIENT_SECRET],
  } satisfies Record<ProviderId, [string | undefined, string | undefined]>;
  const [clientId, clientSecret] = pairs[provider];
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
};

/** False in live mode when the network's app credentials are missing: the UI offers no link. */
export function isConfigured(provider: ProviderId, env: Env = getEnv()): boolean {
  return env.PROVIDER_MODE === "sandbox" || liveCredentials(provider, env) !== undefined;
}

/** A deployment error (not a network outcome), hence not a ProviderError. */
export class ProviderNotConfiguredError extends Error {
  constructor(readonly provider: ProviderId) {
    super(`${provider} is not configured: set its app credentials or use PROVIDER_MODE=sandbox`);
    this.name = "ProviderNotConfiguredError";
  }
}

/** setTimeout as a promise that an AbortSignal cuts short. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

const baseRuntime = {
  fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
  sleep: abortableSleep,
};

/** A runtime talking to a sandbox at sandboxUrl with the sandbox app's credentials. */
export function sandboxRuntime(
  provider: ProviderId,
  sandboxUrl: string,
  overrides: Partial<ProviderRuntime> = {},
): ProviderRuntime {
  const app = sandboxApps[provider];
  return {
    ...baseRuntime,
    mode: "sandbox",
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    resolveUrl: (realUrl) => toSandboxUrl(realUrl, sandboxUrl),
    timeoutMs: DEFAULT_TIMEOUT_MS,
    now: () => new Date(),
    ...overrides,
  };
}

/** The runtime for this process's environment; throws ProviderNotConfiguredError if unusable. */
export function runtimeFromEnv(provider: ProviderId, env: Env = getEnv()): ProviderRuntime {
  if (env.PROVIDER_MODE === "sandbox") return sandboxRuntime(provider, env.SANDBOX_URL);
  const credentials = liveCredentials(provider, env);
  if (!credentials) throw new ProviderNotConfiguredError(provider);
  return {
    ...baseRuntime,
    ...credentials,
    mode: "live",
    resolveUrl: (realUrl) => realUrl,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    now: () => new Date(),
  };
}
