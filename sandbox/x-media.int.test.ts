/** X media upload over HTTP: one-shot and chunked uploads, STATUS polling, attaching media to posts. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./test/harness";
import { describeXFidelity, setupXSuite } from "./test/x-suite";

const s = setupXSuite();
const { connect } = s;

describe("X media upload", () => {
  it("uploads media one-shot and chunked, polls STATUS, and attaches it", async () => {
    const { access_token } = await connect();
    const jpeg = readFileSync(path.join(FIXTURES, "square-1080.jpg"));
    const oneShot = new FormData();
    oneShot.append("media", new Blob([jpeg], { type: "image/jpeg" }), "square.jpg");
    oneShot.append("media_category", "tweet_image");
    const image = await s.x.call("POST", "/2/media/upload", { token: access_token, form: oneShot });
    expect(image.status).toBe(200);
    expect(image.json.data).toMatchObject({
      image: { image_type: "image/jpeg", w: 1080, h: 1080 },
    });

    const video = readFileSync(path.join(FIXTURES, "reel-9x16-4s.mp4"));
    const init = await s.x.call("POST", "/2/media/upload/initialize", {
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
        (
          await s.x.call("POST", `/2/media/upload/${id}/append`, {
            token: access_token,
            form: part,
          })
        ).status,
      ).toBe(200);
    }
    const finalize = await s.x.call("POST", `/2/media/upload/${id}/finalize`, {
      token: access_token,
    });
    expect(finalize.json.data).toMatchObject({
      id,
      size: video.length,
      processing_info: { state: "pending" },
    });
    const early = await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "too early", media: { media_ids: [id] } },
    });
    expect(early.status).toBe(400);
    await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 5 });
    const status = await s.x.call("GET", `/2/media/upload?command=STATUS&media_id=${id}`, {
      token: access_token,
    });
    expect(status.json.data).toMatchObject({ processing_info: { state: "succeeded" } });

    const withVideo = await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "video post", media: { media_ids: [id] } },
    });
    expect(withVideo.status).toBe(201);
    const imageId = (image.json.data as { id: string }).id;
    const mixed = await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "mixed", media: { media_ids: [id, imageId] } },
    });
    expect(mixed.status).toBe(400);
    const posts = await s.h.control<{ posts: { media: string[] }[] }>(
      "GET",
      "/_sandbox/posts?network=x",
    );
    expect(posts.body.posts[0]?.media).toHaveLength(1);
  });
});

describeXFidelity(s, 8);
