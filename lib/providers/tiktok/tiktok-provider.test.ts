import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createPkcePair } from "../pkce";
import { sandboxApps } from "../sandbox-apps";
import { jsonResponse, recordingFetch } from "../testing/recorder";
import { FIXED_NOW, failure, queryOf, stubRuntime } from "../testing/stub-runtime";
import { classifyTikTokApiError, classifyTikTokOAuthError } from "./tiktok-errors";
import { createTikTokProvider, toHexChallenge } from "./tiktok-provider";

const app = sandboxApps.tiktok;
const redirectUri = "http://localhost:3000/api/connect/tiktok/callback";

describe("TikTok authorization URL", () => {
  it("carries client_key (not client_id), comma-separated scope and a hex S256 challenge", async () => {
    const provider = createTikTokProvider(() => stubRuntime("tiktok"));
    const { codeVerifier, codeChallenge } = await createPkcePair();
    const url = provider.buildAuthorizationUrl({ state: "st", redirectUri, codeChallenge });
    expect(url.startsWith("http://sandbox.test/www.tiktok.com/v2/auth/authorize/?")).toBe(true);
    expect(queryOf(url)).toEqual({
      client_key: app.clientId,
      scope: "user.info.basic,video.publish",
      response_type: "code",
      redirect_uri: redirectUri,
      state: "st",
      code_challenge: createHash("sha256").update(codeVerifier).digest("hex"),
      code_challenge_method: "S256",
    });
  });

  it("re-encodes the standard challenge as hex", () => {
    expect(toHexChallenge("AAEC_w")).toBe("000102ff");
  });
});

const tokenBody = (access: string, refresh: string) => ({
  open_id: "open-1",
  scope: "user.info.basic,video.publish",
  access_token: access,
  expires_in: 7200,
  refresh_token: refresh,
  refresh_expires_in: 15_552_000,
  token_type: "Bearer",
});

describe("TikTok code exchange and refresh", () => {
  it("authenticates in the body with client_key and maps the creator", async () => {
    const { requests, fetchImpl } = recordingFetch([
      jsonResponse(tokenBody("act.1", "rft.1")),
      jsonResponse({
        data: {
          user: {
            open_id: "open-1",
            union_id: "u-1",
            avatar_url: "https://p.example/a.jpg",
            display_name: "Alice",
          },
        },
        error: { code: "ok", message: "", log_id: "l" },
      }),
    ]);
    const provider = createTikTokProvider(() => stubRuntime("tiktok", fetchImpl));
    const result = await provider.exchangeCode({
      code: "c0de",
      redirectUri,
      codeVerifier: "v".repeat(43),
    });
    expect(requests[0]).toMatchObject({
      method: "POST",
      url: "http://sandbox.test/open.tiktokapis.com/v2/oauth/token/",
      form: {
        client_key: app.clientId,
        client_secret: app.clientSecret,
        code: "c0de",
        grant_type: "authorization_code",
        redirect_uri: redirectUri,
        code_verifier: "v".repeat(43),
      },
    });
    expect(requests[0]?.headers.get("authorization")).toBeNull();
    expect(requests[1]).toMatchObject({
      url: "http://sandbox.test/open.tiktokapis.com/v2/user/info/",
      query: { fields: "open_id,union_id,avatar_url,display_name" },
    });
    expect(result.accounts[0]).toEqual({
      externalId: "open-1",
      handle: "Alice",
      displayName: "Alice",
      avatarUrl: "https://p.example/a.jpg",
      grantedScopes: ["user.info.basic", "video.publish"],
      metadata: { openId: "open-1", unionId: "u-1" },
      tokens: {
        accessToken: "act.1",
        refreshToken: "rft.1",
        accessTokenExpiresAt: new Date(FIXED_NOW.getTime() + 7_200_000),
        refreshTokenExpiresAt: new Date(FIXED_NOW.getTime() + 15_552_000_000),
        scopes: ["user.info.basic", "video.publish"],
      },
    });
  });

  it("refreshes with the refresh grant and returns the rotated refresh token", async () => {
    const { requests, fetchImpl } = recordingFetch([jsonResponse(tokenBody("act.2", "rft.2"))]);
    const provider = createTikTokProvider(() => stubRuntime("tiktok", fetchImpl));
    const tokens = await provider.refresh({
      accessToken: "act.1",
      refreshToken: "rft.1",
      scopes: [],
    });
    expect(requests[0]?.form).toEqual({
      client_key: app.clientId,
      client_secret: app.clientSecret,
      grant_type: "refresh_token",
      refresh_token: "rft.1",
    });
    expect(tokens).toMatchObject({ accessToken: "act.2", refreshToken: "rft.2" });
  });

  it("treats an OAuth error sent with HTTP 200 as an auth failure", async () => {
    const { fetchImpl } = recordingFetch([
      jsonResponse({
        error: "invalid_grant",
        error_description: "Refresh token is invalid.",
        log_id: "l",
      }),
    ]);
    const provider = createTikTokProvider(() => stubRuntime("tiktok", fetchImpl));
    await expect(
      provider.refresh({ accessToken: "a", refreshToken: "rft.old", scopes: [] }),
    ).rejects.toMatchObject({
      kind: "auth",
      providerCode: "invalid_grant",
    });
  });
});

describe("TikTok error classification (providers.md §4.3, §7)", () => {
  it.each([
    [400, { error: "invalid_grant", error_description: "Authorization code is expired." }, "auth"],
    [401, { error: "invalid_client" }, "auth"],
    [400, { error: "invalid_request" }, "auth"],
    [200, { error: "access_denied" }, "auth"],
    [500, { error: "server_error" }, "transient"],
    [200, { error: "temporarily_unavailable" }, "transient"],
    [503, "", "transient"],
    [429, {}, "rate_limited"],
  ])("token endpoint %i %j → %s", (status, body, kind) => {
    expect(classifyTikTokOAuthError(failure(status, body)).kind).toBe(kind);
  });

  const apiError = (code: string) => ({ data: {}, error: { code, message: code, log_id: "l" } });
  it.each([
    [401, "access_token_invalid", "auth"],
    [401, "scope_not_authorized", "auth"],
    [403, "scope_permission_missed", "invalid_content"],
    [429, "rate_limit_exceeded", "rate_limited"],
    [400, "invalid_params", "invalid_content"],
    [400, "invalid_file_upload", "invalid_content"],
    [500, "internal_error", "transient"],
    [403, "spam_risk_too_many_posts", "rate_limited"],
    [403, "spam_risk_user_banned_from_posting", "invalid_content"],
    [403, "spam_risk_too_many_pending_share", "rate_limited"],
    [403, "reached_active_user_cap", "rate_limited"],
    [403, "unaudited_client_can_only_post_to_private_accounts", "invalid_content"],
    [403, "url_ownership_unverified", "invalid_content"],
    [400, "privacy_level_option_mismatch", "invalid_content"],
    [400, "app_version_check_failed", "invalid_content"],
    [503, "some_new_code", "transient"],
    [401, "some_new_code", "auth"],
  ])("API %i %s → %s", (status, code, kind) => {
    expect(classifyTikTokApiError(failure(status, apiError(code)))).toMatchObject({
      kind,
      providerCode: code,
    });
  });
});

describe("TikTok callback", () => {
  it("reads the granted scopes from `scopes`", () => {
    const provider = createTikTokProvider(() => stubRuntime("tiktok"));
    expect(
      provider.parseCallback(
        new URLSearchParams("code=c&scopes=user.info.basic%2Cvideo.publish&state=s"),
      ),
    ).toEqual({
      outcome: "code",
      code: "c",
      state: "s",
      grantedScopes: ["user.info.basic", "video.publish"],
    });
  });
});
