/**
 * X OAuth over HTTP: the consent form, code exchange, refresh rotation, revocation, partial
 * grants, and every authorize / token refusal. v2 exchanges are checked against x-openapi.json.
 */
import { describe, expect, it } from "vitest";
import { authorizeQueryOf, form, pkcePair } from "./test/harness";
import {
  ALICE,
  ALL_SCOPES,
  app,
  basic,
  describeXFidelity,
  REDIRECT,
  setupXSuite,
} from "./test/x-suite";

const s = setupXSuite();
const { authorizeUrl, getCode, token, connect } = s;

describe("X happy path", () => {
  it("walks the consent form, exchanges the code and posts", async () => {
    const pkce = pkcePair();
    const page = await fetch(authorizeUrl({}, pkce).replace("https://x.com", `${s.h.url}/x.com`));
    const markup = await page.text();
    expect(page.status).toBe(200);
    expect(markup).toContain("Socialite wants to access your X account");
    expect(markup).toContain("Upload media for you");
    const authorizeQuery = authorizeQueryOf(markup);
    const allow = await fetch(`${s.h.url}/x.com/i/oauth2/authorize`, {
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

    const me = await s.x.call("GET", "/2/users/me?user.fields=profile_image_url,created_at", {
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

    const post = await s.x.call("POST", "/2/tweets", {
      token: String(body.access_token),
      json: { text: "Hello from Socialite 👋" },
    });
    expect(post.status).toBe(201);
    const data = post.json.data as { id: string; text: string };
    expect(data.text).toBe("Hello from Socialite 👋");
    const reply = await s.x.call("POST", "/2/tweets", {
      token: String(body.access_token),
      json: { text: "second in thread", reply: { in_reply_to_tweet_id: data.id } },
    });
    expect(reply.status).toBe(201);

    const { body: counters } = await s.h.control<{ postsCreated: { x: Record<string, number> } }>(
      "GET",
      "/_sandbox/counters",
    );
    expect(counters.postsCreated.x["1500000000000000001"]).toBe(2);
    const inbox = await (await fetch(`${s.h.url}/_sandbox/inbox/x`)).text();
    expect(inbox).toContain("Hello from Socialite 👋");
  });

  it("accepts the legacy twitter.com hosts and plain PKCE", async () => {
    const verifier = pkcePair().verifier;
    const { body } = await s.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({ code_challenge: verifier, code_challenge_method: "plain" }).replace(
        "x.com",
        "twitter.com",
      ),
    });
    const response = await fetch(`${s.h.url}/api.twitter.com/2/oauth2/token`, {
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

  it("rotates refresh tokens and revokes", async () => {
    const first = await connect();
    const refreshed = await token({
      grant_type: "refresh_token",
      refresh_token: first.refresh_token ?? "",
    });
    const second = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(refreshed.status).toBe(200);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const revoke = await fetch(`${s.h.url}/api.x.com/2/oauth2/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic() },
      body: form({ token: second.access_token, token_type_hint: "access_token" }),
    });
    expect(await revoke.json()).toEqual({ revoked: true });
    expect((await s.x.call("GET", "/2/users/me", { token: second.access_token })).status).toBe(401);
    const { body } = await s.h.control<{
      refreshes: { x: Record<string, number> };
      revocations: { x: Record<string, number> };
    }>("GET", "/_sandbox/counters");
    expect(body.refreshes.x["1500000000000000001"]).toBe(1);
    expect(body.revocations.x["1500000000000000001"]).toBe(1);
  });
});

describe("X partial grants", () => {
  it("a scope declined through the control API is missing from the token's scope, and what needs it answers 403", async () => {
    const { code, verifier } = await getCode({}, "sandbox_alice", [
      "tweet.write",
      "offline.access",
    ]);
    const response = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    const tokens = (await response.json()) as {
      access_token: string;
      scope: string;
      refresh_token?: string;
    };
    expect(tokens.scope).toBe("tweet.read users.read media.write");
    expect(tokens.refresh_token).toBeUndefined();
    expect((await s.x.call("GET", "/2/users/me", { token: tokens.access_token })).status).toBe(200);
    const post = await s.x.call("POST", "/2/tweets", {
      token: tokens.access_token,
      json: { text: "needs tweet.write" },
    });
    expect(post.status).toBe(403);
    expect(post.json.detail).toBe("Missing required scopes: tweet.write.");
  });

  it("the consent form's unticked scopes are declined, and the control API reports the split", async () => {
    const pkce = pkcePair();
    const page = await fetch(authorizeUrl({}, pkce).replace("https://x.com", `${s.h.url}/x.com`));
    const markup = await page.text();
    expect(markup).toContain('name="grant" value="media.write" checked');
    expect(markup).toContain("Sandbox only");
    const authorizeQuery = authorizeQueryOf(markup);
    const body = form({
      authorize_query: authorizeQuery,
      decision: "allow",
      user: ALICE,
      scope_choice: "1",
    });
    for (const scope of ["tweet.read", "users.read", "offline.access"]) body.append("grant", scope);
    const allow = await fetch(`${s.h.url}/x.com/i/oauth2/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(allow.status).toBe(303);
    const code = new URL(allow.headers.get("location") ?? "").searchParams.get("code") ?? "";
    const tokens = (await (
      await token({
        grant_type: "authorization_code",
        code,
        redirect_uri: REDIRECT,
        code_verifier: pkce.verifier,
      })
    ).json()) as { scope: string; refresh_token?: string };
    expect(tokens.scope).toBe("tweet.read users.read offline.access");
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const split = await s.h.control<{ granted: string[]; declined: string[] }>(
      "POST",
      "/_sandbox/authorize",
      { url: authorizeUrl(), declined: ["media.write", "not.requested"] },
    );
    expect(split.body.granted).toEqual([
      "tweet.read",
      "tweet.write",
      "users.read",
      "offline.access",
    ]);
    expect(split.body.declined).toEqual(["media.write"]);
  });

  it("auto-approve and sandbox_declined decline scopes for browser flows too", async () => {
    await s.h.control("PUT", "/_sandbox/auto-approve", {
      network: "x",
      user: "sandbox_alice",
      declined: ["media.write"],
    });
    for (const suffix of ["", "&sandbox_declined=media.write,tweet.write"]) {
      const pkce = pkcePair();
      const response = await fetch(
        `${authorizeUrl({}, pkce).replace("https://x.com", `${s.h.url}/x.com`)}${suffix}`,
        { redirect: "manual" },
      );
      expect(response.status).toBe(302);
      const code = new URL(response.headers.get("location") ?? "").searchParams.get("code") ?? "";
      const tokens = (await (
        await token({
          grant_type: "authorization_code",
          code,
          redirect_uri: REDIRECT,
          code_verifier: pkce.verifier,
        })
      ).json()) as { scope: string };
      expect(tokens.scope).toBe(
        suffix
          ? "tweet.read users.read offline.access"
          : "tweet.read tweet.write users.read offline.access",
      );
    }
  });
});

describe("X refusals", () => {
  it("shows an error page (no redirect) for an unregistered redirect_uri or client_id", async () => {
    for (const params of [{ redirect_uri: "http://localhost:3999/evil" }, { client_id: "nope" }]) {
      const response = await fetch(
        authorizeUrl(params).replace("https://x.com", `${s.h.url}/x.com`),
        { redirect: "manual" },
      );
      expect(response.status).toBe(400);
      expect(response.headers.get("location")).toBeNull();
    }
  });

  it("redirects with invalid_request when PKCE is missing and invalid_scope for unknown scopes", async () => {
    const missing = await fetch(
      authorizeUrl({ code_challenge: "" }).replace("https://x.com", `${s.h.url}/x.com`),
      { redirect: "manual" },
    );
    expect(new URL(missing.headers.get("location") ?? "").searchParams.get("error")).toBe(
      "invalid_request",
    );
    const scope = await fetch(
      authorizeUrl({ scope: "tweet.read bogus.scope" }).replace(
        "https://x.com",
        `${s.h.url}/x.com`,
      ),
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
    await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 31 });
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
    const post = await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "no write scope" },
    });
    expect(post.status).toBe(403);
    expect((await s.x.call("GET", "/2/users/me", { token: "not-a-token" })).status).toBe(401);
  });
});

describeXFidelity(s, 5);
