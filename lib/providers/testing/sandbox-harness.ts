/**
 * Integration-test support: the real provider sandbox started in-process on a free port, adapters
 * bound to it, and thin clients for its control API (sandbox/README.md). No fetch is mocked: every
 * adapter call crosses a real HTTP connection to the sandbox.
 */
import { startSandbox } from "@/sandbox/server";
import { abortableSleep, type ProviderRuntime, sandboxRuntime } from "../config";
import { createPkcePair, createState } from "../pkce";
import type { ProviderId } from "../provider-id";
import { providerFactories } from "../registry";
import { registeredRedirectUri } from "../sandbox-apps";
import type { LinkResult, SocialProvider } from "../types";

export const TEST_APP_URL = "http://localhost:3999";

export type FaultInput = {
  network: ProviderId;
  kind:
    | "rate_limit"
    | "server_error"
    | "hang"
    | "drop"
    | "drop_after_create"
    | "invalid_grant"
    | "revoked_token"
    | "expired_token"
    | "hang_after_create";
  endpoint?: string;
  account?: string;
  count?: number;
  status?: 500 | 502 | 503 | 504;
  resetInSeconds?: number;
  hangMs?: number;
};

type Counters = Record<string, Partial<Record<ProviderId, Record<string, unknown>>>>;

/** A post as GET /_sandbox/posts lists it. */
export type SandboxPost = {
  network: ProviderId;
  remoteId: string;
  accountId: string;
  text: string;
  media: string[];
  createdAt: string;
  details: Record<string, string>;
};

export type SandboxHarness = Awaited<ReturnType<typeof startSandboxHarness>>;

export async function startSandboxHarness() {
  const sandbox = await startSandbox({ port: 0, appUrls: [TEST_APP_URL] });

  async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    const payload = (await response.json()) as T;
    if (!response.ok)
      throw new Error(`sandbox ${method} ${path} → ${response.status} ${JSON.stringify(payload)}`);
    return payload;
  }

  /**
   * Polling waits move the sandbox clock (media processing, containers and publish jobs follow
   * it) instead of the test's; a short real pause lets the sandbox's background downloads run.
   */
  const clockSleep = async (ms: number, signal?: AbortSignal) => {
    if (signal?.aborted) throw signal.reason;
    await control("POST", "/_sandbox/clock", { advanceSeconds: Math.max(1, Math.ceil(ms / 1000)) });
    await abortableSleep(25, signal);
  };

  const runtime = (provider: ProviderId, overrides: Partial<ProviderRuntime> = {}) =>
    sandboxRuntime(provider, sandbox.url, { timeoutMs: 2_000, sleep: clockSleep, ...overrides });

  const adapter = (
    provider: ProviderId,
    overrides: Partial<ProviderRuntime> = {},
  ): SocialProvider => providerFactories[provider](() => runtime(provider, overrides));

  const redirectUri = (provider: ProviderId) => registeredRedirectUri(TEST_APP_URL, provider);

  /** Consent without a browser: the sandbox's /_sandbox/authorize approves as a sandbox user. */
  async function authorize(
    authorizeUrl: string,
    options: { user?: string; pages?: string[]; decision?: "allow" | "deny" } = {},
  ): Promise<{ code?: string; state?: string; error?: string; location: string }> {
    return control("POST", "/_sandbox/authorize", { url: authorizeUrl, ...options });
  }

  /** The whole linking flow as the connect route runs it: URL → consent → callback → exchange. */
  async function link(
    provider: ProviderId,
    options: { user?: string; pages?: string[]; adapter?: SocialProvider } = {},
  ): Promise<LinkResult & { code: string }> {
    const subject = options.adapter ?? adapter(provider);
    const pkce = subject.supportsPkce ? await createPkcePair() : undefined;
    const state = createState();
    const url = subject.buildAuthorizationUrl({
      state,
      redirectUri: redirectUri(provider),
      ...(pkce ? { codeChallenge: pkce.codeChallenge } : {}),
    });
    const { adapter: _subject, ...consentOptions } = options;
    const consent = await authorize(url, consentOptions);
    const callback = subject.parseCallback(new URL(consent.location).searchParams);
    if (callback.outcome !== "code") throw new Error(`consent failed: ${JSON.stringify(callback)}`);
    if (callback.state !== state) throw new Error("state mismatch");
    const result = await subject.exchangeCode({
      code: callback.code,
      redirectUri: redirectUri(provider),
      ...(pkce ? { codeVerifier: pkce.codeVerifier } : {}),
    });
    return { ...result, code: callback.code };
  }

  return {
    url: sandbox.url,
    close: () => sandbox.close(),
    runtime,
    adapter,
    redirectUri,
    authorize,
    link,
    reset: () => control("POST", "/_sandbox/reset"),
    fault: (input: FaultInput) => control("POST", "/_sandbox/faults", input),
    counters: () => control<Counters>("GET", "/_sandbox/counters"),
    posts: async (network: ProviderId, account?: string) =>
      (
        await control<{ posts: SandboxPost[] }>(
          "GET",
          `/_sandbox/posts?network=${network}${account ? `&account=${encodeURIComponent(account)}` : ""}`,
        )
      ).posts,
    advanceClock: (seconds: number) =>
      control("POST", "/_sandbox/clock", { advanceSeconds: seconds }),
    configure: (patch: Partial<Record<ProviderId, Record<string, unknown>>>) =>
      control("PUT", "/_sandbox/config", patch),
    revokeAtNetwork: (network: ProviderId, account: string) =>
      control("POST", "/_sandbox/tokens/revoke", { network, account }),
  };
}
