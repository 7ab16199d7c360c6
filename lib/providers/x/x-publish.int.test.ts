import { describe, expect, it } from "vitest";
import { providerRejection as rejection } from "../testing/expect-error";
import { newStepStore, publishContext, reconcileInput } from "../testing/publish-context";
import { publishCounts, setupSandboxWithMedia } from "../testing/suite";

const env = setupSandboxWithMedia();

const ALICE = "1500000000000000001";

async function setup() {
  const x = env.sandbox.adapter("x");
  const [account] = (await env.sandbox.link("x", { adapter: x })).accounts;
  return { x, account: account! };
}

const counts = async () => {
  const { posts, requests } = await publishCounts(env.sandbox, "x", ALICE);
  return {
    posts,
    uploads: (requests.media_upload ?? 0) + (requests.media_initialize ?? 0),
    tweets: requests.tweets ?? 0,
  };
};

describe("X publishing against the sandbox", () => {
  it("posts text: one post with that text, and its x.com URL", async () => {
    const { x, account } = await setup();
    const context = publishContext(account, {
      text: "Hello from Socialite 👋 https://example.com",
    });
    const post = await x.publish(context);
    expect(post.url).toBe(`https://x.com/sandbox_alice/status/${post.remoteId}`);
    const posts = await env.sandbox.posts("x", ALICE);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ remoteId: post.remoteId, text: context.text, media: [] });
    expect(context.store.createsSent).toBe(1);
  });

  it("posts an image (one-shot upload) and a video (chunked, processing awaited)", async () => {
    const { x, account } = await setup();
    const image = await env.files.media("square-1080.jpg");
    await x.publish(publishContext(account, { text: "a square", media: [image] }));
    const video = await env.files.media("landscape-16x9-3s-silent.mp4");
    await x.publish(publishContext(account, { text: "a clip", media: [video] }));
    const posts = await env.sandbox.posts("x", ALICE);
    expect(posts.map((post) => [post.text, post.media.length])).toEqual([
      ["a clip", 1],
      ["a square", 1],
    ]);
    const requests = (await env.sandbox.counters()).requests?.x as Record<string, number>;
    expect(requests).toMatchObject({
      media_upload: 1,
      media_initialize: 1,
      media_finalize: 1,
      tweets: 2,
    });
    expect(requests.media_status).toBeGreaterThanOrEqual(1);
  });

  it("a retry with saved steps never uploads again", async () => {
    const { x, account } = await setup();
    const store = newStepStore();
    const images = [
      await env.files.media("square-1080.jpg"),
      await env.files.media("photo-4x3.png"),
    ];
    await env.sandbox.fault({
      network: "x",
      kind: "server_error",
      endpoint: "tweets",
      status: 503,
    });
    const first = await rejection(
      x.publish(publishContext(account, { text: "two pictures", media: images, store })),
    );
    expect(first.kind).toBe("transient");
    expect(Object.keys(store.steps.xMedia as object)).toEqual(["square-1080.jpg", "photo-4x3.png"]);
    const before = await counts();
    expect(before).toMatchObject({ posts: 0, uploads: 2 });

    await x.publish(publishContext(account, { text: "two pictures", media: images, store }));
    expect(await counts()).toMatchObject({ posts: 1, uploads: 2 });
    expect((await env.sandbox.posts("x", ALICE))[0]?.media).toHaveLength(2);
  });

  it("rate limit → rate_limited with the wait from x-rate-limit-reset", async () => {
    const { x, account } = await setup();
    await env.sandbox.fault({
      network: "x",
      kind: "rate_limit",
      endpoint: "tweets",
      resetInSeconds: 300,
    });
    const error = await rejection(x.publish(publishContext(account, { text: "later" })));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBeGreaterThan(290_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(301_000);
  });

  it("server error → transient; revoked or expired token → auth", async () => {
    const { x, account } = await setup();
    await env.sandbox.fault({
      network: "x",
      kind: "server_error",
      endpoint: "tweets",
      status: 500,
    });
    expect((await rejection(x.publish(publishContext(account, { text: "a" })))).kind).toBe(
      "transient",
    );
    await env.sandbox.fault({ network: "x", kind: "expired_token", endpoint: "tweets" });
    expect((await rejection(x.publish(publishContext(account, { text: "b" })))).kind).toBe("auth");
    await env.sandbox.revokeAtNetwork("x", ALICE);
    const image = await env.files.media("square-1080.jpg");
    const revoked = await rejection(
      x.publish(publishContext(account, { text: "c", media: [image] })),
    );
    expect(revoked.kind).toBe("auth");
    expect((await counts()).posts).toBe(0);
  });

  it("a dropped answer after the post was created → unknown_outcome; findPublished finds it", async () => {
    const { x, account } = await setup();
    const text = "Posted, but the answer got lost https://example.com/a";
    const since = new Date();
    await env.sandbox.fault({ network: "x", kind: "drop_after_create", endpoint: "tweets" });
    const error = await rejection(x.publish(publishContext(account, { text })));
    expect(error.kind).toBe("unknown_outcome");
    expect((await counts()).posts).toBe(1);

    const found = await x.findPublished!(reconcileInput(account, text, since));
    const [posted] = await env.sandbox.posts("x", ALICE);
    expect(found).toEqual({
      remoteId: posted!.remoteId,
      url: `https://x.com/sandbox_alice/status/${posted!.remoteId}`,
    });
    expect(await x.findPublished!(reconcileInput(account, "something else", since))).toBeNull();
    expect((await counts()).posts).toBe(1);
  });

  it("duplicate text → invalid_content in X's words", async () => {
    const { x, account } = await setup();
    await x.publish(publishContext(account, { text: "same again" }));
    const error = await rejection(x.publish(publishContext(account, { text: "same again" })));
    expect(error.kind).toBe("invalid_content");
    expect(error.message).toMatch(/duplicate content/);
  });
});
