import { describe, expect, it } from "vitest";
import { sandboxApps } from "../sandbox-apps";
import { jsonResponse, recordingFetch } from "../testing/recorder";
import { FIXED_NOW, failure, queryOf, stubRuntime } from "../testing/stub-runtime";
import { classifyXApiError, classifyXOAuthError } from "./x-errors";
import { createXProvider } from "./x-provider";

const app = sandboxApps.x;
const redirectUri = "http://localhost:3000/api/connect/x/callback";

describe("X authorization URL", () => {
  const provider = createXProvider(() => stubRuntime("x"));

  it("carries exactly the documented parameters, scope space-separated as %20", () => {
    const url = provider.buildAuthorizationUrl({ state: "st", redirectUri, codeChallenge: "ch" });
    expect(url.startsWith("http://sandbox.test/x.com/i/oauth2/authorize?")).toBe(true);
    expect(queryOf(url)).toEqual({
      response_type: "code",
      client_id: app.clientId,
      redirect_uri: redirectUri,
      scope: "tweet.read tweet.write users.read media.write offline.access",
      state: "st",
      code_challenge: "ch",
      code_challenge_method: "S256",
    });
    expect(url).toContain(
      "scope=tweet.read%20tweet.write%20users.read%20media.write%20offline.access",
    );
  });

  it("refuses to build a URL without a PKCE challenge (X requires PKCE)", () => {
    expect(() => provider.buildAuthorizationUrl({ state: "st", redirectUri })).toThrow(/PKCE/);
  });

  it("requests only scopes it describes, and requires them all", () => {
    expect(provider.requiredScopes).toEqual(provider.scopes.map(({ scope }) => scope));
    expect(provider.supportsPkce).toBe(true);
  });
});

describe("X code exchange", () => {
  it("uses Basic client auth, the documented form fields, and maps the user", async () => {
    const { requests, fetchImpl } = recordingFetch([
      jsonResponse({
        token_type: "bearer",
        expires_in: 7200,
        access_token: "at-1",
        scope: "tweet.read users.read",
        refresh_token: "rt-1",
      }),
      jsonResponse({
        data: {
          id: "42",
          name: "Alice",
          username: "alice",
          profile_image_url: "https://p.example/a.png",
        },
      }),
    ]);
    const provider = createXProvider(() => stubRuntime("x", fetchImpl));
    const result = await provider.exchangeCode({
      code: "c0de",
      redirectUri,
      codeVerifier: "v".repeat(43),
    });

    const [token, me] = requests;
    expect(token?.url).toBe("http://sandbox.test/api.x.com/2/oauth2/token");
    expect(token?.headers.get("authorization")).toBe(
      `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64")}`,
    );
    expect(token?.form).toEqual({
      code: "c0de",
      grant_type: "authorization_code",
      redirect_uri: redirectUri,
      code_verifier: "v".repeat(43),
    });
    expect(me?.url).toBe("http://sandbox.test/api.x.com/2/users/me");
    expect(me?.headers.get("authorization")).toBe("Bearer at-1");
    expect(result).toEqual({
      skipped: [],
      accounts: [
        {
          externalId: "42",
          handle: "alice",
          displayName: "Alice",
          avatarUrl: "https://p.example/a.png",
          grantedScopes: ["tweet.read", "users.read"],
          metadata: { userId: "42" },
          tokens: {
            accessToken: "at-1",
            refreshToken: "rt-1",
            accessTokenExpiresAt: new Date(FIXED_NOW.getTime() + 7_200_000),
            scopes: ["tweet.read", "users.read"],
          },
        },
      ],
    });
  });

  it("drops a malformed avatar URL instead of failing the link", async () => {
    const { fetchImpl } = recordingFetch([
      jsonResponse({
        token_type: "bearer",
        expires_in: 7200,
        access_token: "at",
        refresh_token: "rt",
      }),
      jsonResponse({
        data: { id: "42", name: "", username: "alice", profile_image_url: "javascript:alert(1)" },
      }),
    ]);
    const provider = createXProvider(() => stubRuntime("x", fetchImpl));
    const { accounts } = await provider.exchangeCode({
      code: "c",
      redirectUri,
      codeVerifier: "v".repeat(43),
    });
    expect(accounts[0]).not.toHaveProperty("avatarUrl");
    expect(accounts[0]?.displayName).toBe("alice");
  });

  it("refreshes with the refresh grant and keeps the newest refresh token", async () => {
    const { requests, fetchImpl } = recordingFetch([
      jsonResponse({
        token_type: "bearer",
        expires_in: 7200,
        access_token: "at-2",
        refresh_token: "rt-2",
      }),
    ]);
    const provider = createXProvider(() => stubRuntime("x", fetchImpl));
    const tokens = await provider.refresh({
      accessToken: "at-1",
      refreshToken: "rt-1",
      scopes: ["tweet.read"],
    });
    expect(requests[0]?.form).toEqual({ grant_type: "refresh_token", refresh_token: "rt-1" });
    expect(tokens).toMatchObject({
      accessToken: "at-2",
      refreshToken: "rt-2",
      scopes: ["tweet.read"],
    });
  });
});

describe("X error classification (providers.md §1.6, §7)", () => {
  it.each([
    [
      400,
      { error: "invalid_request", error_description: "Value passed for the token was invalid." },
      {},
      "auth",
    ],
    [400, { error: "invalid_grant" }, {}, "auth"],
    [
      401,
      { error: "unauthorized_client", error_description: "Missing valid authorization header" },
      {},
      "auth",
    ],
    [429, {}, { "x-rate-limit-reset": String(FIXED_NOW.getTime() / 1000 + 60) }, "rate_limited"],
    [503, "Service Unavailable", {}, "transient"],
  ])("token endpoint %i %j → %s", (status, body, headers, kind) => {
    expect(classifyXOAuthError(failure(status, body, headers)).kind).toBe(kind);
  });

  it.each([
    [
      401,
      { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" },
      "auth",
      "Unauthorized",
    ],
    [
      403,
      {
        detail: "You are not allowed to create a Tweet with duplicate content.",
        type: "about:blank",
        title: "Forbidden",
      },
      "invalid_content",
      "Forbidden",
    ],
    [
      400,
      { title: "Invalid Request", type: "https://api.x.com/2/problems/invalid-request" },
      "invalid_content",
      "invalid-request",
    ],
    [
      404,
      { title: "Not Found", type: "https://api.x.com/2/problems/resource-not-found" },
      "invalid_content",
      "resource-not-found",
    ],
    [429, { errors: [{ code: 88, message: "Rate limit exceeded" }] }, "rate_limited", "88"],
    [
      429,
      { title: "Usage cap exceeded", type: "https://api.x.com/2/problems/usage-capped" },
      "rate_limited",
      "usage-capped",
    ],
    [500, {}, "transient", undefined],
    [502, "bad gateway", "transient", undefined],
    [504, {}, "transient", undefined],
  ])("API %i %j → %s", (status, body, kind, code) => {
    const result = classifyXApiError(failure(status, body));
    expect(result.kind).toBe(kind);
    expect(result.providerCode).toBe(code);
  });

  it("waits until x-rate-limit-reset", () => {
    const reset = String(FIXED_NOW.getTime() / 1000 + 90);
    expect(classifyXApiError(failure(429, {}, { "x-rate-limit-reset": reset })).retryAfterMs).toBe(
      90_000,
    );
  });
});

describe("X callback", () => {
  const provider = createXProvider(() => stubRuntime("x"));
  it("reads code/state and error/error_description", () => {
    expect(provider.parseCallback(new URLSearchParams("state=s&code=c"))).toEqual({
      outcome: "code",
      code: "c",
      state: "s",
    });
    expect(
      provider.parseCallback(
        new URLSearchParams("error=access_denied&error_description=Denied&state=s"),
      ),
    ).toEqual({
      outcome: "error",
      error: "access_denied",
      description: "Denied",
      state: "s",
    });
  });
});
