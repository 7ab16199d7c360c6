/**
 * POST /v2/video/list/ (scope video.list): the creator's public videos, newest first, with the
 * documented cursor (Unix ms) / max_count (≤ 20) paging. This is TikTok's only listing, and it
 * shows public posts only: a SELF_ONLY post (everything an unaudited client publishes) cannot be
 * found here, only through /post/publish/status/fetch/ with its publish_id.
 */
import { z } from "zod";
import type { SentReply } from "../../core/reply";
import { contentType, jsonBody } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import { requireTikTokUser } from "./auth";
import { apiOkInt64, invalidParams } from "./errors";
import { statusOf } from "./jobs";
import { VIDEO_FIELDS } from "./scopes";
import type { PublishJob } from "./store";

const bodySchema = z
  .object({
    cursor: z.number().int().min(0).optional(),
    max_count: z.number().int().min(1).max(20).optional(),
  })
  .strict();

function videoObject(job: PublishJob, username: string): Record<string, unknown> {
  const id = job.postId ?? "";
  const share = `https://www.tiktok.com/@${username}/video/${id}`;
  return {
    id,
    create_time: Math.floor((job.publishedAt ?? job.createdAt) / 1000),
    cover_image_url: `https://p16-sign.tiktokcdn-us.com/sandbox/${id}.jpeg`,
    share_url: share,
    video_description: job.title,
    duration: 4,
    height: 1920,
    width: 1080,
    title: job.title,
    embed_html: `<blockquote class="tiktok-embed" cite="${share}" data-video-id="${id}"></blockquote>`,
    embed_link: `https://www.tiktok.com/player/v1/${id}`,
    like_count: 0,
    comment_count: 0,
    share_count: 0,
    view_count: 0,
  };
}

export function tiktokVideoList(ctx: HandlerContext): SentReply {
  const { user } = requireTikTokUser(ctx, "video.list");
  const fields = (ctx.req.query.get("fields") ?? "")
    .split(",")
    .map((field) => field.trim())
    .filter(Boolean);
  if (fields.length === 0) return invalidParams("The fields parameter is required.");
  const unknown = fields.find((field) => !(VIDEO_FIELDS as readonly string[]).includes(field));
  if (unknown) return invalidParams(`Invalid field: ${unknown}.`);
  if (ctx.req.rawBody.length > 0 && !contentType(ctx.req).includes("application/json"))
    return invalidParams("Content-Type must be application/json; charset=UTF-8.");
  const parsed = bodySchema.safeParse(ctx.req.rawBody.length > 0 ? jsonBody(ctx.req) : {});
  if (!parsed.success) return invalidParams("cursor must be an int64 and max_count 1 to 20.");
  const { cursor, max_count: max = 10 } = parsed.data;
  const videos = [...ctx.state.tiktok.jobs.values()]
    .filter(
      (job) =>
        job.ownerId === user.id &&
        job.mode === "DIRECT_POST" &&
        job.mediaType === "VIDEO" &&
        job.privacyLevel !== "SELF_ONLY" &&
        statusOf(ctx.state, job) === "PUBLISH_COMPLETE",
    )
    .sort((a, b) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0))
    .filter((job) => cursor === undefined || (job.publishedAt ?? 0) < cursor);
  const page = videos.slice(0, max);
  const last = page.at(-1);
  return apiOkInt64({
    videos: page.map((job) => {
      const video = videoObject(job, user.username);
      return Object.fromEntries(fields.map((field) => [field, video[field]]));
    }),
    cursor: BigInt(last?.publishedAt ?? cursor ?? 0),
    has_more: videos.length > page.length,
  });
}
