/**
 * Publishing to X (providers.md §1.4, §1.5): each file is uploaded once (one-shot for images,
 * initialize / append / finalize for video and GIF), its media id saved as a step before anything
 * else, then processing is awaited (STATUS, after check_after_secs) and the post is created with
 * the ids. A retry reuses every saved id that has not expired, so a file is never sent twice.
 */
import { z } from "zod";
import type { ProviderRuntime, RuntimeSource } from "../config";
import { ProviderError } from "../provider-error";
import { createdSince, pollUntil, readStep, sameText } from "../publish-support";
import type {
  ProviderPublishing,
  PublishContext,
  PublishedPost,
  PublishMedia,
  ReconcileInput,
} from "../publishing-types";
import { isAnimatedGif } from "../validation-rules";
import type { XMediaData } from "./publish-schemas";
import {
  appendXMedia,
  createXPost,
  finalizeXMedia,
  getXMediaStatus,
  initializeXMedia,
  listXPostsSince,
  uploadXMediaOneShot,
} from "./x-publish-api";

/** Step key: { [Socialite media id]: { id: X media id, expiresAt: epoch ms } }. */
const MEDIA_STEP = "xMedia";
const savedMedia = z.record(
  z.string(),
  z.object({ id: z.string().regex(/^\d{1,19}$/), expiresAt: z.number().optional() }),
);
type SavedMedia = z.infer<typeof savedMedia>;

// X accepts chunks up to 5 MB (legacy docs); 4 MiB leaves room for the multipart envelope.
const CHUNK_BYTES = 4 * 1024 * 1024;
// A saved id this close to expiring is uploaded again: the post may take a while to be created.
const EXPIRY_MARGIN_MS = 10 * 60_000;
const PROCESSING_BUDGET_MS = 3 * 60_000;

const needsProcessing = (media: PublishMedia) => media.kind === "video" || isAnimatedGif(media);

export const xPostUrl = (handle: string, id: string) =>
  `https://x.com/${encodeURIComponent(handle)}/status/${id}`;

async function upload(runtime: ProviderRuntime, token: string, media: PublishMedia) {
  const bytes = await media.read("original");
  let data: XMediaData;
  let ttl: number | undefined;
  if (!needsProcessing(media)) {
    data = await uploadXMediaOneShot(runtime, token, bytes, "tweet_image");
  } else {
    const category = media.kind === "video" ? "tweet_video" : "tweet_gif";
    const init = await initializeXMedia(runtime, token, {
      mediaType: media.mime,
      totalBytes: bytes.length,
      category,
    });
    for (let offset = 0, index = 0; offset < bytes.length; offset += CHUNK_BYTES, index += 1) {
      const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
      await appendXMedia(runtime, token, { mediaId: init.id, segmentIndex: index, chunk });
    }
    data = await finalizeXMedia(runtime, token, init.id);
    ttl = init.expires_after_secs;
  }
  ttl = data.expires_after_secs ?? ttl;
  return { id: data.id, ...(ttl ? { expiresAt: runtime.now().getTime() + ttl * 1000 } : {}) };
}

function awaitProcessing(runtime: ProviderRuntime, context: PublishContext, mediaId: string) {
  return pollUntil({
    runtime,
    provider: "x",
    network: "X",
    what: "the video to finish processing",
    budgetMs: PROCESSING_BUDGET_MS,
    ...(context.signal ? { signal: context.signal } : {}),
    check: async () => {
      const info = (await getXMediaStatus(runtime, context.accessToken, mediaId)).processing_info;
      if (!info || info.state === "succeeded") return { done: true };
      if (info.state === "failed") {
        throw new ProviderError({
          kind: "invalid_content",
          provider: "x",
          providerCode: info.error?.name ?? "media_processing_failed",
          message: `X could not process the media${info.error?.message ? `: ${info.error.message}` : "."}`,
        });
      }
      return { waitMs: Math.max(1, info.check_after_secs ?? 1) * 1000 };
    },
  });
}

async function publish(runtime: ProviderRuntime, context: PublishContext): Promise<PublishedPost> {
  const saved: SavedMedia = { ...readStep(context.steps, MEDIA_STEP, savedMedia) };
  const now = runtime.now().getTime();
  const ids: string[] = [];
  for (const media of context.media) {
    let entry = saved[media.id];
    if (entry?.expiresAt !== undefined && entry.expiresAt - EXPIRY_MARGIN_MS < now)
      entry = undefined;
    if (!entry) {
      entry = await upload(runtime, context.accessToken, media);
      saved[media.id] = entry;
      await context.saveSteps({ [MEDIA_STEP]: saved });
    }
    ids.push(entry.id);
  }
  for (const [index, media] of context.media.entries())
    if (needsProcessing(media)) await awaitProcessing(runtime, context, ids[index]!);
  await context.beforeCreate();
  const post = await createXPost(runtime, context.accessToken, {
    text: context.text,
    mediaIds: ids,
  });
  return { remoteId: post.id, url: xPostUrl(context.account.handle, post.id) };
}

async function findPublished(
  runtime: ProviderRuntime,
  input: ReconcileInput,
): Promise<PublishedPost | null> {
  const userId = String(input.account.metadata.userId ?? input.account.externalId);
  // A listing X refuses (e.g. outside the app's access tier) throws: "cannot tell" is not "absent".
  const posts = await listXPostsSince(runtime, input.accessToken, { userId, since: input.since });
  const match = posts.find(
    // start_time already filtered by time; created_at is checked again when X sends it.
    (post) =>
      sameText(input.text, post.text) &&
      (post.created_at === undefined || createdSince(post.created_at, input.since)),
  );
  return match ? { remoteId: match.id, url: xPostUrl(input.account.handle, match.id) } : null;
}

export const createXPublishing = (
  runtime: RuntimeSource,
): Pick<ProviderPublishing, "publish" | "findPublished"> => ({
  publish: (context) => publish(runtime(), context),
  findPublished: (input) => findPublished(runtime(), input),
});
