/**
 * X v2 media upload: one-shot POST /2/media/upload, the dedicated initialize / append / finalize
 * endpoints, the legacy command=INIT|APPEND|FINALIZE style on /2/media/upload, and STATUS polling.
 * Images are ready at once; videos and GIFs "process" for x.mediaProcessingSeconds of sandbox time.
 */
import { z } from "zod";
import { numericId } from "../../core/ids";
import { sniffMedia } from "../../core/media-sniff";
import { json, type SentReply } from "../../core/reply";
import { jsonBody, multipartBody } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import { requireXUser } from "./auth";
import { invalidRequest } from "./errors";
import type { XMedia } from "./store";

const EXPIRES_AFTER = 86_400;
const CATEGORIES = [
  "tweet_image",
  "tweet_video",
  "tweet_gif",
  "dm_image",
  "dm_video",
  "dm_gif",
  "subtitles",
  "amplify_video",
] as const;
const MEDIA_TYPES = [
  "video/mp4",
  "video/webm",
  "video/mp2t",
  "video/quicktime",
  "text/srt",
  "text/vtt",
  "image/jpeg",
  "image/gif",
  "image/bmp",
  "image/png",
  "image/webp",
  "image/pjpeg",
  "image/tiff",
  "model/gltf-binary",
  "model/vnd.usdz+zip",
] as const;
const MAX_BYTES: Record<string, number> = {
  image: 5 * 1024 * 1024,
  gif: 15 * 1024 * 1024,
  video: 512 * 1024 * 1024,
};

type Fields = { values: Record<string, string>; media?: Uint8Array };

/** Reads multipart (raw bytes) or JSON (base64) bodies into string fields + media bytes. */
async function readFields(ctx: HandlerContext): Promise<Fields> {
  const form = await multipartBody(ctx.req);
  if (form) {
    const values: Record<string, string> = {};
    let media: Uint8Array | undefined;
    for (const [key, value] of form) {
      if (key === "media" && typeof value !== "string")
        media = new Uint8Array(await value.arrayBuffer());
      else if (key === "media" && typeof value === "string") media = Buffer.from(value, "base64");
      else if (typeof value === "string") values[key] = value;
    }
    return { values, ...(media ? { media } : {}) };
  }
  const body = jsonBody(ctx.req);
  if (!body || typeof body !== "object") return { values: {} };
  const values: Record<string, string> = {};
  let media: Uint8Array | undefined;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === "media" && typeof value === "string") media = Buffer.from(value, "base64");
    else values[key] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return { values, ...(media ? { media } : {}) };
}

const mediaKeyPrefix = (category: string): string =>
  ({ tweet_video: "7", dm_video: "7", amplify_video: "13", tweet_gif: "16", dm_gif: "16" })[
    category
  ] ?? "3";

function newMedia(
  ctx: HandlerContext,
  ownerId: string,
  category: string,
  additionalOwners: string[],
): XMedia {
  const id = numericId(19);
  const media: XMedia = {
    id,
    mediaKey: `${mediaKeyPrefix(category)}_${id}`,
    ownerId,
    additionalOwners,
    category,
    chunks: new Map(),
    finalized: false,
    readyAt: Number.POSITIVE_INFINITY,
    createdAt: ctx.state.now(),
  };
  ctx.state.x.media.set(id, media);
  return media;
}

/** Checks the bytes against the category, stores them, and starts "processing". */
function complete(ctx: HandlerContext, media: XMedia, bytes: Uint8Array): SentReply | undefined {
  const sniffed = sniffMedia(bytes);
  const family: string = sniffed.mime === "image/gif" ? "gif" : sniffed.kind;
  const wanted: string = media.category.endsWith("_video")
    ? "video"
    : media.category.endsWith("_gif")
      ? "gif"
      : "image";
  const compatible = wanted === family || (wanted === "image" && family === "gif");
  if (!compatible || family === "unknown")
    return invalidRequest(
      `media type unrecognized or does not match media_category ${media.category}.`,
      "media",
    );
  if (bytes.length > (MAX_BYTES[family] ?? 0))
    return invalidRequest(`File size exceeds ${MAX_BYTES[family]} bytes.`, "media");
  if (
    media.declaredType &&
    media.declaredType !== sniffed.mime &&
    !(media.declaredType === "image/pjpeg" && sniffed.mime === "image/jpeg")
  ) {
    return invalidRequest(
      `media_type ${media.declaredType} does not match the uploaded bytes (${sniffed.mime}).`,
      "media_type",
    );
  }
  const blob = ctx.state.posts.putMedia(bytes, sniffed.mime, sniffed.kind);
  Object.assign(media, {
    finalized: true,
    mime: sniffed.mime,
    kind: sniffed.kind,
    size: bytes.length,
    blobId: blob.id,
    processingStart: ctx.state.now(),
    readyAt:
      family === "image"
        ? ctx.state.now()
        : ctx.state.now() + ctx.state.config.x.mediaProcessingSeconds * 1000,
    ...(sniffed.width ? { width: sniffed.width, height: sniffed.height } : {}),
  });
  return undefined;
}

function describeMedia(ctx: HandlerContext, media: XMedia): Record<string, unknown> {
  const data: Record<string, unknown> = {
    id: media.id,
    media_key: media.mediaKey,
    expires_after_secs: EXPIRES_AFTER,
  };
  if (media.size !== undefined) data.size = media.size;
  if (media.kind === "image" && media.mime !== "image/gif") {
    data.image = { image_type: media.mime, w: media.width ?? 0, h: media.height ?? 0 };
  }
  if (media.finalized && media.kind === "video") data.video = { video_type: media.mime };
  const now = ctx.state.now();
  const start = media.processingStart ?? media.createdAt;
  if (media.finalized && media.readyAt > start && media.kind !== "image") {
    const total = Math.max(1, media.readyAt - start);
    const done = now >= media.readyAt;
    data.processing_info = done
      ? { state: "succeeded", progress_percent: 100 }
      : {
          state: now - start < 1000 ? "pending" : "in_progress",
          check_after_secs: Math.max(1, Math.ceil((media.readyAt - now) / 1000)),
          progress_percent: Math.min(99, Math.floor(((now - start) / total) * 100)),
        };
  } else if (media.finalized && media.mime === "image/gif") {
    data.processing_info = {
      state: now >= media.readyAt ? "succeeded" : "pending",
      check_after_secs: 1,
    };
  }
  return data;
}

const oneShotSchema = z
  .object({ media_category: z.enum(CATEGORIES), additional_owners: z.string().optional() })
  .strict();

export async function xMediaUpload(ctx: HandlerContext): Promise<SentReply> {
  const { user } = requireXUser(ctx, "media_upload");
  const fields = await readFields(ctx);
  const command = fields.values.command ?? ctx.req.query.get("command");
  if (command) return legacyCommand(ctx, user.id, command, fields);
  const parsed = oneShotSchema.safeParse(fields.values);
  if (!parsed.success || !fields.media)
    return invalidRequest("media and media_category are required (and no other fields).", "media");
  const owners = (parsed.data.additional_owners ?? "").split(",").filter(Boolean);
  const media = newMedia(ctx, user.id, parsed.data.media_category, owners);
  const error = complete(ctx, media, fields.media);
  if (error) return error;
  return json(200, { data: describeMedia(ctx, media) });
}

const initializeSchema = z
  .object({
    media_type: z.enum(MEDIA_TYPES),
    total_bytes: z.coerce.number().int().min(0).max(17179869184),
    media_category: z.enum(CATEGORIES).default("tweet_image"),
    shared: z.boolean().optional(),
    additional_owners: z.array(z.string().regex(/^[0-9]{1,19}$/)).optional(),
  })
  .strict();

function initialize(ctx: HandlerContext, userId: string, input: unknown): SentReply {
  const parsed = initializeSchema.safeParse(input);
  if (!parsed.success)
    return invalidRequest(
      `Invalid initialize request: ${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? ""}`,
    );
  const media = newMedia(
    ctx,
    userId,
    parsed.data.media_category,
    parsed.data.additional_owners ?? [],
  );
  media.declaredType = parsed.data.media_type;
  media.totalBytes = parsed.data.total_bytes;
  return json(200, {
    data: { id: media.id, media_key: media.mediaKey, expires_after_secs: EXPIRES_AFTER },
  });
}

function ownedSession(
  ctx: HandlerContext,
  userId: string,
  id: string | undefined,
): XMedia | SentReply {
  const media = id ? ctx.state.x.media.get(id) : undefined;
  if (!media || media.ownerId !== userId) return invalidRequest("The media_id is not valid.", "id");
  return media;
}

function append(
  ctx: HandlerContext,
  userId: string,
  id: string | undefined,
  fields: Fields,
): SentReply {
  const media = ownedSession(ctx, userId, id);
  if (!("id" in media)) return media;
  if (media.finalized) return invalidRequest("The upload session is already finalized.", "id");
  const index = Number(fields.values.segment_index);
  if (!fields.media || !Number.isInteger(index) || index < 0 || index > 999)
    return invalidRequest("media and segment_index (0-999) are required.", "segment_index");
  media.chunks.set(index, fields.media);
  return json(200, { data: { expires_at: Math.floor(ctx.state.now() / 1000) + EXPIRES_AFTER } });
}

function finalize(ctx: HandlerContext, userId: string, id: string | undefined): SentReply {
  const media = ownedSession(ctx, userId, id);
  if (!("id" in media)) return media;
  if (media.finalized) return json(200, { data: describeMedia(ctx, media) });
  const indexes = [...media.chunks.keys()].sort((a, b) => a - b);
  if (indexes.length === 0 || indexes.some((value, position) => value !== position))
    return invalidRequest("Segments are missing or out of order.", "segment_index");
  const bytes = Buffer.concat(indexes.map((index) => media.chunks.get(index)!));
  if (media.totalBytes !== undefined && bytes.length !== media.totalBytes) {
    return invalidRequest(
      `File size mismatch: ${bytes.length} bytes received, total_bytes was ${media.totalBytes}.`,
      "total_bytes",
    );
  }
  const error = complete(ctx, media, bytes);
  if (error) return error;
  media.chunks.clear();
  return json(200, { data: describeMedia(ctx, media) });
}

export const xMediaInitialize = (ctx: HandlerContext): SentReply =>
  initialize(ctx, requireXUser(ctx, "media_initialize").user.id, jsonBody(ctx.req));

export async function xMediaAppend(ctx: HandlerContext): Promise<SentReply> {
  const { user } = requireXUser(ctx, "media_append");
  return append(ctx, user.id, ctx.req.routeParams.id, await readFields(ctx));
}

export const xMediaFinalize = (ctx: HandlerContext): SentReply =>
  finalize(ctx, requireXUser(ctx, "media_finalize").user.id, ctx.req.routeParams.id);

export function xMediaStatus(ctx: HandlerContext): SentReply {
  const { user } = requireXUser(ctx, "media_status");
  const command = ctx.req.query.get("command");
  if (command && command !== "STATUS") return invalidRequest("command must be STATUS.", "command");
  const media = ownedSession(ctx, user.id, ctx.req.query.get("media_id") ?? undefined);
  if (!("id" in media)) return media;
  return json(200, { data: describeMedia(ctx, media) });
}

function legacyCommand(
  ctx: HandlerContext,
  userId: string,
  command: string,
  fields: Fields,
): SentReply {
  const { values } = fields;
  if (command === "INIT") {
    const { command: _command, ...rest } = values;
    return initialize(ctx, userId, rest);
  }
  if (command === "APPEND") {
    const reply = append(ctx, userId, values.media_id, fields);
    return reply.status === 200
      ? json(200, { data: { id: values.media_id, expires_after_secs: EXPIRES_AFTER } })
      : reply;
  }
  if (command === "FINALIZE") return finalize(ctx, userId, values.media_id);
  return invalidRequest("command must be INIT, APPEND or FINALIZE.", "command");
}
