/**
 * Publishing to TikTok (providers.md §4.6): creator info first (privacy options, disabled
 * interactions), then one direct-post job pulling the media from Socialite's URLs (a video, or
 * 1–35 photos), its publish_id saved as a step at once, then status polling until
 * PUBLISH_COMPLETE or FAILED. A retry with a saved publish_id only polls: TikTok already has the
 * job and would post a second copy if asked again.
 */
import { z } from "zod";
import type { ProviderRuntime, RuntimeSource } from "../config";
import { ProviderError } from "../provider-error";
import { pollUntil, readStep } from "../publish-support";
import type {
  ProviderPublishing,
  PublishContext,
  PublishedPost,
  PublishMedia,
  ReconcileInput,
} from "../publishing-types";
import { resolvePostInfo, toPublishOptions } from "./publish-options";
import { failReasonError } from "./tiktok-errors";
import {
  fetchPublishStatus,
  initPhotoPost,
  initVideoPost,
  type PublishStatus,
  queryCreatorInfo,
} from "./tiktok-publish-api";
import { tiktokSettingsSchema } from "./validate";

/** Step key: the publish job and what building its URL needs later. */
const JOB_STEP = "tiktokPublish";
const savedJob = z.object({
  publishId: z.string().min(1),
  username: z.string().min(1),
  isPhoto: z.boolean(),
});
type SavedJob = z.infer<typeof savedJob>;

const POLL_BUDGET_MS = 5 * 60_000;
// status/fetch allows 30 calls a minute per user; start quick, settle at one every 10 s.
const pollDelayMs = (attempt: number) => Math.min(10_000, 1_000 * 2 ** attempt);

export type TikTokPublishingOptions = {
  /** True once TikTok has audited the app; until then every post is SELF_ONLY. */
  audited?: boolean;
};

// TikTok takes photos as JPEG or WebP; anything else goes as Socialite's JPEG rendering.
const photoUrl = (media: PublishMedia) =>
  media.url(media.mime === "image/jpeg" || media.mime === "image/webp" ? "original" : "jpeg");

function toPublished(job: SavedJob, status: PublishStatus): PublishedPost {
  const profile = `https://www.tiktok.com/@${encodeURIComponent(job.username)}`;
  const postId = status.publicaly_available_post_id?.[0];
  // Private (SELF_ONLY) posts get no public id: the publish id identifies the post instead.
  if (!postId) return { remoteId: job.publishId, url: profile };
  return { remoteId: postId, url: `${profile}/${job.isPhoto ? "photo" : "video"}/${postId}` };
}

function failed(status: PublishStatus): ProviderError {
  return new ProviderError({ ...failReasonError(status.fail_reason), provider: "tiktok" });
}

async function startJob(
  runtime: ProviderRuntime,
  context: PublishContext,
  audited: boolean,
): Promise<SavedJob> {
  const token = context.accessToken;
  const settings = tiktokSettingsSchema.safeParse(context.settings);
  if (!settings.success)
    throw new ProviderError({
      kind: "invalid_content",
      provider: "tiktok",
      providerCode: "invalid_settings",
      message: "The TikTok options are not valid; choose them again.",
    });
  const info = await queryCreatorInfo(runtime, token);
  const video = context.media.find((media) => media.kind === "video");
  const postInfo = resolvePostInfo(info, settings.data, audited, Boolean(video));
  await context.beforeCreate();
  const publishId = video
    ? await initVideoPost(runtime, token, {
        title: context.text,
        postInfo,
        videoUrl: video.url("original"),
      })
    : await initPhotoPost(runtime, token, {
        description: context.text,
        postInfo,
        photoUrls: context.media.map(photoUrl),
      });
  return { publishId, username: info.creator_username, isPhoto: !video };
}

async function publish(
  runtime: ProviderRuntime,
  context: PublishContext,
  audited: boolean,
): Promise<PublishedPost> {
  let job = readStep(context.steps, JOB_STEP, savedJob);
  if (!job) {
    job = await startJob(runtime, context, audited);
    await context.saveSteps({ [JOB_STEP]: job });
  }
  const { publishId } = job;
  let attempt = 0;
  const status = await pollUntil<PublishStatus>({
    runtime,
    provider: "tiktok",
    network: "TikTok",
    what: "the post to be published",
    budgetMs: POLL_BUDGET_MS,
    ...(context.signal ? { signal: context.signal } : {}),
    check: async () => {
      const current = await fetchPublishStatus(runtime, context.accessToken, publishId);
      return current.status === "PUBLISH_COMPLETE" || current.status === "FAILED"
        ? { done: current }
        : { waitMs: pollDelayMs(attempt++) };
    },
  });
  if (status.status === "FAILED") {
    // Nothing was posted: the next attempt must start a new job, not poll this one again.
    await context.saveSteps({ [JOB_STEP]: null });
    throw failed(status);
  }
  return toPublished(job, status);
}

/**
 * Only a saved publish_id can be looked up: TikTok offers no list of recent posts for this
 * scope, so without one the outcome is unknowable (thrown, the target stays UNCONFIRMED). With
 * one, null is safe for FAILED and still-processing jobs alike: publish resumes from the saved
 * publish_id and only polls, it never starts a second job.
 */
async function findPublished(
  runtime: ProviderRuntime,
  input: ReconcileInput,
): Promise<PublishedPost | null> {
  const job = readStep(input.steps, JOB_STEP, savedJob);
  if (!job) {
    throw new ProviderError({
      kind: "unknown_outcome",
      provider: "tiktok",
      providerCode: "no_publish_id",
      message:
        "TikTok did not confirm the post and offers no way to look it up. Check the TikTok app before posting it again.",
    });
  }
  const status = await fetchPublishStatus(runtime, input.accessToken, job.publishId);
  return status.status === "PUBLISH_COMPLETE" ? toPublished(job, status) : null;
}

export const createTikTokPublishing = (
  runtime: RuntimeSource,
  options: TikTokPublishingOptions = {},
): Pick<ProviderPublishing, "publish" | "findPublished" | "publishOptions"> => {
  const audited = options.audited ?? false;
  return {
    publish: (context) => publish(runtime(), context, audited),
    findPublished: (input) => findPublished(runtime(), input),
    publishOptions: async ({ accessToken }) =>
      toPublishOptions(await queryCreatorInfo(runtime(), accessToken), audited),
  };
};
