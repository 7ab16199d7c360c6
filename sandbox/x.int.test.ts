/**
 * X conformance over HTTP: authorize -> token -> profile -> publish, media upload, and every
 * refusal the issue lists. All /2/ exchanges are then validated against x-openapi.json.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import {
  FIXTURES,
  form,
  type Harness,
  pkcePair,
  readJson,
  redirectUri,
  startHarness,
} from "./test/harness";
import { XTestClient } from "./test/x-client";
import { validateExchange, violationsOf } from "./test/x-oracle";

const app = sandboxApps.x;
const REDIRECT = redirectUri("x");
const ALL_SCOPES = "tweet.read tweet.write users.read offline.access media.write";
const basic = (secret: string = app.clientSecret) =>
  `Basic ${Buffer.from(`${app.clientId}:${secret}`).toString("base64")}`;

let h: Harness;
let x: XTestClient;

beforeAll(async () => {
  h = await startHarness();
  x = new XTestClient(h.url);
});
afterAll(() => h.close());
beforeEach(() => h.control("POST", "/_sandbox/reset"));

function authorizeUrl(params: Partial<Record<string, string>> = {}, pkce = pkcePair()) {
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
}

async function getCode(params: Partial<Record<string, string>> = {}, user = "sandbox_alice") {
  const pkce = pkcePair();
  const { body } = await h.control<{ code: string; state: string }>("POST", "/_sandbox/authorize", {
    url: authorizeUrl(params, pkce),
    user,
  });
  return { code: body.code, state: body.state, verifier: pkce.verifier };
}

const token = (values: Record<string, string>, auth: string | null = basic()) =>
  fetch(`${h.url}/api.x.com/2/oauth2/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(auth ? { authorization: auth } : {}),
    },
    body: form(values),
  });

async function connect(scope = ALL_SCOPES) {
  const { code, verifier } = await getCode({ scope });
  const response = await token({
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    access_token: string;
    refresh_token?: string;
    expires_in: number;
    scope: string;
    token_type: string;
  };
}

describe("X happy path", () => {
  it("walks the consent form, exchanges the code and posts", async () => {
    const pkce = pkcePair();
    const page = await fetch(authorizeUrl({}, pkce).replace("https://x.com", `${h.url}/x.com`));
    const markup = await page.text();
    expect(page.status).toBe(200);
    expect(markup).toContain("Socialite wants to access your X account");
    expect(markup).toContain("Upload media for you");
    const authorizeQuery =
      /name="authorize_query" value="([^"]+)"/.exec(markup)?.[1]?.replaceAll("&amp;", "&") ?? "";
    const allow = await fetch(`${h.url}/x.com/i/oauth2/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form({
        authorize_query: authorizeQuery,
        decision: "allow",
        user: "1500000000000000001",
      }),
    });
    expect(allow.status).toBe(303);
    const location = new URL(allow.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get("state")).toBe("st-123");

    const tokens = await token({
      grant_type: "authorization_code",
      code: location.searchParams.get("code") ?? "",
      redirect_uri: REDIRECT,
      code_verifier: pkce.verifier,
    });
    const body = (await tokens.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: "bearer", expires_in: 7200, scope: ALL_SCOPES });
    expect(body.refresh_token).toEqual(expect.any(String));

    const me = await x.call("GET", "/2/users/me?user.fields=profile_image_url,created_at", {
      token: String(body.access_token),
    });
    expect(me.status).toBe(200);
    expect(me.json.data).toMatchObject({
      id: "1500000000000000001",
      username: "sandbox_alice",
      name: "Alice Sandbox",
    });
    expect(me.headers.get("x-rate-limit-limit")).toBe("75");
    expect(me.headers.get("x-rate-limit-remaining")).toBe("74");

    const post = await x.call("POST", "/2/tweets", {
      token: String(body.access_token),
      json: { text: "Hello from Socialite 👋" },
    });
    expect(post.status).toBe(201);
    const data = post.json.data as { id: string; text: string };
    expect(data.text).toBe("Hello from Socialite 👋");
    const reply = await x.call("POST", "/2/tweets", {
      token: String(body.access_token),
      json: { text: "second in thread", reply: { in_reply_to_tweet_id: data.id } },
    });
    expect(reply.status).toBe(201);

    const { body: counters } = await h.control<{ postsCreated: { x: Record<string, number> } }>(
      "GET",
      "/_sandbox/counters",
    );
    expect(counters.postsCreated.x["1500000000000000001"]).toBe(2);
    const inbox = await (await fetch(`${h.url}/_sandbox/inbox/x`)).text();
    expect(inbox).toContain("Hello from Socialite 👋");
  });

  it("accepts the legacy twitter.com hosts and plain PKCE", async () => {
    const verifier = pkcePair().verifier;
    const { body } = await h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({ code_challenge: verifier, code_challenge_method: "plain" }).replace(
        "x.com",
        "twitter.com",
      ),
    });
    const response = await fetch(`${h.url}/api.twitter.com/2/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic() },
      body: form({
        grant_type: "authorization_code",
        code: body.code,
        redirect_uri: REDIRECT,
        code_verifier: verifier,
      }),
    });
    expect(response.status).toBe(200);
  });

  it("uploads media one-shot and chunked, polls STATUS, and attaches it", async () => {
    const { access_token } = await connect();
    const jpeg = readFileSync(path.join(FIXTURES, "square-1080.jpg"));
    const oneShot = new FormData();
    oneShot.append("media", new Blob([jpeg], { type: "image/jpeg" }), "square.jpg");
    oneShot.append("media_category", "tweet_image");
    const image = await x.call("POST", "/2/media/upload", { token: access_token, form: oneShot });
    expect(image.status).toBe(200);
    expect(image.json.data).toMatchObject({
      image: { image_type: "image/jpeg", w: 1080, h: 1080 },
    });

    const video = readFileSync(path.join(FIXTURES, "reel-9x16-4s.mp4"));
    const init = await x.call("POST", "/2/media/upload/initialize", {
      token: access_token,
      json: { media_type: "video/mp4", total_bytes: video.length, media_category: "tweet_video" },
    });
    expect(init.status).toBe(200);
    const id = (init.json.data as { id: string }).id;
    const half = Math.ceil(video.length / 2);
    for (const [index, chunk] of [video.subarray(0, half), video.subarray(half)].entries()) {
      const part = new FormData();
      part.append("media", new Blob([chunk]), "chunk");
      part.append("segment_index", String(index));
      expect(
        (await x.call("POST", `/2/media/upload/${id}/append`, { token: access_token, form: part }))
          .status,
      ).toBe(200);
    }
    const finalize = await x.call("POST", `/2/media/upload/${id}/finalize`, {
      token: access_token,
    });
    expect(finalize.json.data).toMatchObject({
      id,
      size: video.length,
      processing_info: { state: "pending" },
    });
    const early = await x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "too early", media: { media_ids: [id] } },
    });
    expect(early.status).toBe(400);
    await h.control("POST", "/_sandbox/clock", { advanceSeconds: 5 });
    const status = await x.call("GET", `/2/media/upload?command=STATUS&media_id=${id}`, {
      token: access_token,
    });
    expect(status.json.data).toMatchObject({ processing_info: { state: "succeeded" } });

    const withVideo = await x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "video post", media: { media_ids: [id] } },
    });
    expect(withVideo.status).toBe(201);
    const imageId = (image.json.data as { id: string }).id;
    const mixed = await x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "mixed", media: { media_ids: [id, imageId] } },
    });
    expect(mixed.status).toBe(400);
    const posts = await h.control<{ posts: { media: string[] }[] }>(
      "GET",
      "/_sandbox/posts?network=x",
    );
    expect(posts.body.posts[0]?.media).toHaveLength(1);
  });

  it("rotates refresh tokens and revokes", async () => {
    const first = await connect();
    const refreshed = await token({
      grant_type: "refresh_token",
      refresh_token: first.refresh_token ?? "",
    });
    const second = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(refreshed.status).toBe(200);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const revoke = await fetch(`${h.url}/api.x.com/2/oauth2/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic() },
      body: form({ token: second.access_token, token_type_hint: "access_token" }),
    });
    expect(await revoke.json()).toEqual({ revoked: true });
    expect((await x.call("GET", "/2/users/me", { token: second.access_token })).status).toBe(401);
    const { body } = await h.control<{
      refreshes: { x: Record<string, number> };
      revocations: { x: Record<string, number> };
    }>("GET", "/_sandbox/counters");
    expect(body.refreshes.x["1500000000000000001"]).toBe(1);
    expect(body.revocations.x["1500000000000000001"]).toBe(1);
  });
});

describe("X refusals", () => {
  it("shows an error page (no redirect) for an unregistered redirect_uri or client_id", async () => {
    for (const params of [{ redirect_uri: "http://localhost:3999/evil" }, { client_id: "nope" }]) {
      const response = await fetch(
        authorizeUrl(params).replace("https://x.com", `${h.url}/x.com`),
        { redirect: "manual" },
      );
      expect(response.status).toBe(400);
      expect(response.headers.get("location")).toBeNull();
    }
  });

  it("redirects with invalid_request when PKCE is missing and invalid_scope for unknown scopes", async () => {
    const missing = await fetch(
      authorizeUrl({ code_challenge: "" }).replace("https://x.com", `${h.url}/x.com`),
      { redirect: "manual" },
    );
    expect(new URL(missing.headers.get("location") ?? "").searchParams.get("error")).toBe(
      "invalid_request",
    );
    const scope = await fetch(
      authorizeUrl({ scope: "tweet.read bogus.scope" }).replace("https://x.com", `${h.url}/x.com`),
      { redirect: "manual" },
    );
    expect(new URL(scope.headers.get("location") ?? "").searchParams.get("error")).toBe(
      "invalid_scope",
    );
  });

  it("refuses a token request with the wrong redirect_uri", async () => {
    const { code, verifier } = await getCode();
    const response = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: `${REDIRECT}/x`,
      code_verifier: verifier,
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe("invalid_request");
  });

  it("refuses a PKCE mismatch", async () => {
    const { code } = await getCode();
    const response = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: pkcePair().verifier,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });

  it("refuses a reused code and an expired (30 s) code", async () => {
    const { code, verifier } = await getCode();
    const values = {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    };
    expect((await token(values)).status).toBe(200);
    const again = await token(values);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      error: "invalid_request",
      error_description: "Value passed for the authorization code was invalid.",
    });

    const late = await getCode();
    await h.control("POST", "/_sandbox/clock", { advanceSeconds: 31 });
    const expired = await token({
      grant_type: "authorization_code",
      code: late.code,
      redirect_uri: REDIRECT,
      code_verifier: late.verifier,
    });
    expect(expired.status).toBe(400);
  });

  it("refuses a reused rotated refresh token and then kills the whole grant", async () => {
    const first = await connect();
    const rotated = (await (
      await token({ grant_type: "refresh_token", refresh_token: first.refresh_token ?? "" })
    ).json()) as { refresh_token: string };
    const reuse = await token({
      grant_type: "refresh_token",
      refresh_token: first.refresh_token ?? "",
    });
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toMatchObject({
      error: "invalid_request",
      error_description: "Value passed for the token was invalid.",
    });
    expect(
      (await token({ grant_type: "refresh_token", refresh_token: rotated.refresh_token })).status,
    ).toBe(400);
  });

  it("gives no refresh token without offline.access", async () => {
    const tokens = await connect("tweet.read tweet.write users.read");
    expect(tokens.refresh_token).toBeUndefined();
  });

  it("refuses a wrong client secret and a missing Basic header", async () => {
    const { code, verifier } = await getCode();
    const values = {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    };
    const wrong = await token(values, basic("wrong-secret"));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({
      error: "unauthorized_client",
      error_description: "Missing valid authorization header",
    });
    expect((await token({ ...values, client_id: app.clientId }, null)).status).toBe(401);
  });

  it("answers 403 for a missing scope and 401 for a bad token", async () => {
    const { access_token } = await connect("tweet.read users.read");
    const post = await x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "no write scope" },
    });
    expect(post.status).toBe(403);
    expect((await x.call("GET", "/2/users/me", { token: "not-a-token" })).status).toBe(401);
  });

  it("counts weighted characters: 280 passes, 281 and 141 CJK characters fail", async () => {
    const { access_token } = await connect();
    expect(
      (await x.call("POST", "/2/tweets", { token: access_token, json: { text: "a".repeat(280) } }))
        .status,
    ).toBe(201);
    expect(
      (await x.call("POST", "/2/tweets", { token: access_token, json: { text: "b".repeat(281) } }))
        .status,
    ).toBe(400);
    expect(
      (await x.call("POST", "/2/tweets", { token: access_token, json: { text: "漢".repeat(141) } }))
        .status,
    ).toBe(400);
    const url = `https://example.com/${"x".repeat(300)}`;
    expect(
      (
        await x.call("POST", "/2/tweets", {
          token: access_token,
          json: { text: `${"c".repeat(256)} ${url}` },
        })
      ).status,
    ).toBe(201);
  });

  it("refuses duplicate content with the documented 403 body and unknown fields with 400", async () => {
    const { access_token } = await connect();
    expect(
      (await x.call("POST", "/2/tweets", { token: access_token, json: { text: "same words" } }))
        .status,
    ).toBe(201);
    const dup = await x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "same words" },
    });
    expect(dup.status).toBe(403);
    expect(dup.json).toEqual({
      detail: "You are not allowed to create a Tweet with duplicate content.",
      type: "about:blank",
      title: "Forbidden",
      status: 403,
    });
    expect(dup.headers.get("content-type")).toContain("application/problem+json");
    const unknownField = await x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "hi", colour: "red" },
      invalidOnPurpose: true,
    });
    expect(unknownField.status).toBe(400);
  });

  it("enforces the per-user window with 429, the documented body and x-rate-limit-* headers", async () => {
    await h.control("PUT", "/_sandbox/config", {
      x: { rateLimits: { tweets: { limit: 2, windowSeconds: 900 } } },
    });
    const { access_token } = await connect();
    for (const text of ["one", "two"])
      expect(
        (await x.call("POST", "/2/tweets", { token: access_token, json: { text } })).status,
      ).toBe(201);
    const limited = await x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "three" },
    });
    expect(limited.status).toBe(429);
    expect(limited.json.errors).toEqual([{ code: 88, message: "Rate limit exceeded" }]);
    expect(limited.headers.get("x-rate-limit-limit")).toBe("2");
    expect(limited.headers.get("x-rate-limit-remaining")).toBe("0");
    expect(Number(limited.headers.get("x-rate-limit-reset"))).toBeGreaterThan(Date.now() / 1000);
    await h.control("POST", "/_sandbox/clock", { advanceSeconds: 901 });
    expect(
      (await x.call("POST", "/2/tweets", { token: access_token, json: { text: "four" } })).status,
    ).toBe(201);
  });
});

describe("X fidelity against x-openapi.json", () => {
  it("every recorded v2 request and response validates", () => {
    expect(x.exchanges.length).toBeGreaterThan(15);
    const violations = x.exchanges
      .filter((e) => !e.invalidOnPurpose)
      .flatMap((exchange) => validateExchange(exchange));
    expect(violations).toEqual([]);
  });

  it("requests the suite sends invalid on purpose are invalid per the spec, and their error responses conform", () => {
    const deliberate = x.exchanges.filter((e) => e.invalidOnPurpose);
    expect(deliberate.length).toBeGreaterThan(0);
    for (const exchange of deliberate) {
      const { request, response } = violationsOf(exchange);
      expect(request.length).toBeGreaterThan(0);
      expect(response).toEqual([]);
    }
  });

  it("the oracle itself rejects a non-conforming body", () => {
    const violations = validateExchange({
      method: "POST",
      path: "/2/tweets",
      requestContentType: "application/json",
      requestBody: { text: "x", colour: "red" },
      status: 201,
      contentType: "application/json",
      responseBody: { data: { id: "abc" } },
    });
    expect(violations.length).toBeGreaterThanOrEqual(2);
  });
});

describe("X sandbox plumbing", () => {
  it("answers unknown paths with a problem document and rate-limit headers", async () => {
    const response = await fetch(`${h.url}/api.x.com/2/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get("x-rate-limit-limit")).not.toBeNull();
    expect(await readJson(response)).toMatchObject({
      type: "https://api.x.com/2/problems/resource-not-found",
    });
  });
});
