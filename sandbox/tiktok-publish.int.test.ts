/**
 * TikTok Content Posting over HTTP: creator info, direct posts (FILE_UPLOAD and PULL_FROM_URL),
 * photo posts, the unaudited-client rules, status/fetch outcomes (PUBLISH_COMPLETE with
 * publicaly_available_post_id, FAILED with fail_reason) and /v2/video/list/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, pkcePair } from "./test/harness";
import { REDIRECT, setupTikTokSuite } from "./test/tiktok-suite";

const s = setupTikTokSuite();
const { apiBase, authorizeUrl, tokenCall, connect, api } = s;

/** Polls status/fetch as a client would, moving the sandbox clock on, until the job settles. */
async function settle(accessToken: string, publishId: unknown): Promise<Record<string, unknown>> {
  let data: Record<string, unknown> = {};
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 2 });
    data = (
      await api("POST", "/v2/post/publish/status/fetch/", accessToken, { publish_id: publishId })
    ).json.data;
    if (data.status === "PUBLISH_COMPLETE" || data.status === "FAILED") return data;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return data;
}

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
    await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 2 });
    const done = await api("POST", "/v2/post/publish/status/fetch/", tokens.access_token, {
      publish_id,
    });
    expect(done.json.data).toMatchObject({
      status: "PUBLISH_COMPLETE",
      publicaly_available_post_id: [],
      uploaded_bytes: video.length,
    });
    const { body } = await s.h.control<{ postsCreated: { tiktok: Record<string, number> } }>(
      "GET",
      "/_sandbox/counters",
    );
    expect(body.postsCreated.tiktok[tokens.open_id]).toBe(1);
  });

  it("pulls a video and photos from a verified URL", async () => {
    const { access_token } = await connect();
    const pulled = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { title: "pulled", privacy_level: "SELF_ONLY" },
      source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` },
    });
    expect(pulled.status).toBe(200);
    const photos = await api("POST", "/v2/post/publish/content/init/", access_token, {
      media_type: "PHOTO",
      post_mode: "DIRECT_POST",
      post_info: { title: "photos", description: "two photos", privacy_level: "SELF_ONLY" },
      source_info: {
        source: "PULL_FROM_URL",
        photo_cover_index: 0,
        photo_images: [`${s.h.media}/square-1080.jpg`, `${s.h.media}/portrait-4x5.jpg`],
      },
    });
    expect(photos.status).toBe(200);
    for (const publishId of [pulled.json.data.publish_id, photos.json.data.publish_id]) {
      // The pull runs in the background: poll as a client would, moving the sandbox clock on.
      let status = "";
      for (let attempt = 0; attempt < 50 && status !== "PUBLISH_COMPLETE"; attempt += 1) {
        await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 2 });
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
    const { body } = await s.h.control<{ posts: { media: string[] }[] }>(
      "GET",
      "/_sandbox/posts?network=tiktok",
    );
    expect(body.posts.map((post) => post.media.length).sort()).toEqual([1, 2]);
  });
});

describe("TikTok publish outcomes", () => {
  it("PUBLISH_COMPLETE carries the public post id as an exact int64; /v2/video/list/ finds the post", async () => {
    await s.h.control("PUT", "/_sandbox/config", { tiktok: { audited: true } });
    const { access_token } = await connect("sandbox_public", {
      scope: "user.info.basic,video.publish,video.list",
    });
    const init = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { title: "public reel", privacy_level: "PUBLIC_TO_EVERYONE" },
      source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` },
    });
    expect(init.status).toBe(200);
    const done = await settle(access_token, init.json.data.publish_id);
    expect(done.status).toBe("PUBLISH_COMPLETE");
    expect(done.publicaly_available_post_id).toEqual([expect.any(Number)]);
    const raw = await (
      await fetch(`${apiBase()}/v2/post/publish/status/fetch/`, {
        method: "POST",
        headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
        body: JSON.stringify({ publish_id: init.json.data.publish_id }),
      })
    ).text();
    const exactId = /"publicaly_available_post_id":\[(\d+)\]/.exec(raw)?.[1] ?? "";
    const { body } = await s.h.control<{ posts: { remoteId: string }[] }>(
      "GET",
      "/_sandbox/posts?network=tiktok",
    );
    expect(body.posts[0]?.remoteId).toBe(exactId);

    const listRaw = await (
      await fetch(`${apiBase()}/v2/video/list/?fields=id,title,create_time,share_url`, {
        method: "POST",
        headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
        body: JSON.stringify({ max_count: 20 }),
      })
    ).text();
    const list = JSON.parse(listRaw) as {
      data: { videos: { id: string; title: string; share_url: string }[]; has_more: boolean };
      error: { code: string };
    };
    expect(list.error.code).toBe("ok");
    expect(list.data.videos).toEqual([
      expect.objectContaining({ id: exactId, title: "public reel" }),
    ]);
    expect(list.data.videos[0]?.share_url).toContain(`/@sandbox_public/video/${exactId}`);
    expect(list.data.has_more).toBe(false);
  });

  it("SELF_ONLY posts complete without a public id and stay out of /v2/video/list/; FAILED names its reason", async () => {
    const { access_token } = await connect("sandbox_creator", {
      scope: "user.info.basic,video.publish,video.list",
    });
    const init = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { title: "private reel", privacy_level: "SELF_ONLY" },
      source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` },
    });
    expect(await settle(access_token, init.json.data.publish_id)).toMatchObject({
      status: "PUBLISH_COMPLETE",
      publicaly_available_post_id: [],
    });
    const list = await api("POST", "/v2/video/list/?fields=id,title", access_token, {});
    expect(list.json.data).toMatchObject({ videos: [], has_more: false });
    const missing = await api("POST", "/v2/post/publish/video/init/", access_token, {
      post_info: { title: "gone", privacy_level: "SELF_ONLY" },
      source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/no-such-file.mp4` },
    });
    expect(await settle(access_token, missing.json.data.publish_id)).toMatchObject({
      status: "FAILED",
      fail_reason: "video_pull_failed",
    });
    const noScope = await connect();
    const refused = await api("POST", "/v2/video/list/?fields=id", noScope.access_token, {});
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("scope_not_authorized");
  });
});

describe("TikTok publishing refusals", () => {
  it("limits unaudited clients to SELF_ONLY on private accounts", async () => {
    const { access_token } = await connect();
    const source_info = { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` };
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
      source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` },
    });
    expect(longTitle.json.error.code).toBe("invalid_params");
    const pkce = pkcePair();
    const { body } = await s.h.control<{ code: string }>("POST", "/_sandbox/authorize", {
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
});
