/**
 * POST /{ig-user-id}/media: media containers. Images are downloaded at once from image_url (as
 * Instagram does) and must be served as JPEG and be JPEG; videos are pulled in the background and
 * the container stays IN_PROGRESS until processed. Caption and aspect-ratio rules as documented.
 */
import { numericId } from "../../core/ids";
import { fetchMedia } from "../../core/media-fetch";
import { sniffMedia } from "../../core/media-sniff";
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import type { SandboxState } from "../../core/state";
import { graphError, paramError, permissionError } from "../graph/errors";
import { bool, listParam, readGraphParams, str } from "../graph/params";
import { requireIgUser, requireOwnPath } from "./auth";
import type { Container } from "./store";

/** Parameters this endpoint reads; all are IGUser.json `POST media` names (checked by a test). */
export const IG_MEDIA_PARAMS = [
  "image_url",
  "video_url",
  "media_type",
  "is_carousel_item",
  "children",
  "caption",
  "alt_text",
  "share_to_feed",
  "cover_url",
  "thumb_offset",
  "location_id",
  "user_tags",
  "collaborators",
] as const;

const MEDIA_TYPES = ["REELS", "STORIES", "CAROUSEL", "VIDEO"] as const;
type RequestedType = (typeof MEDIA_TYPES)[number];

function captionError(caption: string): SentReply | undefined {
  if (caption.length > 2200)
    return paramError("The caption is too long (at most 2,200 characters).", 2207010);
  if ((caption.match(/#[\p{L}\p{N}_]+/gu) ?? []).length > 30)
    return paramError("The caption has more than 30 hashtags.", 2207010);
  if ((caption.match(/@[A-Za-z0-9_.]+/g) ?? []).length > 20)
    return paramError("The caption mentions more than 20 accounts.", 2207010);
  return undefined;
}

const fetchFailed = (url: string) =>
  graphError(400, {
    message: "Only photo or video can be accepted as media type.",
    code: 9004,
    subcode: 2207052,
    userTitle: "Media download has failed.",
    userMsg: `The media could not be fetched from this uri: ${url}`,
  });

const notJpeg = () =>
  graphError(400, {
    message: "The image format is not supported.",
    code: 36001,
    subcode: 2207005,
    userTitle: "Unsupported format",
    userMsg: "The image format is not supported. Supported formats: JPEG",
  });

/** Downloads and checks an image; returns the blob id or the error reply. */
async function takeImage(
  state: SandboxState,
  url: string,
  story: boolean,
): Promise<{ blobId: string; truncated: boolean } | SentReply> {
  const fetched = await fetchMedia(url, { maxBytes: 8 * 1024 * 1024 + 1 });
  if (!fetched.ok)
    return fetched.reason === "too_large"
      ? graphError(400, {
          message: "The image is too large.",
          code: 36000,
          subcode: 2207004,
          userTitle: "Image is too large",
          userMsg: "The image size is larger than 8 MB.",
        })
      : fetchFailed(url);
  const sniffed = sniffMedia(fetched.bytes);
  if (fetched.contentType !== "image/jpeg" || sniffed.mime !== "image/jpeg") return notJpeg();
  if (!story && sniffed.width && sniffed.height) {
    const ratio = sniffed.width / sniffed.height;
    if (ratio < 0.8 - 1e-3 || ratio > 1.91 + 1e-3) {
      return graphError(400, {
        message: "The aspect ratio is not supported.",
        code: 36003,
        subcode: 2207009,
        userTitle: "Unsupported aspect ratio",
        userMsg: `The submitted image with aspect ratio ${sniffed.width}:${sniffed.height} cannot be published. Please submit an image with a valid aspect ratio (4:5 to 1.91:1).`,
      });
    }
  }
  return {
    blobId: state.posts.putMedia(fetched.bytes, sniffed.mime, sniffed.kind).id,
    truncated: sniffed.truncated === true,
  };
}

function pullVideo(state: SandboxState, container: Container, url: string): void {
  void fetchMedia(url, { maxBytes: 300 * 1024 * 1024 }).then((fetched) => {
    container.pending = false;
    if (!fetched.ok) {
      container.error = `Error: Media download has failed. The media could not be fetched from this uri: ${url}`;
      return;
    }
    const sniffed = sniffMedia(fetched.bytes);
    const served = ["video/mp4", "video/quicktime"].includes(fetched.contentType);
    if (!served || (sniffed.mime !== "video/mp4" && sniffed.mime !== "video/quicktime")) {
      container.error =
        "Error: The video format is not supported. Please check the spec for supported video formats (MOV or MP4).";
      return;
    }
    container.blobId = state.posts.putMedia(fetched.bytes, sniffed.mime, sniffed.kind).id;
    container.readyAt = state.now() + state.config.instagram.videoProcessingSeconds * 1000;
  });
}

export async function instagramCreateContainer(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const { user } = requireIgUser(ctx, params, "instagram_business_content_publish");
  requireOwnPath(ctx, user);
  if (user.accountType === "PERSONAL")
    return permissionError("The user is not an Instagram professional account", 10);
  const requested = str(params, "media_type");
  if (requested !== undefined && !MEDIA_TYPES.includes(requested as RequestedType)) {
    return paramError(`The parameter media_type must be one of {${MEDIA_TYPES.join(", ")}}.`);
  }
  const mediaType = requested as RequestedType | undefined;
  const isCarouselItem = bool(params, "is_carousel_item", false);
  const caption = str(params, "caption") ?? "";
  const captionProblem = captionError(caption);
  if (captionProblem) return captionProblem;
  const imageUrl = str(params, "image_url");
  const videoUrl = str(params, "video_url");
  const now = state.now();
  const container: Container = {
    id: numericId(17),
    ownerId: user.id,
    mediaType: mediaType ?? "IMAGE",
    isCarouselItem,
    caption,
    children: [],
    pending: false,
    readyAt: now + state.config.instagram.imageProcessingSeconds * 1000,
    createdAt: now,
  };
  if (mediaType === "CAROUSEL") {
    const children = listParam(str(params, "children"));
    if (children.length < 2 || children.length > 10)
      return paramError("A carousel needs between 2 and 10 children.", 2207037);
    const bad = children.find((id) => {
      const child = state.instagram.containers.get(id);
      return !child || child.ownerId !== user.id || !child.isCarouselItem;
    });
    if (bad)
      return paramError(`The carousel child ${bad} is not a carousel item container of this user.`);
    container.children = children;
  } else if (
    mediaType === "REELS" ||
    mediaType === "VIDEO" ||
    (mediaType === "STORIES" && videoUrl)
  ) {
    if (!videoUrl) return paramError("The parameter video_url is required.");
    if (mediaType === "VIDEO" && !isCarouselItem)
      return paramError(
        "The VIDEO media type is only supported for carousel items; use REELS.",
        2207067,
      );
    container.pending = true;
    container.readyAt = Number.POSITIVE_INFINITY;
    pullVideo(state, container, videoUrl);
  } else {
    if (!imageUrl) return paramError("The parameter image_url is required.");
    const image = await takeImage(state, imageUrl, mediaType === "STORIES");
    if ("type" in image) return image;
    container.blobId = image.blobId;
    if (image.truncated)
      container.error =
        "Error: The image could not be processed (the file is incomplete or corrupt).";
  }
  state.instagram.containers.set(container.id, container);
  return json(200, { id: container.id });
}
