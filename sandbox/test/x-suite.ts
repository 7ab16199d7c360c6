/**
 * Shared setup of the X integration files (x-*.int.test.ts): one sandbox per file, reset before
 * each test, an X client that records every v2 exchange, and the OAuth steps most tests need.
 * describeXFidelity() validates what a file recorded against x-openapi.json (test/x-oracle.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import { form, type Harness, pkcePair, redirectUri, startHarness } from "./harness";
import { XTestClient } from "./x-client";
import { validateExchange, violationsOf } from "./x-oracle";

export const app = sandboxApps.x;
export const REDIRECT = redirectUri("x");
export const ALL_SCOPES = "tweet.read tweet.write users.read offline.access media.write";
export const ALICE = "1500000000000000001";
export const basic = (secret: string = app.clientSecret) =>
  `Basic ${Buffer.from(`${app.clientId}:${secret}`).toString("base64")}`;

export type XTokens = {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  scope: string;
  token_type: string;
};

export type XSuite = {
  readonly h: Harness;
  readonly x: XTestClient;
  authorizeUrl(
    params?: Partial<Record<string, string>>,
    pkce?: ReturnType<typeof pkcePair>,
  ): string;
  getCode(
    params?: Partial<Record<string, string>>,
    user?: string,
    declined?: string[],
  ): Promise<{ code: string; state: string; verifier: string }>;
  token(values: Record<string, string>, auth?: string | null): Promise<Response>;
  connect(scope?: string, options?: { user?: string; declined?: string[] }): Promise<XTokens>;
};

/** Registers the file's hooks and returns its helpers. */
export function setupXSuite(): XSuite {
  let h: Harness | undefined;
  let x: XTestClient | undefined;
  beforeAll(async () => {
    h = await startHarness();
    x = new XTestClient(h.url);
  });
  afterAll(() => h?.close());
  beforeEach(() => h?.control("POST", "/_sandbox/reset"));
  const harness = () => {
    if (!h) throw new Error("the X sandbox is not started");
    return h;
  };

  const authorizeUrl: XSuite["authorizeUrl"] = (params = {}, pkce = pkcePair()) => {
    const query = new URLSearchParams({
      response_type: "code",
      client_id: app.clientId,
      redirect_uri: REDIRECT,
      scope: ALL_SCOPES,
      state: "st-123",
      code_challenge: pkce.challenge,
      code_challenge_method: "S256",
      ...params,
    } as Record<string, string>);
    return `https://x.com/i/oauth2/authorize?${query}`;
  };

  const getCode: XSuite["getCode"] = async (params = {}, user = "sandbox_alice", declined) => {
    const pkce = pkcePair();
    const { body } = await harness().control<{ code: string; state: string }>(
      "POST",
      "/_sandbox/authorize",
      { url: authorizeUrl(params, pkce), user, ...(declined ? { declined } : {}) },
    );
    return { code: body.code, state: body.state, verifier: pkce.verifier };
  };

  const token: XSuite["token"] = (values, auth = basic()) =>
    fetch(`${harness().url}/api.x.com/2/oauth2/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(auth ? { authorization: auth } : {}),
      },
      body: form(values),
    });

  const connect: XSuite["connect"] = async (scope = ALL_SCOPES, options = {}) => {
    const { code, verifier } = await getCode({ scope }, options.user, options.declined);
    const response = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as XTokens;
  };

  return {
    get h() {
      return harness();
    },
    get x() {
      if (!x) throw new Error("the X sandbox is not started");
      return x;
    },
    authorizeUrl,
    getCode,
    token,
    connect,
  };
}

/**
 * The file's last tests: every recorded v2 exchange validates against x-openapi.json, and the
 * requests sent invalid on purpose are invalid per the spec while their error answers conform.
 */
export function describeXFidelity(suite: XSuite, minExchanges: number, deliberate = false): void {
  describe("X fidelity against x-openapi.json", () => {
    it("every recorded v2 request and response validates", () => {
      expect(suite.x.exchanges.length).toBeGreaterThan(minExchanges);
      const violations = suite.x.exchanges
        .filter((e) => !e.invalidOnPurpose)
        .flatMap((exchange) => validateExchange(exchange));
      expect(violations).toEqual([]);
    });

    if (deliberate) {
      it("requests the suite sends invalid on purpose are invalid per the spec, and their error responses conform", () => {
        const sent = suite.x.exchanges.filter((e) => e.invalidOnPurpose);
        expect(sent.length).toBeGreaterThan(0);
        for (const exchange of sent) {
          const { request, response } = violationsOf(exchange);
          expect(request.length).toBeGreaterThan(0);
          expect(response).toEqual([]);
        }
      });
    }
  });
}
