import { describe, expect, it } from "vitest";
import { providerRejection as rejection } from "../testing/expect-error";
import { newStepStore, publishContext, reconcileInput } from "../testing/publish-context";
import { publishCounts, setupSandboxWithMedia } from "../testing/suite";

const env = setupSandboxWithMedia();

const ALICE_IG = "17841400000000001";

async function setup() {
  const instagram = env.sandbox.adapter("instagram");
  const [account] = (await env.sandbox.link("instagram", { user: ALICE_IG, adapter: instagram }))
    .accounts;
  return { instagram, account: account! };
}

const counts = async () => {
  const { posts, requests } = await publishCounts(env.sandbox, "instagram", ALICE_IG);
  return {
    posts,
    containers: requests.media ?? 0,
    publishes: requests.media_publish ?? 0,
  };
};

describe("Instagram publishing against the sandbox", () => {
  it("one image → container, FINISHED, media_publish, permalink; one post with the caption", async () => {
    const { instagram, account } = await setup();
    const image = await env.files.media("square-1080.jpg");
    const context = publishContext(account, { text: "Morning light #bakery", media: [image] });
    const post = await instagram.publish(context);
    expect(post.url).toBe(`https://www.instagram.com/p/${post.remoteId}/`);
    const posts = await env.sandbox.posts("instagram", ALICE_IG);
    expect(posts.map((entry) => [entry.remoteId, entry.text, entry.media.length])).toEqual([
      [post.remoteId, "Morning light #bakery", 1],
    ]);
    expect(Object.keys(context.store.steps).sort()).toEqual(["igContainer", "igMediaId"]);
    expect(env.files.downloads).toEqual(["jpeg/square-1080.jpg"]);
  });

  it("asks for the JPEG variant: a PNG goes out as JPEG and is accepted", async () => {
    const { instagram, account } = await setup();
    const png = await env.files.media("photo-4x3.png");
    await instagram.publish(publishContext(account, { text: "converted", media: [png] }));
    expect(env.files.downloads).toContain("jpeg/photo-4x3.png");
    expect((await counts()).posts).toBe(1);
  });

  it("a non-JPEG that reaches Instagram is refused there: invalid_content in its words", async () => {
    const { instagram, account } = await setup();
    const png = await env.files.media("photo-4x3.png", { lieAboutJpeg: true });
    const error = await rejection(
      instagram.publish(publishContext(account, { text: "png", media: [png] })),
    );
    expect(error).toMatchObject({ kind: "invalid_content", providerCode: "36001/2207005" });
    expect(error.message).toMatch(/JPEG/);
    expect((await counts()).posts).toBe(0);
  });

  it("a video → Reel (pulled, processed); 2 images → carousel of two", async () => {
    const { instagram, account } = await setup();
    const reel = await env.files.media("reel-9x16-4s.mp4");
    await instagram.publish(publishContext(account, { text: "A reel", media: [reel] }));
    const images = [
      await env.files.media("square-1080.jpg"),
      await env.files.media("portrait-4x5.jpg"),
    ];
    await instagram.publish(publishContext(account, { text: "A carousel", media: images }));
    const posts = await env.sandbox.posts("instagram", ALICE_IG);
    expect(posts.map((entry) => [entry.text, entry.media.length, entry.details.type])).toEqual([
      ["A carousel", 2, "carousel"],
      ["A reel", 1, "reels"],
    ]);
    expect(await counts()).toMatchObject({ posts: 2, containers: 4, publishes: 2 });
  });

  it("a retry with saved steps never creates a second container", async () => {
    const { instagram, account } = await setup();
    const image = await env.files.media("square-1080.jpg");
    const store = newStepStore();
    await env.sandbox.fault({
      network: "instagram",
      kind: "server_error",
      endpoint: "media_publish",
      status: 503,
    });
    const first = await rejection(
      instagram.publish(publishContext(account, { text: "retry me", media: [image], store })),
    );
    expect(first.kind).toBe("transient");
    expect(store.steps.igContainer).toEqual(expect.any(String));
    await instagram.publish(publishContext(account, { text: "retry me", media: [image], store }));
    expect(await counts()).toMatchObject({ posts: 1, containers: 1, publishes: 2 });
  });

  it("a dropped media_publish answer → unknown_outcome; findPublished finds the post", async () => {
    const { instagram, account } = await setup();
    const image = await env.files.media("square-1080.jpg");
    const store = newStepStore();
    const since = new Date();
    await env.sandbox.fault({
      network: "instagram",
      kind: "drop_after_create",
      endpoint: "media_publish",
    });
    const error = await rejection(
      instagram.publish(publishContext(account, { text: "lost answer", media: [image], store })),
    );
    expect(error.kind).toBe("unknown_outcome");
    const [posted] = await env.sandbox.posts("instagram", ALICE_IG);
    const found = await instagram.findPublished!(
      reconcileInput(account, "lost answer", since, store),
    );
    expect(found).toEqual({
      remoteId: posted!.remoteId,
      url: `https://www.instagram.com/p/${posted!.remoteId}/`,
    });
    // The worker may also simply resume: the PUBLISHED container is looked up, not re-published.
    const resumed = await instagram.publish(
      publishContext(account, { text: "lost answer", media: [image], store }),
    );
    expect(resumed.remoteId).toBe(posted!.remoteId);
    expect(await counts()).toMatchObject({ posts: 1, containers: 1, publishes: 1 });
  });

  it("a container that was never published: findPublished says so (null)", async () => {
    const { instagram, account } = await setup();
    const store = newStepStore();
    const image = await env.files.media("square-1080.jpg");
    await env.sandbox.fault({
      network: "instagram",
      kind: "hang",
      endpoint: "media_publish",
      hangMs: 5_000,
    });
    const impatient = env.sandbox.adapter("instagram", { timeoutMs: 300 });
    const error = await rejection(
      impatient.publish(publishContext(account, { text: "hung", media: [image], store })),
    );
    expect(error.kind).toBe("unknown_outcome");
    expect(
      await instagram.findPublished!(reconcileInput(account, "hung", new Date(0), store)),
    ).toBeNull();
  });

  it("rate limit → rate_limited with the announced wait; revoked token → auth", async () => {
    const { instagram, account } = await setup();
    const image = await env.files.media("square-1080.jpg");
    await env.sandbox.fault({
      network: "instagram",
      kind: "rate_limit",
      endpoint: "media",
      resetInSeconds: 300,
    });
    const limited = await rejection(
      instagram.publish(publishContext(account, { text: "a", media: [image] })),
    );
    expect(limited).toMatchObject({ kind: "rate_limited", retryAfterMs: 300_000 });
    await env.sandbox.revokeAtNetwork("instagram", ALICE_IG);
    const revoked = await rejection(
      instagram.publish(publishContext(account, { text: "b", media: [image] })),
    );
    expect(revoked.kind).toBe("auth");
  });

  it("the 24 h publishing cap, read from content_publishing_limit → rate_limited before creating", async () => {
    const { instagram, account } = await setup();
    await env.sandbox.configure({ instagram: { publishingQuota: 1 } });
    const image = await env.files.media("square-1080.jpg");
    await instagram.publish(publishContext(account, { text: "first", media: [image] }));
    const error = await rejection(
      instagram.publish(publishContext(account, { text: "second", media: [image] })),
    );
    expect(error).toMatchObject({ kind: "rate_limited", providerCode: "publishing_quota" });
    expect(await counts()).toMatchObject({ posts: 1, containers: 1 });
  });
});
