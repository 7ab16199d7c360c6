/**
 * Content Posting API: video direct post and inbox upload (FILE_UPLOAD or PULL_FROM_URL), photo
 * posts (PULL_FROM_URL only), and status polling. Checks the documented caps: chunk rules,
 * title lengths, privacy options, unaudited-client limits, daily post and pending-share caps.
 */
import { z } from "zod";
import { markCreated } from "../../core/dispatch";
import { numericId, randomToken } from "../../core/ids";
import type { SentReply } from "../../core/reply";
import { contentType, jsonBody } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import type { SandboxUser } from "../../core/users";
import { requireTikTokUser } from "./auth";
import { apiError, apiOk, apiOkInt64, invalidParams } from "./errors";
import { isVerifiedUrl, startPull, statusOf } from "./jobs";
import type { PublishJob } from "./store";
import { privacyOptions } from "./user";

const MB = 1024 * 1024;
const PRIVACY = z.enum([
  "PUBLIC_TO_EVERYONE",
  "MUTUAL_FOLLOW_FRIENDS",
  "FOLLOWER_OF_CREATOR",
  "SELF_ONLY",
]);

const videoSchema = z.object({
  post_info: z
    .object({
      title: z.string().optional(),
      privacy_level: PRIVACY.optional(),
      disable_duet: z.boolean().optional(),
      disable_comment: z.boolean().optional(),
      disable_stitch: z.boolean().optional(),
      video_cover_timestamp_ms: z.number().int().min(0).optional(),
      brand_content_toggle: z.boolean().optional(),
      brand_organic_toggle: z.boolean().optional(),
      is_aigc: z.boolean().optional(),
    })
    .optional(),
  source_info: z.object({
    source: z.enum(["FILE_UPLOAD", "PULL_FROM_URL"]),
    video_size: z.number().int().positive().optional(),
    chunk_size: z.number().int().positive().optional(),
    total_chunk_count: z.number().int().positive().optional(),
    video_url: z.string().optional(),
  }),
});

const photoSchema = z.object({
  media_type: z.literal("PHOTO"),
  post_mode: z.enum(["DIRECT_POST", "MEDIA_UPLOAD"]),
  post_info: z.object({
    title: z.string().max(90).optional(),
    description: z.string().max(4000).optional(),
    privacy_level: PRIVACY.optional(),
    disable_comment: z.boolean().optional(),
    auto_add_music: z.boolean().optional(),
    brand_content_toggle: z.boolean().optional(),
    brand_organic_toggle: z.boolean().optional(),
  }),
  source_info: z.object({
    source: z.literal("PULL_FROM_URL"),
    photo_cover_index: z.number().int().min(0).optional(),
    photo_images: z.array(z.string()).min(1).max(35),
  }),
});

function readJson<T extends z.ZodType>(ctx: HandlerContext, schema: T): z.infer<T> | SentReply {
  if (!contentType(ctx.req).includes("application/json"))
    return invalidParams("Content-Type must be application/json; charset=UTF-8.");
  const parsed = schema.safeParse(jsonBody(ctx.req));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalidParams(
      `Invalid request body: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim(),
    );
  }
  return parsed.data;
}

const isReply = (value: unknown): value is SentReply =>
  typeof value === "object" && value !== null && (value as SentReply).type === "send";

/** The caps shared by every init endpoint; returns an error reply or nothing. */
function checkPosting(
  ctx: HandlerContext,
  user: SandboxUser,
  mode: PublishJob["mode"],
  privacy: string | undefined,
): SentReply | undefined {
  const { state } = ctx;
  const dayAgo = state.now() - 86_400_000;
  const recent = [...state.tiktok.jobs.values()].filter(
    (job) => job.ownerId === user.id && job.createdAt > dayAgo,
  );
  if (mode === "DIRECT_POST") {
    if (
      recent.filter((job) => job.mode === "DIRECT_POST").length >= state.config.tiktok.dailyPostCap
    ) {
      return apiError(
        403,
        "spam_risk_too_many_posts",
        "The user has reached the daily post cap for API clients.",
      );
    }
    if (!state.config.tiktok.audited && !user.isPrivate) {
      return apiError(
        403,
        "unaudited_client_can_only_post_to_private_accounts",
        "Unaudited clients can only post to a private account.",
      );
    }
    if (!privacy) return invalidParams("post_info.privacy_level is required.");
    if (!privacyOptions(ctx, user).includes(privacy)) {
      return apiError(
        400,
        "privacy_level_option_mismatch",
        "privacy_level is not one of the creator's privacy_level_options.",
      );
    }
  } else if (recent.filter((job) => job.mode === "MEDIA_UPLOAD").length >= 5) {
    return apiError(
      403,
      "spam_risk_too_many_pending_share",
      "The user has 5 pending shares in the last 24 hours.",
    );
  }
  return undefined;
}

/** The documented chunk rules of the media transfer guide. */
function chunkError(size: number, chunk: number, count: number): string | undefined {
  if (size > 4 * 1024 * MB) return "video_size exceeds 4 GB.";
  if (size < 5 * MB)
    return chunk === size && count === 1
      ? undefined
      : "Videos under 5 MB must be uploaded whole (chunk_size = video_size, total_chunk_count = 1).";
  if (chunk < 5 * MB || chunk > 64 * MB)
    return chunk === size && size <= 64 * MB
      ? undefined
      : "chunk_size must be between 5 MB and 64 MB.";
  const expected = Math.floor(size / chunk);
  if (count !== expected || count > 1000)
    return `total_chunk_count must be floor(video_size / chunk_size) = ${expected} (at most 1000).`;
  if (size - chunk * (count - 1) > 128 * MB) return "The final chunk may not exceed 128 MB.";
  return undefined;
}

function newJob(
  ctx: HandlerContext,
  user: SandboxUser,
  fields: Partial<PublishJob> & Pick<PublishJob, "mode" | "mediaType" | "source" | "publishId">,
): PublishJob {
  const job: PublishJob = {
    ownerId: user.id,
    title: "",
    description: "",
    privacyLevel: "",
    chunks: [],
    receivedBytes: 0,
    blobIds: [],
    recorded: false,
    createdAt: ctx.state.now(),
    ...fields,
  };
  ctx.state.tiktok.jobs.set(job.publishId, job);
  // The publish job exists from here on: the post follows without another call from the client.
  markCreated(ctx);
  return job;
}

function videoInit(ctx: HandlerContext, mode: PublishJob["mode"]): SentReply {
  const { user } = requireTikTokUser(
    ctx,
    mode === "DIRECT_POST" ? "video.publish" : "video.upload",
  );
  const body = readJson(ctx, videoSchema);
  if (isReply(body)) return body;
  const title = body.post_info?.title ?? "";
  if (title.length > 2200) return invalidParams("post_info.title exceeds 2200 UTF-16 runes.");
  const capError = checkPosting(ctx, user, mode, body.post_info?.privacy_level);
  if (capError) return capError;
  const source = body.source_info;
  const kind = source.source === "FILE_UPLOAD" ? "file" : "url";
  const publishId =
    mode === "DIRECT_POST"
      ? `v_pub_${kind}~v2-1.${numericId(19)}`
      : `v_inbox_${kind}~v2.${numericId(19)}`;
  const base = {
    mode,
    mediaType: "VIDEO" as const,
    source: source.source,
    publishId,
    title,
    privacyLevel: body.post_info?.privacy_level ?? "",
  };
  if (source.source === "PULL_FROM_URL") {
    if (!source.video_url)
      return invalidParams("source_info.video_url is required for PULL_FROM_URL.");
    if (!isVerifiedUrl(ctx.state, source.video_url))
      return apiError(
        403,
        "url_ownership_unverified",
        "The domain or URL prefix of video_url is not verified for this client.",
      );
    startPull(ctx.state, newJob(ctx, user, base), [source.video_url]);
    return apiOk({ publish_id: publishId });
  }
  const { video_size: size, chunk_size: chunk, total_chunk_count: count } = source;
  if (!size || !chunk || !count)
    return invalidParams(
      "video_size, chunk_size and total_chunk_count are required for FILE_UPLOAD.",
    );
  const rule = chunkError(size, chunk, count);
  if (rule) return invalidParams(rule);
  const uploadToken = randomToken(24);
  newJob(ctx, user, {
    ...base,
    uploadToken,
    uploadExpiresAt: ctx.state.now() + 3_600_000,
    videoSize: size,
    chunkSize: chunk,
    totalChunkCount: count,
  });
  const uploadUrl = `${ctx.req.origin}/open-upload.tiktokapis.com/video/?upload_id=${encodeURIComponent(publishId)}&upload_token=${uploadToken}`;
  return apiOk({ publish_id: publishId, upload_url: uploadUrl });
}

export const tiktokVideoInit = (ctx: HandlerContext): SentReply => videoInit(ctx, "DIRECT_POST");
export const tiktokInboxVideoInit = (ctx: HandlerContext): SentReply =>
  videoInit(ctx, "MEDIA_UPLOAD");

export function tiktokContentInit(ctx: HandlerContext): SentReply {
  const peek = jsonBody(ctx.req) as { post_mode?: string } | undefined;
  const mode = peek?.post_mode === "MEDIA_UPLOAD" ? "MEDIA_UPLOAD" : "DIRECT_POST";
  const { user } = requireTikTokUser(
    ctx,
    mode === "DIRECT_POST" ? "video.publish" : "video.upload",
  );
  const body = readJson(ctx, photoSchema);
  if (isReply(body)) return body;
  const capError = checkPosting(ctx, user, mode, body.post_info.privacy_level);
  if (capError) return capError;
  const images = body.source_info.photo_images;
  if ((body.source_info.photo_cover_index ?? 0) >= images.length)
    return invalidParams("photo_cover_index is out of range.");
  if (!images.every((url) => isVerifiedUrl(ctx.state, url)))
    return apiError(
      403,
      "url_ownership_unverified",
      "The domain or URL prefix of a photo_images URL is not verified for this client.",
    );
  const publishId = `p_pub_url~v2.${numericId(19)}`;
  const job = newJob(ctx, user, {
    mode,
    mediaType: "PHOTO",
    source: "PULL_FROM_URL",
    publishId,
    title: body.post_info.title ?? "",
    description: body.post_info.description ?? "",
    privacyLevel: body.post_info.privacy_level ?? "",
  });
  startPull(ctx.state, job, images);
  return apiOk({ publish_id: publishId });
}

export function tiktokStatusFetch(ctx: HandlerContext): SentReply {
  const { user } = requireTikTokUser(ctx);
  const body = readJson(ctx, z.object({ publish_id: z.string().min(1) }));
  if (isReply(body)) return body;
  const job = ctx.state.tiktok.jobs.get(body.publish_id);
  if (!job || job.ownerId !== user.id) return invalidParams("publish_id does not exist.");
  const status = statusOf(ctx.state, job);
  const isPublic = job.privacyLevel !== "" && job.privacyLevel !== "SELF_ONLY";
  return apiOkInt64({
    status,
    ...(job.failReason ? { fail_reason: job.failReason } : {}),
    publicaly_available_post_id:
      status === "PUBLISH_COMPLETE" && isPublic && job.postId ? [BigInt(job.postId)] : [],
    ...(job.source === "FILE_UPLOAD"
      ? { uploaded_bytes: job.receivedBytes }
      : { downloaded_bytes: job.receivedBytes }),
  });
}
