/** TikTok Login Kit over HTTP: code exchange, PKCE variants, refresh rotation, revocation, lifetimes, partial grants, refusals. */
import { describe, expect, it } from "vitest";
import { authorizeQueryOf, form, pkcePair } from "./test/harness";
import { app, REDIRECT, setupTikTokSuite } from "./test/tiktok-suite";

const s = setupTikTokSuite();
const { apiBase, authorizeUrl, tokenCall, connect, api } = s;

describe("TikTok tokens", () => {
  it("rotates refresh tokens, refuses the old one, and revokes with an empty 200", async () => {
    const first = await connect();
    const refreshed = await tokenCall({
      grant_type: "refresh_token",
      refresh_token: first.refresh_token,
    });
    const second = (await refreshed.json()) as { refresh_token: string; access_token: string };
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const reuse = await tokenCall({
      grant_type: "refresh_token",
      refresh_token: first.refresh_token,
    });
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toMatchObject({
      error: "invalid_grant",
      log_id: expect.any(String),
    });
    const fresh = await connect();
    const revoke = await fetch(`${apiBase()}/v2/oauth/revoke/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form({
        client_key: app.clientId,
        client_secret: app.clientSecret,
        token: fresh.access_token,
      }),
    });
    expect(revoke.status).toBe(200);
    expect(await revoke.text()).toBe("");
    expect((await api("GET", "/v2/user/info/?fields=open_id", fresh.access_token)).status).toBe(
      401,
    );
  });

  it("honours configured lifetimes", async () => {
    await s.h.control("PUT", "/_sandbox/config", {
      tiktok: { accessTokenTtlSeconds: 86400, refreshTokenTtlSeconds: 31536000 },
    });
    const tokens = await connect();
    expect(tokens.expires_in).toBe(86400);
    expect(tokens.refresh_expires_in).toBe(31536000);
    await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 86401 });
    expect(
      (await api("GET", "/v2/user/info/?fields=open_id", tokens.access_token)).json.error.code,
    ).toBe("access_token_invalid");
  });
});

describe("TikTok partial grants", () => {
  it("a declined scope is missing from the redirect's scopes and the token's scope, and its endpoints refuse", async () => {
    const pkce = pkcePair();
    const { body } = await s.h.control<{ code: string; location: string; granted: string[] }>(
      "POST",
      "/_sandbox/authorize",
      {
        url: authorizeUrl({}, pkce.challenge),
        user: "sandbox_creator",
        declined: ["video.publish"],
      },
    );
    expect(new URL(body.location).searchParams.get("scopes")).toBe("user.info.basic,video.upload");
    const tokens = (await (
      await tokenCall({
        grant_type: "authorization_code",
        code: body.code,
        redirect_uri: REDIRECT,
        code_verifier: pkce.verifier,
      })
    ).json()) as { access_token: string; scope: string };
    expect(tokens.scope).toBe("user.info.basic,video.upload");
    const creator = await api(
      "POST",
      "/v2/post/publish/creator_info/query/",
      tokens.access_token,
      {},
    );
    expect(creator.status).toBe(401);
    expect(creator.json.error.code).toBe("scope_not_authorized");
    const draft = await api("POST", "/v2/post/publish/inbox/video/init/", tokens.access_token, {
      source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` },
    });
    expect(draft.status).toBe(200);
  });

  it("user.info.basic cannot be declined, and the consent page's toggles decline the others", async () => {
    const refused = await s.h.control<{ error: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl(),
      declined: ["user.info.basic"],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain("user.info.basic cannot be declined");

    const pkce = pkcePair();
    const page = await (
      await fetch(
        authorizeUrl({}, pkce.challenge).replace(
          "https://www.tiktok.com",
          `${s.h.url}/www.tiktok.com`,
        ),
      )
    ).text();
    expect(page).toContain('name="grant" value="user.info.basic" checked disabled');
    const authorizeQuery = authorizeQueryOf(page);
    const body = form({
      authorize_query: authorizeQuery,
      decision: "allow",
      user: "-000SandboxCreatorAlice0000000001",
      scope_choice: "1",
      grant: "user.info.basic",
    });
    body.append("grant", "video.publish");
    const allow = await fetch(`${s.h.url}/www.tiktok.com/v2/auth/authorize/`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(allow.status).toBe(303);
    expect(new URL(allow.headers.get("location") ?? "").searchParams.get("scopes")).toBe(
      "user.info.basic,video.publish",
    );
  });
});

describe("TikTok OAuth refusals", () => {
  it("refuses PKCE mismatch, reused codes, wrong secret and wrong redirect_uri", async () => {
    const pkce = pkcePair();
    const { body } = await s.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({}, pkce.challenge),
    });
    const wrongSecret = await fetch(`${apiBase()}/v2/oauth/token/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form({
        client_key: app.clientId,
        client_secret: "nope",
        grant_type: "authorization_code",
        code: body.code,
        redirect_uri: REDIRECT,
        code_verifier: pkce.verifier,
      }),
    });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: "invalid_client" });
    const mismatch = await tokenCall({
      grant_type: "authorization_code",
      code: body.code,
      redirect_uri: REDIRECT,
      code_verifier: pkcePair().verifier,
    });
    expect(await mismatch.json()).toMatchObject({ error: "invalid_grant" });
    const again = await tokenCall({
      grant_type: "authorization_code",
      code: body.code,
      redirect_uri: REDIRECT,
      code_verifier: pkce.verifier,
    });
    expect(await again.json()).toMatchObject({
      error: "invalid_grant",
      error_description: "Authorization code has been used.",
    });
    const other = pkcePair();
    const second = await s.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({}, other.challenge),
    });
    const redirect = await tokenCall({
      grant_type: "authorization_code",
      code: second.body.code,
      redirect_uri: `${REDIRECT}?x=1`,
      code_verifier: other.verifier,
    });
    expect(await redirect.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("accepts the hex-encoded S256 challenge variant", async () => {
    const { createHash } = await import("node:crypto");
    const { verifier } = pkcePair();
    const hex = createHash("sha256").update(verifier).digest("hex");
    const { body } = await s.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({}, hex),
    });
    expect(
      (
        await tokenCall({
          grant_type: "authorization_code",
          code: body.code,
          redirect_uri: REDIRECT,
          code_verifier: verifier,
        })
      ).status,
    ).toBe(200);
  });

  it("redirects with error for a missing PKCE challenge and shows an error page for a bad client_key", async () => {
    const missing = await s.h.control<{ error: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({ code_challenge: "" }),
    });
    expect(missing.body.error).toBe("invalid_request");
    const bad = await fetch(
      authorizeUrl({ client_key: "unknown" }).replace(
        "https://www.tiktok.com",
        `${s.h.url}/www.tiktok.com`,
      ),
      { redirect: "manual" },
    );
    expect(bad.status).toBe(400);
  });
});
