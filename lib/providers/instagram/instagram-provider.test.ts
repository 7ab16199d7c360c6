import { describe, expect, it } from "vitest";
import { sandboxApps } from "../sandbox-apps";
import { jsonResponse, recordingFetch } from "../testing/recorder";
import { FIXED_NOW, queryOf, stubRuntime } from "../testing/stub-runtime";
import { createInstagramProvider } from "./instagram-provider";
import { igShortLivedToken } from "./transform";

const app = sandboxApps.instagram;
const redirectUri = "http://localhost:3000/api/connect/instagram/callback";
const SIXTY_DAYS_S = 5_183_944;

describe("Instagram authorization URL", () => {
  it("carries exactly the documented parameters, comma-separated scope", () => {
    const provider = createInstagramProvider(() => stubRuntime("instagram"));
    const url = provider.buildAuthorizationUrl({ state: "st", redirectUri });
    expect(url.startsWith("http://sandbox.test/www.instagram.com/oauth/authorize?")).toBe(true);
    expect(queryOf(url)).toEqual({
      client_id: app.clientId,
      redirect_uri: redirectUri,
      response_type: "code",
      scope: "instagram_business_basic,instagram_business_content_publish",
      state: "st",
    });
  });
});

describe("Instagram token responses", () => {
  it("reads both the documented {data:[…]} shape and the observed flat one", () => {
    // A numeric user_id above 2^53 (as Instagram sends it) must not break parsing.
    const entry: unknown = JSON.parse(
      '{"access_token":"a","user_id":17841400000000001,"permissions":"x,y"}',
    );
    expect(igShortLivedToken.parse({ data: [entry] })).toEqual(entry);
    expect(igShortLivedToken.parse(entry)).toEqual(entry);
  });
});

describe("Instagram code exchange", () => {
  const profile = {
    id: "27000000000000001",
    user_id: "17841400000000001",
    username: "alice.ig",
    account_type: "BUSINESS",
    profile_picture_url: "https://p.example/a.jpg",
  };

  it("form-POSTs the code, extends to a long-lived token, links the professional account", async () => {
    const { requests, fetchImpl } = recordingFetch([
      jsonResponse({
        data: [
          {
            access_token: "short",
            user_id: "17841400000000001",
            permissions: "instagram_business_basic,instagram_business_content_publish",
          },
        ],
      }),
      jsonResponse({ access_token: "long", token_type: "bearer", expires_in: SIXTY_DAYS_S }),
      jsonResponse(profile),
    ]);
    const provider = createInstagramProvider(() => stubRuntime("instagram", fetchImpl));
    const result = await provider.exchangeCode({ code: "c0de", redirectUri });

    expect(requests[0]).toMatchObject({
      method: "POST",
      url: "http://sandbox.test/api.instagram.com/oauth/access_token",
      form: {
        client_id: app.clientId,
        client_secret: app.clientSecret,
        grant_type: "authorization_code",
        redirect_uri: redirectUri,
        code: "c0de",
      },
    });
    expect(requests[1]).toMatchObject({
      method: "GET",
      url: "http://sandbox.test/graph.instagram.com/access_token",
      query: {
        grant_type: "ig_exchange_token",
        client_secret: app.clientSecret,
        access_token: "short",
      },
    });
    expect(requests[2]).toMatchObject({
      url: "http://sandbox.test/graph.instagram.com/v24.0/me",
      query: { fields: "user_id,username,account_type,profile_picture_url" },
    });
    expect(requests[2]?.headers.get("authorization")).toBe("Bearer long");
    expect(result.accounts).toEqual([
      {
        externalId: "17841400000000001",
        handle: "alice.ig",
        displayName: "alice.ig",
        avatarUrl: "https://p.example/a.jpg",
        grantedScopes: ["instagram_business_basic", "instagram_business_content_publish"],
        metadata: {
          igUserId: "17841400000000001",
          appScopedId: "27000000000000001",
          accountType: "BUSINESS",
        },
        tokens: {
          accessToken: "long",
          accessTokenExpiresAt: new Date(FIXED_NOW.getTime() + SIXTY_DAYS_S * 1000),
          scopes: ["instagram_business_basic", "instagram_business_content_publish"],
        },
      },
    ]);
  });

  it("skips a personal account with a reason instead of linking it", async () => {
    const { fetchImpl } = recordingFetch([
      jsonResponse({
        access_token: "short",
        user_id: "3",
        permissions: "instagram_business_basic",
      }),
      jsonResponse({ access_token: "long", expires_in: SIXTY_DAYS_S }),
      jsonResponse({ ...profile, account_type: "PERSONAL" }),
    ]);
    const provider = createInstagramProvider(() => stubRuntime("instagram", fetchImpl));
    const result = await provider.exchangeCode({ code: "c", redirectUri });
    expect(result.accounts).toEqual([]);
    expect(result.skipped[0]?.reason).toMatch(/professional/);
  });

  it("refreshes by exchanging the long-lived token itself (ig_refresh_token)", async () => {
    const { requests, fetchImpl } = recordingFetch([
      jsonResponse({ access_token: "long-2", token_type: "bearer", expires_in: SIXTY_DAYS_S }),
    ]);
    const provider = createInstagramProvider(() => stubRuntime("instagram", fetchImpl));
    const tokens = await provider.refresh({
      accessToken: "long",
      scopes: ["instagram_business_basic"],
    });
    expect(requests[0]).toMatchObject({
      url: "http://sandbox.test/graph.instagram.com/refresh_access_token",
      query: { grant_type: "ig_refresh_token", access_token: "long" },
    });
    expect(tokens).toEqual({
      accessToken: "long-2",
      accessTokenExpiresAt: new Date(FIXED_NOW.getTime() + SIXTY_DAYS_S * 1000),
      scopes: ["instagram_business_basic"],
    });
    expect(provider.refreshPolicy).toMatchObject({
      mechanism: "extend_access_token",
      minTokenAgeMs: 86_400_000,
    });
  });
});

describe("Instagram callback", () => {
  it("reads error_reason and strips #_ from the code", () => {
    const provider = createInstagramProvider(() => stubRuntime("instagram"));
    expect(provider.parseCallback(new URLSearchParams("code=AQB1%23_&state=s"))).toMatchObject({
      code: "AQB1",
    });
    expect(
      provider.parseCallback(
        new URLSearchParams("error=access_denied&error_reason=user_denied&state=s"),
      ),
    ).toMatchObject({ outcome: "error", description: "user_denied" });
  });
});
