/**
 * Shared setup of the TikTok integration files (tiktok-*.int.test.ts): one sandbox per file,
 * reset before each test with the fixture server as a verified PULL_FROM_URL prefix, and the
 * Login Kit and v2 API calls most tests need.
 */
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import { form, type Harness, pkcePair, redirectUri, startHarness } from "./harness";

export const app = sandboxApps.tiktok;
export const REDIRECT = redirectUri("tiktok");
export const ALL_SCOPES = "user.info.basic,video.publish,video.upload";

export type TikTokTokens = {
  access_token: string;
  refresh_token: string;
  open_id: string;
  expires_in: number;
  refresh_expires_in: number;
  scope: string;
  token_type: string;
};

export type TikTokApiAnswer = {
  status: number;
  json: {
    data: Record<string, unknown>;
    error: { code: string; message: string; log_id: string };
  };
};

export type TikTokSuite = {
  readonly h: Harness;
  /** open.tiktokapis.com under the sandbox. */
  apiBase(): string;
  authorizeUrl(params?: Record<string, string>, challenge?: string): string;
  tokenCall(values: Record<string, string>): Promise<Response>;
  connect(user?: string, options?: { scope?: string; declined?: string[] }): Promise<TikTokTokens>;
  api(method: string, route: string, accessToken: string, body?: unknown): Promise<TikTokApiAnswer>;
};

export function setupTikTokSuite(): TikTokSuite {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());
  beforeEach(async () => {
    await harness().control("POST", "/_sandbox/reset");
    await harness().control("PUT", "/_sandbox/config", {
      tiktok: { verifiedUrlPrefixes: [`${harness().media}/`] },
    });
  });
  const harness = () => {
    if (!h) throw new Error("the TikTok sandbox is not started");
    return h;
  };
  const apiBase = () => `${harness().url}/open.tiktokapis.com`;

  const authorizeUrl: TikTokSuite["authorizeUrl"] = (
    params = {},
    challenge = pkcePair().challenge,
  ) =>
    `https://www.tiktok.com/v2/auth/authorize/?${new URLSearchParams({ client_key: app.clientId, scope: ALL_SCOPES, response_type: "code", redirect_uri: REDIRECT, state: "tt-state", code_challenge: challenge, code_challenge_method: "S256", ...params })}`;

  const tokenCall: TikTokSuite["tokenCall"] = (values) =>
    fetch(`${apiBase()}/v2/oauth/token/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form({ client_key: app.clientId, client_secret: app.clientSecret, ...values }),
    });

  const connect: TikTokSuite["connect"] = async (user = "sandbox_creator", options = {}) => {
    const pkce = pkcePair();
    const { body } = await harness().control<{ code: string; location: string }>(
      "POST",
      "/_sandbox/authorize",
      {
        url: authorizeUrl(options.scope ? { scope: options.scope } : {}, pkce.challenge),
        user,
        ...(options.declined ? { declined: options.declined } : {}),
      },
    );
    if (!options.scope && !options.declined)
      expect(new URL(body.location).searchParams.get("scopes")).toBe(ALL_SCOPES);
    const response = await tokenCall({
      grant_type: "authorization_code",
      code: body.code,
      redirect_uri: REDIRECT,
      code_verifier: pkce.verifier,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as TikTokTokens;
  };

  const api: TikTokSuite["api"] = async (method, route, accessToken, body) => {
    const response = await fetch(`${apiBase()}${route}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body ? { "content-type": "application/json; charset=UTF-8" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, json: (await response.json()) as TikTokApiAnswer["json"] };
  };

  return {
    get h() {
      return harness();
    },
    apiBase,
    authorizeUrl,
    tokenCall,
    connect,
    api,
  };
}
