import { describe, expect, it } from "vitest";
import { providerRejection as rejection } from "../testing/expect-error";
import {
  publishContext as anyPublishContext,
  newStepStore,
  reconcileInput,
} from "../testing/publish-context";
import { publishCounts, setupSandboxWithMedia } from "../testing/suite";
import { createTikTokProvider } from "./tiktok-provider";

// PULL_FROM_URL only takes verified prefixes (providers.md §4.6): verify the media server's.
const env = setupSandboxWithMedia(({ sandbox, files }) =>
  sandbox.configure({ tiktok: { verifiedUrlPrefixes: [`${files.origin}/`] } }),
);

const CREATOR = "-000SandboxCreatorAlice0000000001";

/** Every stored TikTok target names its audience: "Only me" unless a test says otherwise. */
const publishContext: typeof anyPublishContext = (account, input) =>
  anyPublishContext(account, {
    ...input,
    settings: { privacyLevel: "SELF_ONLY", ...input.settings },
  });

async function setup(options: { user?: string; audited?: boolean } = {}) {
  const tiktok = createTikTokProvider(() => env.sandbox.runtime("tiktok"), {
    audited: options.audited ?? false,
  });
  const [account] = (
    await env.sandbox.link("tiktok", {
      adapter: tiktok,
      ...(options.user ? { user: options.user } : {}),
    })
  ).accounts;
  return { tiktok, account: account! };
}

const counts = async (account = CREATOR) => {
  const { posts, requests } = await publishCounts(env.sandbox, "tiktok", account);
  return {
    posts,
    inits: (requests.video_init ?? 0) + (requests.content_init ?? 0),
  };
};

describe("TikTok publishing against the sandbox", () => {
  it("a video: creator info, PULL_FROM_URL, status until PUBLISH_COMPLETE; SELF_ONLY while unaudited", async () => {
    const { tiktok, account } = await setup();
    const video = await env.files.media("reel-9x16-4s.mp4");
    const context = publishContext(account, {
      text: "First clip",
      media: [video],
      settings: { privacyLevel: "SELF_ONLY" },
    });
    const post = await tiktok.publish(context);
    // A private post has no public id: the publish id stands in, the URL is the profile.
    expect(post).toEqual({
      remoteId: expect.stringMatching(/^v_pub_url~/),
      url: "https://www.tiktok.com/@sandbox_creator",
    });
    const posts = await env.sandbox.posts("tiktok", CREATOR);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ text: "First clip", details: { privacy: "SELF_ONLY" } });
    expect(posts[0]?.media).toHaveLength(1);
    expect(env.files.downloads).toEqual(["original/reel-9x16-4s.mp4"]);
  });

  it("photos: one photo post with the text as description, pulled by URL", async () => {
    const { tiktok, account } = await setup();
    const photos = [
      await env.files.media("square-1080.jpg"),
      await env.files.media("photo-4x3.png"),
    ];
    await tiktok.publish(
      publishContext(account, {
        text: "Two photos",
        media: photos,
        settings: { privacyLevel: "SELF_ONLY" },
      }),
    );
    const [post] = await env.sandbox.posts("tiktok", CREATOR);
    expect(post).toMatchObject({ text: "Two photos", details: { type: "photo post" } });
    expect(post?.media).toHaveLength(2);
    // TikTok takes JPEG or WebP: the PNG went as its JPEG rendering.
    expect(env.files.downloads.sort()).toEqual(["jpeg/photo-4x3.png", "original/square-1080.jpg"]);
  });

  it("unaudited: SELF_ONLY is enforced before anything is sent", async () => {
    const { tiktok, account } = await setup();
    const options = await tiktok.publishOptions!({
      accessToken: account.tokens.accessToken,
      account,
    });
    expect(options.fields[0]).toMatchObject({ choices: [{ value: "SELF_ONLY" }] });
    const video = await env.files.media("reel-9x16-4s.mp4");
    const error = await rejection(
      tiktok.publish(
        publishContext(account, {
          text: "public?",
          media: [video],
          settings: { privacyLevel: "FOLLOWER_OF_CREATOR" },
        }),
      ),
    );
    expect(error).toMatchObject({
      kind: "invalid_content",
      providerCode: "privacy_level_option_mismatch",
    });
    expect(await counts()).toEqual({ posts: 0, inits: 0 });
  });

  it("a target without an audience is refused before anything is sent", async () => {
    const { tiktok, account } = await setup();
    const video = await env.files.media("reel-9x16-4s.mp4");
    const error = await rejection(
      tiktok.publish(anyPublishContext(account, { text: "No audience", media: [video] })),
    );
    expect(error).toMatchObject({
      kind: "invalid_content",
      providerCode: "privacy_level_required",
    });
    expect(await counts()).toEqual({ posts: 0, inits: 0 });
  });

  it("unaudited, public account: TikTok refuses (invalid_content)", async () => {
    const { tiktok, account } = await setup({ user: "sandbox_public" });
    const video = await env.files.media("reel-9x16-4s.mp4");
    const error = await rejection(
      tiktok.publish(publishContext(account, { text: "x", media: [video] })),
    );
    expect(error).toMatchObject({
      kind: "invalid_content",
      providerCode: "unaudited_client_can_only_post_to_private_accounts",
    });
  });

  it("audited, public post: the public post id and its video URL", async () => {
    await env.sandbox.configure({ tiktok: { audited: true } });
    const { tiktok, account } = await setup({ user: "sandbox_public", audited: true });
    const video = await env.files.media("reel-9x16-4s.mp4");
    const post = await tiktok.publish(
      publishContext(account, {
        text: "For everyone",
        media: [video],
        settings: { privacyLevel: "PUBLIC_TO_EVERYONE" },
      }),
    );
    const [posted] = await env.sandbox.posts("tiktok", account.externalId);
    expect(post).toEqual({
      remoteId: posted!.remoteId,
      url: `https://www.tiktok.com/@sandbox_public/video/${posted!.remoteId}`,
    });
  });

  it("a retry with the saved publish_id only polls: no second job", async () => {
    const { tiktok, account } = await setup();
    const video = await env.files.media("reel-9x16-4s.mp4");
    const store = newStepStore();
    await env.sandbox.fault({
      network: "tiktok",
      kind: "server_error",
      endpoint: "status",
      status: 500,
    });
    const first = await rejection(
      tiktok.publish(publishContext(account, { text: "resume", media: [video], store })),
    );
    expect(first.kind).toBe("transient");
    expect(store.steps.tiktokPublish).toMatchObject({ publishId: expect.any(String) });
    await tiktok.publish(publishContext(account, { text: "resume", media: [video], store }));
    expect(await counts()).toEqual({ posts: 1, inits: 1 });
  });

  it("a lost status answer: findPublished asks with the saved publish_id", async () => {
    const { tiktok, account } = await setup();
    const video = await env.files.media("reel-9x16-4s.mp4");
    const store = newStepStore();
    await env.sandbox.fault({ network: "tiktok", kind: "drop", endpoint: "status" });
    await rejection(
      tiktok.publish(publishContext(account, { text: "found", media: [video], store })),
    );
    // Still processing reads as null (publish would resume the same job); then it is found.
    let found = null;
    for (let tries = 0; tries < 40 && !found; tries += 1) {
      await env.sandbox.advanceClock(2);
      await new Promise((resolve) => setTimeout(resolve, 25));
      found = await tiktok.findPublished!(reconcileInput(account, "found", new Date(0), store));
    }
    expect(found).toMatchObject({
      remoteId: (store.steps.tiktokPublish as { publishId: string }).publishId,
    });
    expect(await counts()).toEqual({ posts: 1, inits: 1 });
  });

  it("a dropped init answer → unknown_outcome; without a publish_id TikTok cannot tell", async () => {
    const { tiktok, account } = await setup();
    const video = await env.files.media("reel-9x16-4s.mp4");
    const store = newStepStore();
    await env.sandbox.fault({
      network: "tiktok",
      kind: "drop_after_create",
      endpoint: "video_init",
    });
    const error = await rejection(
      tiktok.publish(publishContext(account, { text: "lost", media: [video], store })),
    );
    expect(error.kind).toBe("unknown_outcome");
    expect(store.createsSent).toBe(1);
    const reconcile = await rejection(
      tiktok.findPublished!(reconcileInput(account, "lost", new Date(0), store)),
    );
    expect(reconcile.kind).toBe("unknown_outcome");
  });

  it("rate limit → rate_limited with TikTok's 1-minute window; revoked token → auth", async () => {
    const { tiktok, account } = await setup();
    const video = await env.files.media("reel-9x16-4s.mp4");
    await env.sandbox.fault({ network: "tiktok", kind: "rate_limit", endpoint: "video_init" });
    const limited = await rejection(
      tiktok.publish(publishContext(account, { text: "a", media: [video] })),
    );
    expect(limited).toMatchObject({ kind: "rate_limited", retryAfterMs: 60_000 });
    await env.sandbox.revokeAtNetwork("tiktok", CREATOR);
    const revoked = await rejection(
      tiktok.publish(publishContext(account, { text: "b", media: [video] })),
    );
    expect(revoked.kind).toBe("auth");
    expect((await counts()).posts).toBe(0);
  });
});
