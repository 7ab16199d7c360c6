import { describe, expect, it } from "vitest";
import { providerRejection as rejection } from "../testing/expect-error";
import { newStepStore, publishContext, reconcileInput } from "../testing/publish-context";
import { publishCounts, setupSandboxWithMedia } from "../testing/suite";

const env = setupSandboxWithMedia();

const ALICE = "100000000000001";
const BAKERY = "200000000000001";

async function setup() {
  const facebook = env.sandbox.adapter("facebook");
  const { accounts } = await env.sandbox.link("facebook", {
    user: ALICE,
    pages: [BAKERY],
    adapter: facebook,
  });
  const account = accounts.find((entry) => entry.externalId === BAKERY)!;
  return { facebook, account };
}

const counts = async () => {
  const { posts, requests } = await publishCounts(env.sandbox, "facebook", BAKERY);
  return {
    posts,
    photos: requests.photos ?? 0,
    feed: requests.feed ?? 0,
  };
};

describe("Facebook Page publishing against the sandbox", () => {
  it("text → one feed post with the message and its Facebook URL", async () => {
    const { facebook, account } = await setup();
    const post = await facebook.publish(publishContext(account, { text: "Fresh bread at 7 🍞" }));
    expect(post.remoteId).toMatch(new RegExp(`^${BAKERY}_\\d+$`));
    expect(post.url).toBe(
      `https://www.facebook.com/${BAKERY}/posts/${post.remoteId.split("_")[1]}`,
    );
    const posts = await env.sandbox.posts("facebook", BAKERY);
    expect(posts.map((entry) => [entry.remoteId, entry.text])).toEqual([
      [post.remoteId, "Fresh bread at 7 🍞"],
    ]);
  });

  it("one image → one photo post (uploaded, captioned); a video → /videos pulling file_url", async () => {
    const { facebook, account } = await setup();
    const image = await env.files.media("square-1080.jpg");
    await facebook.publish(publishContext(account, { text: "Croissants", media: [image] }));
    const video = await env.files.media("landscape-16x9-3s-silent.mp4");
    const clip = await facebook.publish(
      publishContext(account, { text: "Oven tour", media: [video] }),
    );
    expect(clip.url).toBe(`https://www.facebook.com/${BAKERY}/videos/${clip.remoteId}`);
    const posts = await env.sandbox.posts("facebook", BAKERY);
    expect(posts.map((entry) => [entry.text, entry.media.length])).toEqual([
      ["Oven tour", 1],
      ["Croissants", 1],
    ]);
    expect(env.files.downloads).toContain("original/landscape-16x9-3s-silent.mp4");
    expect(await counts()).toMatchObject({ posts: 2, photos: 1, feed: 0 });
  });

  it("several images → unpublished photos, then one post; a retry never uploads again", async () => {
    const { facebook, account } = await setup();
    const images = [
      await env.files.media("square-1080.jpg"),
      await env.files.media("portrait-4x5.jpg"),
    ];
    const store = newStepStore();
    await env.sandbox.fault({
      network: "facebook",
      kind: "server_error",
      endpoint: "feed",
      status: 503,
    });
    const first = await rejection(
      facebook.publish(publishContext(account, { text: "Two loaves", media: images, store })),
    );
    expect(first.kind).toBe("transient");
    expect(Object.keys(store.steps.facebookPhotos as object)).toHaveLength(2);
    expect(await counts()).toMatchObject({ posts: 0, photos: 2 });

    await facebook.publish(publishContext(account, { text: "Two loaves", media: images, store }));
    expect(await counts()).toMatchObject({ posts: 1, photos: 2 });
    const [post] = await env.sandbox.posts("facebook", BAKERY);
    expect(post).toMatchObject({ text: "Two loaves" });
    expect(post?.media).toHaveLength(2);
  });

  it("Page throttling → rate_limited with the wait the usage header announces", async () => {
    const { facebook, account } = await setup();
    await env.sandbox.fault({
      network: "facebook",
      kind: "rate_limit",
      endpoint: "feed",
      resetInSeconds: 600,
    });
    const error = await rejection(facebook.publish(publishContext(account, { text: "later" })));
    expect(error).toMatchObject({ kind: "rate_limited", providerCode: "80001" });
    expect(error.retryAfterMs).toBe(600_000);
  });

  it("server error → transient; a revoked Page token → auth", async () => {
    const { facebook, account } = await setup();
    await env.sandbox.fault({
      network: "facebook",
      kind: "server_error",
      endpoint: "feed",
      status: 500,
    });
    expect((await rejection(facebook.publish(publishContext(account, { text: "a" })))).kind).toBe(
      "transient",
    );
    await env.sandbox.fault({ network: "facebook", kind: "revoked_token", endpoint: "feed" });
    expect((await rejection(facebook.publish(publishContext(account, { text: "b" })))).kind).toBe(
      "auth",
    );
    expect((await counts()).posts).toBe(0);
  });

  it("a dropped answer after the post was created → unknown_outcome; findPublished finds it", async () => {
    const { facebook, account } = await setup();
    const text = "Open on Sunday";
    const since = new Date();
    await env.sandbox.fault({ network: "facebook", kind: "drop_after_create", endpoint: "feed" });
    expect((await rejection(facebook.publish(publishContext(account, { text })))).kind).toBe(
      "unknown_outcome",
    );
    const [posted] = await env.sandbox.posts("facebook", BAKERY);
    const found = await facebook.findPublished!(reconcileInput(account, text, since));
    expect(found?.remoteId).toBe(posted?.remoteId);
    expect(found?.url).toContain(`${BAKERY}/posts/`);
    expect(await facebook.findPublished!(reconcileInput(account, "Closed", since))).toBeNull();
    expect((await counts()).posts).toBe(1);
  });

  it("a duplicate of the last message → invalid_content in Facebook's words", async () => {
    const { facebook, account } = await setup();
    await facebook.publish(publishContext(account, { text: "same" }));
    const error = await rejection(facebook.publish(publishContext(account, { text: "same" })));
    expect(error.kind).toBe("invalid_content");
    expect(error.message).toMatch(/Duplicate/);
  });
});
