/**
 * TikTok faults and limits over HTTP: the per-minute init limit, and drop_after_create /
 * hang_after_create on the init calls (the publish job exists and the post follows, although the
 * client never learned its publish_id).
 */
import { describe, expect, it } from "vitest";
import { setupTikTokSuite } from "./test/tiktok-suite";

const s = setupTikTokSuite();
const { apiBase, connect, api } = s;

const init = (route: string, accessToken: string, body: unknown, signal?: AbortSignal) =>
  fetch(`${apiBase()}${route}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${accessToken}`,
      "content-type": "application/json; charset=UTF-8",
    },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });

async function postsAfterProcessing(): Promise<{ text: string }[]> {
  let posts: { text: string }[] = [];
  for (let attempt = 0; attempt < 50 && posts.length === 0; attempt += 1) {
    await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 2 });
    posts = (
      await s.h.control<{ posts: { text: string }[] }>("GET", "/_sandbox/posts?network=tiktok")
    ).body.posts;
    if (posts.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return posts;
}

describe("TikTok limits and create-call faults", () => {
  it("enforces the 6 per minute init limit with rate_limit_exceeded", async () => {
    const { access_token } = await connect();
    const body = {
      post_info: { title: "x", privacy_level: "SELF_ONLY" },
      source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` },
    };
    for (let i = 0; i < 6; i += 1)
      expect((await api("POST", "/v2/post/publish/video/init/", access_token, body)).status).toBe(
        200,
      );
    const limited = await api("POST", "/v2/post/publish/video/init/", access_token, body);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("rate_limit_exceeded");
  });

  it("drop_after_create on video/init: no answer, but the job runs and the post appears", async () => {
    await s.h.control("PUT", "/_sandbox/config", { tiktok: { audited: true } });
    const { access_token } = await connect("sandbox_public", {
      scope: "user.info.basic,video.publish,video.list",
    });
    await s.h.control("POST", "/_sandbox/faults", {
      network: "tiktok",
      kind: "drop_after_create",
    });
    await expect(
      init("/v2/post/publish/video/init/", access_token, {
        post_info: { title: "lost answer", privacy_level: "PUBLIC_TO_EVERYONE" },
        source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` },
      }),
    ).rejects.toThrow();
    expect((await postsAfterProcessing()).map((post) => post.text)).toEqual(["lost answer"]);
    const list = await api("POST", "/v2/video/list/?fields=id,title", access_token, {});
    expect(list.json.data.videos).toEqual([expect.objectContaining({ title: "lost answer" })]);
    const { body } = await s.h.control<{ faultsFired: { tiktok: Record<string, number> } }>(
      "GET",
      "/_sandbox/counters",
    );
    expect(body.faultsFired.tiktok).toEqual({ drop_after_create: 1 });
  });

  it("a refused init leaves drop_after_create armed; hang_after_create fires on content/init", async () => {
    const { access_token } = await connect();
    await s.h.control("POST", "/_sandbox/faults", {
      network: "tiktok",
      kind: "drop_after_create",
      endpoint: "publish",
    });
    const refused = await init("/v2/post/publish/video/init/", access_token, {
      post_info: { title: "x", privacy_level: "PUBLIC_TO_EVERYONE" },
      source_info: { source: "PULL_FROM_URL", video_url: `${s.h.media}/reel-9x16-4s.mp4` },
    });
    expect(refused.status).toBe(400);
    expect(
      (await s.h.control<{ faults: unknown[] }>("GET", "/_sandbox/faults")).body.faults,
    ).toHaveLength(1);
    await s.h.control("DELETE", "/_sandbox/faults");
    await s.h.control("POST", "/_sandbox/faults", {
      network: "tiktok",
      kind: "hang_after_create",
      endpoint: "content_init",
      hangMs: 30,
    });
    await expect(
      init("/v2/post/publish/content/init/", access_token, {
        media_type: "PHOTO",
        post_mode: "DIRECT_POST",
        post_info: { title: "photo", privacy_level: "SELF_ONLY" },
        source_info: { source: "PULL_FROM_URL", photo_images: [`${s.h.media}/square-1080.jpg`] },
      }),
    ).rejects.toThrow();
    expect((await postsAfterProcessing()).map((post) => post.text)).toEqual(["photo"]);
  });
});
