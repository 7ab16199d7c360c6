import { describe, expect, it } from "vitest";
import { appSecretProof } from "../meta/graph-call";
import { createGraphClassifier } from "../meta/graph-errors";
import { sandboxApps } from "../sandbox-apps";
import { jsonResponse, recordingFetch } from "../testing/recorder";
import { failure, queryOf, stubRuntime } from "../testing/stub-runtime";
import { createFacebookProvider } from "./facebook-provider";

const app = sandboxApps.facebook;
const redirectUri = "http://localhost:3000/api/connect/facebook/callback";

describe("Facebook authorization URL", () => {
  it("carries exactly the documented parameters, comma-separated scope, no PKCE", () => {
    const provider = createFacebookProvider(() => stubRuntime("facebook"));
    const url = provider.buildAuthorizationUrl({
      state: "st",
      redirectUri,
      codeChallenge: "ignored",
    });
    expect(url.startsWith("http://sandbox.test/www.facebook.com/v24.0/dialog/oauth?")).toBe(true);
    expect(queryOf(url)).toEqual({
      client_id: app.clientId,
      redirect_uri: redirectUri,
      state: "st",
      response_type: "code",
      scope: "pages_show_list,pages_manage_posts,pages_read_engagement,publish_video",
    });
    expect(provider.supportsPkce).toBe(false);
  });
});

describe("Facebook code exchange", () => {
  it("redeems by GET, extends to a long-lived token, then links each Page it may post to", async () => {
    const { requests, fetchImpl } = recordingFetch([
      jsonResponse({ access_token: "short", token_type: "bearer", expires_in: 3600 }),
      jsonResponse({ access_token: "long-user", token_type: "bearer", expires_in: 5183944 }),
      jsonResponse({ id: "u1", name: "Alice" }),
      jsonResponse({
        data: [
          { permission: "pages_show_list", status: "granted" },
          { permission: "pages_manage_posts", status: "granted" },
          { permission: "publish_video", status: "declined" },
        ],
      }),
      jsonResponse({
        data: [
          {
            id: "p1",
            name: "Bakery",
            access_token: "page-1",
            category: "Bakery",
            tasks: ["CREATE_CONTENT", "ANALYZE"],
          },
          { id: "p2", name: "Other", access_token: "page-2", tasks: ["ANALYZE"] },
        ],
        paging: {
          cursors: { after: "cur" },
          next: "https://graph.facebook.com/v24.0/u1/accounts?after=cur",
        },
      }),
      jsonResponse({
        data: [{ id: "p3", name: "Runs", access_token: "page-3" }],
        paging: { cursors: { after: "x" } },
      }),
    ]);
    const provider = createFacebookProvider(() => stubRuntime("facebook", fetchImpl));
    const result = await provider.exchangeCode({ code: "c0de", redirectUri });

    expect(requests[0]).toMatchObject({
      method: "GET",
      url: "http://sandbox.test/graph.facebook.com/v24.0/oauth/access_token",
      query: {
        client_id: app.clientId,
        client_secret: app.clientSecret,
        redirect_uri: redirectUri,
        code: "c0de",
      },
    });
    expect(requests[1]?.query).toEqual({
      client_id: app.clientId,
      client_secret: app.clientSecret,
      grant_type: "fb_exchange_token",
      fb_exchange_token: "short",
    });
    expect(requests[2]?.headers.get("authorization")).toBe("Bearer long-user");
    expect(requests[2]?.query.appsecret_proof).toBe(appSecretProof(app.clientSecret, "long-user"));
    expect(requests[2]?.query.access_token).toBeUndefined();
    expect(requests[5]?.query.after).toBe("cur");

    const granted = ["pages_show_list", "pages_manage_posts"];
    expect(result.accounts.map((account) => [account.externalId, account.tokens])).toEqual([
      ["p1", { accessToken: "page-1", scopes: granted }],
      ["p3", { accessToken: "page-3", scopes: granted }],
    ]);
    expect(result.accounts[0]?.metadata).toEqual({
      pageId: "p1",
      userId: "u1",
      category: "Bakery",
      tasks: ["CREATE_CONTENT", "ANALYZE"],
    });
    expect(result.skipped).toEqual([
      { externalId: "p2", displayName: "Other", reason: expect.any(String) },
    ]);
  });

  it("falls back to the requested permissions only when /me/permissions is unknown to the server", async () => {
    const unknownEdge = jsonResponse(
      {
        error: {
          message: "Unknown path components: /me/permissions",
          type: "OAuthException",
          code: 2500,
        },
      },
      400,
    );
    const answers = (permissions: () => Response) => [
      jsonResponse({ access_token: "short", expires_in: 3600 }),
      jsonResponse({ access_token: "long-user", expires_in: 5183944 }),
      jsonResponse({ id: "u1", name: "Alice" }),
      permissions,
      jsonResponse({ data: [{ id: "p1", name: "Bakery", access_token: "page-1" }] }),
    ];
    const fallback = createFacebookProvider(() =>
      stubRuntime("facebook", recordingFetch(answers(unknownEdge)).fetchImpl),
    );
    const { accounts } = await fallback.exchangeCode({ code: "c", redirectUri });
    expect(accounts[0]?.grantedScopes).toEqual(fallback.requiredScopes);

    const outage = jsonResponse(
      { error: { message: "Please retry", code: 2, is_transient: true } },
      500,
    );
    const failing = createFacebookProvider(() =>
      stubRuntime("facebook", recordingFetch(answers(outage)).fetchImpl),
    );
    await expect(failing.exchangeCode({ code: "c", redirectUri })).rejects.toMatchObject({
      kind: "transient",
    });
  });

  it("Page tokens never expire: nothing to refresh, refresh only proves the token works", async () => {
    const { requests, fetchImpl } = recordingFetch([jsonResponse({ id: "p1", name: "Bakery" })]);
    const provider = createFacebookProvider(() => stubRuntime("facebook", fetchImpl));
    expect(provider.refreshPolicy.mechanism).toBe("none");
    const tokens = { accessToken: "page-1", scopes: ["pages_manage_posts"] };
    await expect(provider.refresh(tokens)).resolves.toBe(tokens);
    expect(requests[0]?.url).toBe("http://sandbox.test/graph.facebook.com/v24.0/me");
  });
});

describe("Graph error classification (providers.md §2.5, §7)", () => {
  const api = createGraphClassifier({ network: "Facebook", endpoint: "api" });
  const oauth = createGraphClassifier({ network: "Facebook", endpoint: "oauth" });
  const graphError = (code: number, subcode?: number, message = "m") => ({
    error: {
      message,
      type: "OAuthException",
      code,
      ...(subcode ? { error_subcode: subcode } : {}),
      fbtrace_id: "t",
    },
  });

  it.each([
    [400, graphError(190, 460), "auth", "190/460"],
    [400, graphError(190, 463), "auth", "190/463"],
    [400, graphError(190, 492), "auth", "190/492"],
    [400, graphError(190, 459), "auth", "190/459"],
    [400, graphError(102), "auth", "102"],
    [403, graphError(10), "auth", "10"],
    [403, graphError(200), "auth", "200"],
    [500, graphError(1), "transient", "1"],
    [500, graphError(2), "transient", "2"],
    [400, graphError(4), "rate_limited", "4"],
    [400, graphError(17), "rate_limited", "17"],
    [400, graphError(32), "rate_limited", "32"],
    [400, graphError(613), "rate_limited", "613"],
    [400, graphError(80001), "rate_limited", "80001"],
    [400, graphError(341), "rate_limited", "341"],
    [400, graphError(368), "rate_limited", "368"],
    [400, graphError(3), "invalid_content", "3"],
    [400, graphError(100), "invalid_content", "100"],
    [400, graphError(506), "invalid_content", "506"],
    [400, graphError(1609005), "invalid_content", "1609005"],
    [502, "<html>", "transient", undefined],
  ])("API %i %j → %s", (status, body, kind, code) => {
    const result = api(failure(status, body));
    expect(result).toMatchObject({ kind, providerCode: code });
  });

  it.each([
    [400, graphError(100, 36007, "This authorization code has been used."), "auth"],
    [400, graphError(1, undefined, "Error validating client secret."), "auth"],
    [400, graphError(190), "auth"],
    [400, graphError(4), "rate_limited"],
    [500, graphError(2), "transient"],
    [503, "", "transient"],
  ])("token endpoint %i %j → %s", (status, body, kind) => {
    expect(oauth(failure(status, body)).kind).toBe(kind);
  });

  it("waits for the longest estimated_time_to_regain_access of X-Business-Use-Case-Usage", () => {
    const header = JSON.stringify({
      p1: [
        {
          type: "pages",
          call_count: 100,
          total_cputime: 10,
          total_time: 10,
          estimated_time_to_regain_access: 7,
        },
      ],
      p2: [{ type: "pages", call_count: 1, estimated_time_to_regain_access: 0 }],
    });
    const result = api(failure(400, graphError(80001), { "x-business-use-case-usage": header }));
    expect(result.retryAfterMs).toBe(7 * 60_000);
  });

  it("asks the person to act on Facebook for checkpointed (459) or unconfirmed (464) users", () => {
    expect(api(failure(400, graphError(190, 464))).message).toMatch(/sign in on Facebook/);
  });
});

describe("Facebook callback", () => {
  it("reads error_reason / error_description", () => {
    const provider = createFacebookProvider(() => stubRuntime("facebook"));
    const params = new URLSearchParams(
      "error=access_denied&error_code=200&error_description=Permissions+error&error_reason=user_denied&state=s",
    );
    expect(provider.parseCallback(params)).toEqual({
      outcome: "error",
      error: "access_denied",
      description: "Permissions error",
      state: "s",
    });
  });
});
