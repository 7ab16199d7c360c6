/**
 * Page publishing with a Page token: POST /{page-id}/feed (message, link, published,
 * scheduled_publish_time, attached_media), /{page-id}/photos (url or multipart source) and
 * /{page-id}/videos (file_url, source, or the resumable start/transfer/finish phases).
 */
import { markCreated } from "../../core/dispatch";
import { numericId } from "../../core/ids";
import { fetchMedia } from "../../core/media-fetch";
import { sniffMedia } from "../../core/media-sniff";
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import type { SandboxState } from "../../core/state";
import { graphError, paramError } from "../graph/errors";
import { bool, type GraphParams, listParam, readGraphParams, str } from "../graph/params";
import { requirePageToken } from "./auth";

/** Parameters each endpoint reads; all are Page.json names for the edge (checked by a test). */
export const FB_FEED_PARAMS = [
  "message",
  "link",
  "published",
  "scheduled_publish_time",
  "attached_media",
] as const;
export const FB_PHOTO_PARAMS = [
  "url",
  "caption",
  "message",
  "published",
  "scheduled_publish_time",
  "no_story",
  "alt_text_custom",
] as const;
export const FB_VIDEO_PARAMS = [
  "file_url",
  "source",
  "description",
  "title",
  "published",
  "scheduled_publish_time",
  "upload_phase",
  "upload_session_id",
  "start_offset",
  "end_offset",
  "video_file_chunk",
  "file_size",
] as const;

/** Checks published/scheduled_publish_time: returns an error reply, or the scheduled time (ms). */
function schedule(state: SandboxState, params: GraphParams): SentReply | number | undefined {
  const raw = str(params, "scheduled_publish_time");
  const published = bool(params, "published", true);
  if (!raw) return undefined;
  if (published) return paramError("Scheduled posts must be created with published=false.");
  const when = /^\d+$/.test(raw) ? Number(raw) * 1000 : Date.parse(raw);
  const ahead = when - state.now();
  if (Number.isNaN(when) || ahead < 10 * 60_000 || ahead > 30 * 86_400_000) {
    return paramError(
      "The specified scheduled publish time is invalid (it must be between 10 minutes and 30 days from now).",
    );
  }
  return when;
}

type Visibility = { published: boolean; scheduledAt?: number | undefined };

/** The published / scheduled state a request asked for, as the feed listing needs it. */
const visibility = (when: number | undefined, published: boolean): Visibility => ({
  published: published && when === undefined,
  ...(when !== undefined ? { scheduledAt: when } : {}),
});

function record(
  ctx: HandlerContext,
  pageId: string,
  text: string,
  blobIds: string[],
  details: Record<string, string>,
  shown: Visibility,
): string {
  const { state } = ctx;
  const page = state.directory.pages.find((p) => p.id === pageId);
  const postId = `${pageId}_${numericId(16)}`;
  state.facebook.posts.set(postId, {
    id: postId,
    pageId,
    message: text,
    createdAt: state.now(),
    published: shown.published,
    ...(shown.scheduledAt !== undefined ? { scheduledAt: shown.scheduledAt } : {}),
    blobIds,
    ...(details.link ? { link: details.link } : {}),
  });
  state.posts.add({
    network: "facebook",
    remoteId: postId,
    accountId: pageId,
    accountName: page?.name ?? pageId,
    text,
    mediaIds: blobIds,
    createdAt: state.now(),
    details,
  });
  state.counters.postCreated("facebook", pageId);
  markCreated(ctx);
  return postId;
}

const scheduleDetails = (when: number | undefined, published: boolean): Record<string, string> =>
  when ? { scheduled: new Date(when).toISOString() } : published ? {} : { published: "false" };

export async function facebookFeed(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const pageId = ctx.req.routeParams.pageId ?? "";
  const params = await readGraphParams(ctx.req);
  requirePageToken(ctx, params, pageId);
  const message = str(params, "message") ?? "";
  const link = str(params, "link");
  const attached = listParam(str(params, "attached_media"));
  if (!message && !link && attached.length === 0)
    return paramError("The message or link parameter is required.");
  const when = schedule(state, params);
  if (typeof when === "object") return when;
  const photos = [];
  for (const item of attached) {
    const id = (() => {
      try {
        return String((JSON.parse(item) as { media_fbid?: unknown }).media_fbid ?? "");
      } catch {
        return "";
      }
    })();
    const photo = state.facebook.photos.get(id);
    if (!photo || photo.pageId !== pageId || photo.published)
      return paramError(`attached_media: ${id || item} is not an unpublished photo of this Page.`);
    photos.push(photo);
  }
  const last = [...state.facebook.posts.values()].filter((post) => post.pageId === pageId).at(-1);
  if (message && last?.message === message)
    return graphError(400, { message: "(#506) Duplicate status message", code: 506 });
  const postId = record(
    ctx,
    pageId,
    message,
    photos.map((photo) => photo.blobId),
    { ...(link ? { link } : {}), ...scheduleDetails(when, bool(params, "published", true)) },
    visibility(when, bool(params, "published", true)),
  );
  for (const photo of photos) photo.published = true;
  return json(200, { id: postId });
}

/** Reads the image or video bytes from a multipart `source` or by downloading a URL. */
async function mediaBytes(
  params: GraphParams,
  urlParam: string,
  sourceParam: string,
): Promise<{ bytes: Uint8Array } | SentReply> {
  const source = params.get(sourceParam);
  if (source && typeof source !== "string")
    return { bytes: new Uint8Array(await source.arrayBuffer()) };
  const url = str(params, urlParam);
  if (!url) return paramError(`One of ${urlParam} or ${sourceParam} is required.`);
  const fetched = await fetchMedia(url);
  if (!fetched.ok)
    return paramError(
      `${urlParam} should represent a valid URL: the media could not be downloaded (${fetched.reason}).`,
    );
  return { bytes: fetched.bytes };
}

export async function facebookPhotos(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const pageId = ctx.req.routeParams.pageId ?? "";
  const params = await readGraphParams(ctx.req);
  requirePageToken(ctx, params, pageId);
  const when = schedule(state, params);
  if (typeof when === "object") return when;
  const media = await mediaBytes(params, "url", "source");
  if ("type" in media) return media;
  const sniffed = sniffMedia(media.bytes);
  if (sniffed.kind !== "image")
    return graphError(400, {
      message: "(#324) Requires upload file: the file is not a supported image.",
      code: 324,
    });
  const blob = state.posts.putMedia(media.bytes, sniffed.mime, sniffed.kind);
  const photoId = numericId(16);
  const published = bool(params, "published", true);
  const caption = str(params, "caption") ?? str(params, "message") ?? "";
  state.facebook.photos.set(photoId, {
    id: photoId,
    pageId,
    blobId: blob.id,
    published: published || when !== undefined,
    caption,
  });
  if (!published && when === undefined) return json(200, { id: photoId });
  const postId = record(
    ctx,
    pageId,
    caption,
    [blob.id],
    scheduleDetails(when, published),
    visibility(when, published),
  );
  return json(200, { id: photoId, post_id: postId });
}

export async function facebookVideos(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const pageId = ctx.req.routeParams.pageId ?? "";
  const params = await readGraphParams(ctx.req);
  requirePageToken(ctx, params, pageId, "publish_video");
  const phase = str(params, "upload_phase");
  if (phase) return resumable(ctx, pageId, phase, params);
  const when = schedule(state, params);
  if (typeof when === "object") return when;
  const media = await mediaBytes(params, "file_url", "source");
  if ("type" in media) return media;
  return finishVideo(ctx, pageId, media.bytes, params, numericId(16));
}

function finishVideo(
  ctx: HandlerContext,
  pageId: string,
  bytes: Uint8Array,
  params: GraphParams,
  videoId: string,
): SentReply {
  const sniffed = sniffMedia(bytes);
  if (sniffed.kind !== "video")
    return graphError(400, {
      message: "The video file you selected is in a format that we don't support.",
      code: 352,
    });
  const blob = ctx.state.posts.putMedia(bytes, sniffed.mime, sniffed.kind);
  const text = [str(params, "title"), str(params, "description")].filter(Boolean).join("\n\n");
  const scheduled = schedule(ctx.state, params);
  const when = typeof scheduled === "number" ? scheduled : undefined;
  const published = bool(params, "published", true);
  record(
    ctx,
    pageId,
    text,
    [blob.id],
    { type: "video", ...scheduleDetails(when, published) },
    visibility(when, published),
  );
  return json(200, str(params, "upload_phase") ? { success: true } : { id: videoId });
}

async function resumable(
  ctx: HandlerContext,
  pageId: string,
  phase: string,
  params: GraphParams,
): Promise<SentReply> {
  const { state } = ctx;
  if (phase === "start") {
    const fileSize = Number(str(params, "file_size"));
    if (!Number.isInteger(fileSize) || fileSize <= 0)
      return paramError("file_size is required for upload_phase=start.");
    const session = {
      id: numericId(16),
      videoId: numericId(16),
      pageId,
      fileSize,
      chunks: [],
      receivedBytes: 0,
    };
    state.facebook.sessions.set(session.id, session);
    return json(200, {
      video_id: session.videoId,
      upload_session_id: session.id,
      start_offset: "0",
      end_offset: String(Math.min(fileSize, 4 * 1024 * 1024)),
    });
  }
  const session = state.facebook.sessions.get(str(params, "upload_session_id") ?? "");
  if (!session || session.pageId !== pageId) return paramError("Invalid upload_session_id.");
  if (phase === "transfer") {
    const chunk = params.get("video_file_chunk");
    if (
      !chunk ||
      typeof chunk === "string" ||
      Number(str(params, "start_offset")) !== session.receivedBytes
    ) {
      return graphError(400, {
        message:
          "The start_offset does not match the bytes received, or video_file_chunk is missing.",
        code: 6001,
        subcode: 1363019,
      });
    }
    const bytes = new Uint8Array(await chunk.arrayBuffer());
    session.chunks.push(bytes);
    session.receivedBytes += bytes.length;
    const next = Math.min(session.fileSize, session.receivedBytes + 4 * 1024 * 1024);
    return json(200, { start_offset: String(session.receivedBytes), end_offset: String(next) });
  }
  if (phase === "finish") {
    if (session.receivedBytes !== session.fileSize) return paramError("The upload is incomplete.");
    state.facebook.sessions.delete(session.id);
    return finishVideo(ctx, pageId, Buffer.concat(session.chunks), params, session.videoId);
  }
  return paramError("upload_phase must be start, transfer or finish.");
}
