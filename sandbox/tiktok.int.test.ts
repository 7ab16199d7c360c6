/** TikTok conformance over HTTP: Login Kit, token rotation, creator info, video and photo posts, refusals. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import { FIXTURES, form, type Harness, pkcePair, redirectUri, startHarness } from "./test/harness";

const app = sandboxApps.tiktok;
const REDIRECT = redirectUri("tiktok");
const API = () => `${h.url}/open.tiktokapis.com`;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.control("POST", "/_sandbox/reset");
  await h.control("PUT", "/_sandbox/config", { tiktok: { verifiedUrlPrefixes: [`${h.media}/`] } });
});

const authorizeUrl = (params: Record<string, string> = {}, challenge = pkcePair().challenge) =>
  `https://www.tiktok.com/v2/auth/authorize/?${new URLSearchParams({ client_key: app.clientId, scope: "user.info.basic,video.publish,video.upload", response_type: "code", redirect_uri: REDIRECT, state: "tt-state", code_challenge: challenge, code_challenge_method: "S256", ...params })}`;

const tokenCall = (values: Record<string, string>) =>
  fetch(`${API()}/v2/oauth/token/`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form({ client_key: app.clientId, client_secret: app.clientSecret, ...values }),
  });

async function connect(user = "sandbox_creator") {
  const pkce = pkcePair();
  const { body } = await h.control<{ code: string; location: string }>(
    "POST",
    "/_sandbox/authorize",
    { url: authorizeUrl({}, pkce.challenge), user },
  );
  expect(new URL(body.location).searchParams.get("scopes")).toBe(
    "user.info.basic,video.publish,video.upload",
  );
  const response = await tokenCall({
    grant_type: "authorization_code",
    code: body.code,
    redirect_uri: REDIRECT,
    code_verifier: pkce.verifier,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    access_token: string;
    refresh_token: string;
    open_id: string;
    expires_in: number;
    refresh_expires_in: number;
    scope: string;
    token_type: string;
  };
}

const api = async (method: string, route: string, accessToken: string, body?: unknown) => {
  const response = await fetch(`${API()}${route}`, {
    method,
    headers: {
      authorization: `Bearer ${accessToken}`,
      ...(body ? { "content-type": "application/json; charset=UTF-8" } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return {
    status: response.status,
    json: (await response.json()) as {
      data: Record<string, unknown>;
      error: { code: string; message: string; log_id: string };
    },
  };
};

describe("TikTok happy path", () => {
  it("authorizes, reads the profile and creator info, uploads a video in chunks and publishes", async () => {
    const tokens = await connect();
    expect(tokens).toMatchObject({
      token_type: "Bearer",
      expires_in: 7200,
      refresh_expires_in: 15552000,
      scope: "user.info.basic,video.publish,video.upload",
    });
    expect(tokens.access_token.startsWith("act.")).toBe(true);
    expect(tokens.refresh_token.startsWith("rft.")).toBe(true);

    const info = await api(
      "GET",
      "/v2/user/info/?fields=open_id,union_id,avatar_url,display_name",
      tokens.access_token,
    );
    expect(info.json.error.code).toBe("ok");
    expect(info.json.data.user).toMatchObject({
      open_id: tokens.open_id,
      display_name: "Alice Creates",
    });
    const creator = await api(
      "POST",
      "/v2/post/publish/creator_info/query/",
      tokens.access_token,
      {},
    );
    expect(creator.json.data).toMatchObject({
      creator_username: "sandbox_creator",
      privacy_level_options: ["SELF_ONLY"],
    });

    const video = readFileSync(path.join(FIXTURES, "reel-9x16-4s.mp4"));
    const init = await api("POST", "/v2/post/publish/video/init/", tokens.access_token, {
      post_info: {
        title: "Sandbox reel #socialite",
        privacy_level: "SELF_ONLY",
        disable_comment: false,
      },
      source_info: {
        source: "FILE_UPLOAD",
        video_size: video.length,
        chunk_size: video.length,
        total_chunk_count: 1,
      },
    });
    expect(init.status).toBe(200);
    const { publish_id, upload_url } = init.json.data as { publish_id: string; upload_url: string };
    expect(upload_url).toContain("/open-upload.tiktokapis.com/video/?upload_id=");
    const put = await fetch(upload_url, {
      method: "PUT",
      headers: {
        "content-type": "video/mp4",
        "content-range": `bytes 0-${video.length - 1}/${video.length}`,
      },
      body: video,
    });
    expect(put.status).toBe(201);
    const processing = await api("POST", "/v2/post/publish/status/fetch/", tokens.access_token, {
      publish_id,
    });
    expect(processing.json.data.status).toBe("PROCESSING_UPLOAD");
    await h.control("POST", "/_sandbox/clock", { advanceSeconds: 2 });
    const done = await api("POST", "/v2/post/publish/status/fetch/", tokens.access_token, {
      publish_id,
    });
    expect(done.json.data).toMatchObject({
      status: "PUBLISH_COMPLETE",
      publicaly_available_post_id: [],
      uploaded_bytes: video.length,
    });
    const { body } = await h.control<{ postsCreated: { tiktok: Record<string, number> } }>(
      "GET",
      "/_sandbox/counters",
    );
    expect(body.postsCreated.tiktok[tokens.open_id]).toBe(1);
  });

  it("pulls a video and photos from a verified URL", async () => {
    const { access_token } = await connect();
    const pulled = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { title: "pulled", privacy_level: "SELF_ONLY" },
      source_info: { source: "PULL_FROM_URL", video_url: `${h.media}/reel-9x16-4s.mp4` },
    });
    expect(pulled.status).toBe(200);
    const photos = await api("POST", "/v2/post/publish/content/init/", access_token, {
      media_type: "PHOTO",
      post_mode: "DIRECT_POST",
      post_info: { title: "photos", description: "two photos", privacy_level: "SELF_ONLY" },
      source_info: {
        source: "PULL_FROM_URL",
        photo_cover_index: 0,
        photo_images: [`${h.media}/square-1080.jpg`, `${h.media}/portrait-4x5.jpg`],
      },
    });
    expect(photos.status).toBe(200);
    for (const publishId of [pulled.json.data.publish_id, photos.json.data.publish_id]) {
      // The pull runs in the background: poll as a client would, moving the sandbox clock on.
      let status = "";
      for (let attempt = 0; attempt < 50 && status !== "PUBLISH_COMPLETE"; attempt += 1) {
        await h.control("POST", "/_sandbox/clock", { advanceSeconds: 2 });
        status = String(
          (
            await api("POST", "/v2/post/publish/status/fetch/", access_token, {
              publish_id: publishId,
            })
          ).json.data.status,
        );
        if (status !== "PUBLISH_COMPLETE") await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe("PUBLISH_COMPLETE");
    }
    const { body } = await h.control<{ posts: { media: string[] }[] }>(
      "GET",
      "/_sandbox/posts?network=tiktok",
    );
    expect(body.posts.map((post) => post.media.length).sort()).toEqual([1, 2]);
  });

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
    const revoke = await fetch(`${API()}/v2/oauth/revoke/`, {
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
    await h.control("PUT", "/_sandbox/config", {
      tiktok: { accessTokenTtlSeconds: 86400, refreshTokenTtlSeconds: 31536000 },
    });
    const tokens = await connect();
    expect(tokens.expires_in).toBe(86400);
    expect(tokens.refresh_expires_in).toBe(31536000);
    await h.control("POST", "/_sandbox/clock", { advanceSeconds: 86401 });
    expect(
      (await api("GET", "/v2/user/info/?fields=open_id", tokens.access_token)).json.error.code,
    ).toBe("access_token_invalid");
  });
});

describe("TikTok refusals", () => {
  it("refuses PKCE mismatch, reused codes, wrong secret and wrong redirect_uri", async () => {
    const pkce = pkcePair();
    const { body } = await h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({}, pkce.challenge),
    });
    const wrongSecret = await fetch(`${API()}/v2/oauth/token/`, {
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
    const second = await h.control<{ code: string }>("POST", "/_sandbox/authorize", {
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
    const { body } = await h.control<{ code: string }>("POST", "/_sandbox/authorize", {
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
    const missing = await h.control<{ error: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({ code_challenge: "" }),
    });
    expect(missing.body.error).toBe("invalid_request");
    const bad = await fetch(
      authorizeUrl({ client_key: "unknown" }).replace(
        "https://www.tiktok.com",
        `${h.url}/www.tiktok.com`,
      ),
      { redirect: "manual" },
    );
    expect(bad.status).toBe(400);
  });

  it("limits unaudited clients to SELF_ONLY on private accounts", async () => {
    const { access_token } = await connect();
    const source_info = { source: "PULL_FROM_URL", video_url: `${h.media}/reel-9x16-4s.mp4` };
    const publicPost = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { title: "x", privacy_level: "PUBLIC_TO_EVERYONE" },
      source_info,
    });
    expect(publicPost.status).toBe(400);
    expect(publicPost.json.error.code).toBe("privacy_level_option_mismatch");
    const bob = await connect("sandbox_public");
    const onPublic = await api("POST", "/v2/post/publish/video/init/", bob.access_token, {
      post_info: { title: "x", privacy_level: "SELF_ONLY" },
      source_info,
    });
    expect(onPublic.status).toBe(403);
    expect(onPublic.json.error.code).toBe("unaudited_client_can_only_post_to_private_accounts");
  });

  it("refuses unverified URLs, bad chunk plans, long titles and missing scopes", async () => {
    const { access_token } = await connect();
    const post_info = { title: "x", privacy_level: "SELF_ONLY" };
    const unverified = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info,
      source_info: { source: "PULL_FROM_URL", video_url: "https://cdn.elsewhere.example/v.mp4" },
    });
    expect(unverified.json.error.code).toBe("url_ownership_unverified");
    const chunks = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info,
      source_info: {
        source: "FILE_UPLOAD",
        video_size: 50_000_000,
        chunk_size: 10_000_000,
        total_chunk_count: 4,
      },
    });
    expect(chunks.json.error.code).toBe("invalid_params");
    const longTitle = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { ...post_info, title: "t".repeat(2201) },
      source_info: { source: "PULL_FROM_URL", video_url: `${h.media}/reel-9x16-4s.mp4` },
    });
    expect(longTitle.json.error.code).toBe("invalid_params");
    const pkce = pkcePair();
    const { body } = await h.control<{ code: string }>("POST", "/_sandbox/authorize", {
      url: authorizeUrl({ scope: "user.info.basic" }, pkce.challenge),
    });
    const limited = (await (
      await tokenCall({
        grant_type: "authorization_code",
        code: body.code,
        redirect_uri: REDIRECT,
        code_verifier: pkce.verifier,
      })
    ).json()) as { access_token: string };
    const noScope = await api(
      "POST",
      "/v2/post/publish/creator_info/query/",
      limited.access_token,
      {},
    );
    expect(noScope.status).toBe(401);
    expect(noScope.json.error.code).toBe("scope_not_authorized");
  });

  it("rejects out-of-order chunks with 416 and fails a non-video upload", async () => {
    const { access_token } = await connect();
    const bytes = readFileSync(path.join(FIXTURES, "square-1080.jpg"));
    const init = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { title: "x", privacy_level: "SELF_ONLY" },
      source_info: {
        source: "FILE_UPLOAD",
        video_size: bytes.length,
        chunk_size: bytes.length,
        total_chunk_count: 1,
      },
    });
    const { upload_url, publish_id } = init.json.data as { upload_url: string; publish_id: string };
    const wrong = await fetch(upload_url, {
      method: "PUT",
      headers: {
        "content-type": "video/mp4",
        "content-range": `bytes 10-${bytes.length - 1}/${bytes.length}`,
      },
      body: bytes.subarray(10),
    });
    expect(wrong.status).toBe(416);
    await fetch(upload_url, {
      method: "PUT",
      headers: {
        "content-type": "video/mp4",
        "content-range": `bytes 0-${bytes.length - 1}/${bytes.length}`,
      },
      body: bytes,
    });
    const status = await api("POST", "/v2/post/publish/status/fetch/", access_token, {
      publish_id,
    });
    expect(status.json.data).toMatchObject({
      status: "FAILED",
      fail_reason: "file_format_check_failed",
    });
  });

  it("enforces the 6 per minute init limit with rate_limit_exceeded", async () => {
    const { access_token } = await connect();
    const body = {
      post_info: { title: "x", privacy_level: "SELF_ONLY" },
      source_info: { source: "PULL_FROM_URL", video_url: `${h.media}/reel-9x16-4s.mp4` },
    };
    for (let i = 0; i < 6; i += 1)
      expect((await api("POST", "/v2/post/publish/video/init/", access_token, body)).status).toBe(
        200,
      );
    const limited = await api("POST", "/v2/post/publish/video/init/", access_token, body);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("rate_limit_exceeded");
  });
});
