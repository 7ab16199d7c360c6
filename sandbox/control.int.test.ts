/** The control API and every fault kind, exercised over HTTP against real sandbox endpoints. */
import { describe, expect, it } from "vitest";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import { form, pkcePair, redirectUri, setupHarness } from "./test/harness";

const x = sandboxApps.x;
const basic = `Basic ${Buffer.from(`${x.clientId}:${x.clientSecret}`).toString("base64")}`;
const env = setupHarness();

const xAuthorize = (challenge: string) =>
  `https://x.com/i/oauth2/authorize?${new URLSearchParams({ response_type: "code", client_id: x.clientId, redirect_uri: redirectUri("x"), scope: "tweet.read tweet.write users.read offline.access", state: "s", code_challenge: challenge, code_challenge_method: "S256" })}`;

const xToken = (values: Record<string, string>) =>
  fetch(`${env.h.url}/api.x.com/2/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic },
    body: form(values),
  });

async function xConnect(user = "sandbox_alice") {
  const pkce = pkcePair();
  const { body } = await env.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
    url: xAuthorize(pkce.challenge),
    user,
  });
  const response = await xToken({
    grant_type: "authorization_code",
    code: body.code,
    redirect_uri: redirectUri("x"),
    code_verifier: pkce.verifier,
  });
  return (await response.json()) as { access_token: string; refresh_token: string };
}

const tweet = (token: string, text: string, signal?: AbortSignal) =>
  fetch(`${env.h.url}/api.x.com/2/tweets`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ text }),
    ...(signal ? { signal } : {}),
  });

const fault = (body: Record<string, unknown>) => env.h.control("POST", "/_sandbox/faults", body);
const counters = async () =>
  (
    await env.h.control<Record<string, Record<string, Record<string, unknown>>>>(
      "GET",
      "/_sandbox/counters",
    )
  ).body;

describe("fault injection", () => {
  it("rate_limit: 429 with x-rate-limit-reset in the announced future, for the next N calls only", async () => {
    const { access_token } = await xConnect();
    await fault({
      network: "x",
      kind: "rate_limit",
      endpoint: "tweets",
      count: 2,
      resetInSeconds: 120,
    });
    for (const text of ["a", "b"]) {
      const limited = await tweet(access_token, text);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("x-rate-limit-remaining")).toBe("0");
      const reset = Number(limited.headers.get("x-rate-limit-reset"));
      expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 119);
    }
    expect((await tweet(access_token, "c")).status).toBe(201);
    expect((await counters()).faultsFired?.x).toEqual({ rate_limit: 2 });
  });

  it("server_error: 500 and 503 in the network's own shape", async () => {
    const { access_token } = await xConnect();
    await fault({ network: "x", kind: "server_error", endpoint: "publish" });
    await fault({ network: "x", kind: "server_error", status: 503, endpoint: "publish" });
    expect((await tweet(access_token, "a")).status).toBe(500);
    const unavailable = await tweet(access_token, "b");
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toMatchObject({
      type: "https://api.x.com/2/problems/internal-error",
    });
  });

  it("hang: no answer until the client gives up; the next call is normal", async () => {
    const { access_token } = await xConnect();
    await fault({ network: "x", kind: "hang", endpoint: "tweets" });
    await expect(tweet(access_token, "slow", AbortSignal.timeout(300))).rejects.toThrow();
    expect((await tweet(access_token, "fast")).status).toBe(201);
    expect((await counters()).postsCreated?.x).toEqual({ "1500000000000000001": 1 });
  });

  it("drop: the connection closes before anything happens", async () => {
    const { access_token } = await xConnect();
    await fault({ network: "x", kind: "drop", endpoint: "tweets" });
    await expect(tweet(access_token, "lost")).rejects.toThrow();
    expect((await counters()).postsCreated?.x).toBeUndefined();
  });

  it("drop_after_create: the post exists but the answer is lost", async () => {
    const { access_token } = await xConnect();
    await fault({ network: "x", kind: "drop_after_create", endpoint: "publish" });
    await expect(tweet(access_token, "created then lost")).rejects.toThrow();
    expect((await counters()).postsCreated?.x).toEqual({ "1500000000000000001": 1 });
    const { body } = await env.h.control<{ posts: { text: string }[] }>(
      "GET",
      "/_sandbox/posts?network=x&account=sandbox_alice",
    );
    expect(body.posts.map((post) => post.text)).toEqual(["created then lost"]);
  });

  it("invalid_grant: the next refresh fails although the refresh token is fine", async () => {
    const { refresh_token } = await xConnect();
    await fault({ network: "x", kind: "invalid_grant" });
    const refused = await xToken({ grant_type: "refresh_token", refresh_token });
    expect(refused.status).toBe(400);
    expect((await xToken({ grant_type: "refresh_token", refresh_token })).status).toBe(200);
  });

  it("revoked_token and expired_token answer like the network, per account", async () => {
    const alice = await xConnect("sandbox_alice");
    const bob = await xConnect("sandbox_bob");
    await fault({ network: "x", kind: "revoked_token", account: "sandbox_bob" });
    expect((await tweet(alice.access_token, "alice unaffected")).status).toBe(201);
    expect((await tweet(bob.access_token, "bob refused")).status).toBe(401);
    await env.h.control("POST", "/_sandbox/faults", { network: "tiktok", kind: "expired_token" });
    const tiktok = await fetch(`${env.h.url}/open.tiktokapis.com/v2/user/info/?fields=open_id`, {
      headers: { authorization: "Bearer act.whatever" },
    });
    expect((await tiktok.json()).error.code).toBe("access_token_invalid");
  });

  it("Graph networks get their own throttle codes and usage headers", async () => {
    await fault({ network: "facebook", kind: "rate_limit", resetInSeconds: 600 });
    const fb = await fetch(`${env.h.url}/graph.facebook.com/v24.0/me?access_token=x`);
    expect((await fb.json()).error).toMatchObject({ code: 4 });
    expect(JSON.parse(fb.headers.get("x-app-usage") ?? "{}").call_count).toBe(100);
    await fault({ network: "instagram", kind: "rate_limit", resetInSeconds: 600 });
    const ig = await fetch(`${env.h.url}/graph.instagram.com/17841400000000001/media`, {
      method: "POST",
    });
    expect((await ig.json()).error).toMatchObject({ code: 80002 });
    expect(
      JSON.parse(ig.headers.get("x-business-use-case-usage") ?? "{}")["17841400000000001"][0],
    ).toMatchObject({ type: "instagram", estimated_time_to_regain_access: 10 });
  });

  it("lists, deletes and validates fault rules", async () => {
    const created = await fault({ network: "x", kind: "hang", count: 3 });
    const id = (created.body as { fault: { id: string } }).fault.id;
    expect(
      (await env.h.control<{ faults: unknown[] }>("GET", "/_sandbox/faults")).body.faults,
    ).toHaveLength(1);
    expect((await env.h.control("DELETE", `/_sandbox/faults/${id}`)).status).toBe(200);
    expect(
      (await env.h.control<{ faults: unknown[] }>("GET", "/_sandbox/faults")).body.faults,
    ).toHaveLength(0);
    expect((await fault({ network: "x", kind: "explode" })).status).toBe(400);
  });
});

describe("control API", () => {
  it("health, index, endpoints and apps", async () => {
    expect((await env.h.control("GET", "/_sandbox/health")).body).toEqual({ ok: true });
    const index = await (await fetch(`${env.h.url}/`)).text();
    expect(index).toContain("/_sandbox/inbox/tiktok");
    const { body } = await env.h.control<{ endpoints: { network: string; name: string }[] }>(
      "GET",
      "/_sandbox/endpoints",
    );
    expect(
      body.endpoints.some((e) => e.network === "instagram" && e.name === "media_publish"),
    ).toBe(true);
    const apps = await env.h.control<{ apps: { network: string; redirectUris: string[] }[] }>(
      "GET",
      "/_sandbox/apps",
    );
    expect(apps.body.apps.find((a) => a.network === "x")?.redirectUris).toEqual([redirectUri("x")]);
  });

  it("counts token calls per client and grant type, and resets", async () => {
    const { refresh_token } = await xConnect();
    await xToken({ grant_type: "refresh_token", refresh_token });
    expect((await counters()).tokenCalls?.x).toEqual({
      [x.clientId]: { authorization_code: 1, refresh_token: 1, total: 2 },
    });
    await env.h.control("POST", "/_sandbox/reset");
    expect((await counters()).tokenCalls).toEqual({});
  });

  it("auto-approve makes the authorize page redirect at once", async () => {
    await env.h.control("PUT", "/_sandbox/auto-approve", { network: "x", user: "sandbox_bob" });
    const response = await fetch(
      xAuthorize(pkcePair().challenge).replace("https://x.com", `${env.h.url}/x.com`),
      { redirect: "manual" },
    );
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location") ?? "").searchParams.get("code")).toBeTruthy();
    const query = await fetch(
      `${xAuthorize(pkcePair().challenge).replace("https://x.com", `${env.h.url}/x.com`)}&sandbox_auto_approve=sandbox_alice`,
      { redirect: "manual" },
    );
    expect(query.status).toBe(302);
  });

  it("denies through the control API with the network's error parameters", async () => {
    const { body } = await env.h.control<{ location: string; error: string }>(
      "POST",
      "/_sandbox/authorize",
      { url: xAuthorize(pkcePair().challenge), decision: "deny" },
    );
    expect(body.error).toBe("access_denied");
    expect(new URL(body.location).searchParams.get("state")).toBe("s");
  });

  it("creates users, registers redirect URIs, revokes and expires an account's tokens", async () => {
    const created = await env.h.control<{ user: { id: string } }>("POST", "/_sandbox/users", {
      network: "x",
      username: "sandbox_dana",
    });
    expect(created.status).toBe(201);
    await env.h.control("POST", "/_sandbox/apps/redirect-uris", {
      appUrl: "http://127.0.0.1:45678",
    });
    const pkce = pkcePair();
    const url = xAuthorize(pkce.challenge).replace(
      encodeURIComponent(redirectUri("x")),
      encodeURIComponent("http://127.0.0.1:45678/api/connect/x/callback"),
    );
    const { body } = await env.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url,
      user: "sandbox_dana",
    });
    const tokens = (await (
      await xToken({
        grant_type: "authorization_code",
        code: body.code,
        redirect_uri: "http://127.0.0.1:45678/api/connect/x/callback",
        code_verifier: pkce.verifier,
      })
    ).json()) as { access_token: string; refresh_token: string };
    expect(
      (
        await env.h.control<{ expiredTokens: number }>("POST", "/_sandbox/tokens/expire", {
          network: "x",
          account: "sandbox_dana",
        })
      ).body.expiredTokens,
    ).toBe(1);
    expect((await tweet(tokens.access_token, "expired")).status).toBe(401);
    const refreshed = (await (
      await xToken({ grant_type: "refresh_token", refresh_token: tokens.refresh_token })
    ).json()) as { refresh_token: string };
    await env.h.control("POST", "/_sandbox/tokens/revoke", {
      network: "x",
      account: created.body.user.id,
    });
    expect(
      (await xToken({ grant_type: "refresh_token", refresh_token: refreshed.refresh_token }))
        .status,
    ).toBe(400);
  });

  it("validates config patches and lists the clock", async () => {
    expect(
      (await env.h.control("PUT", "/_sandbox/config", { x: { accessTokenTtlSeconds: -1 } })).status,
    ).toBe(400);
    expect((await env.h.control("PUT", "/_sandbox/config", { mastodon: {} })).status).toBe(400);
    const updated = await env.h.control<{
      x: { accessTokenTtlSeconds: number; codeTtlSeconds: number };
    }>("PUT", "/_sandbox/config", { x: { accessTokenTtlSeconds: 60 } });
    expect(updated.body.x).toMatchObject({ accessTokenTtlSeconds: 60, codeTtlSeconds: 30 });
    await env.h.control("POST", "/_sandbox/clock", { advanceSeconds: 3600 });
    expect(
      (await env.h.control<{ offsetSeconds: number }>("GET", "/_sandbox/clock")).body.offsetSeconds,
    ).toBe(3600);
  });
});
