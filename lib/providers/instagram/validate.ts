/**
 * Instagram content rules (providers.md §3C), browser-safe for the composer. Instagram takes JPEG
 * only; Socialite sends its JPEG rendering of PNG and WebP images (media.url("jpeg")), so those
 * pass here, while GIFs (animated or not) are refused: a GIF's frames do not survive as a photo.
 * One image is a feed post, one video a Reel, 2–10 files a carousel (images and videos mixed).
 */
import type { MediaInfo, NetworkLimits, PostDraft, ValidationIssue } from "../publishing-types";
import {
  aspectRatio,
  countHashtags,
  countMentions,
  dimensions,
  formatBytes,
  formatCount,
  formatDuration,
  issue,
  MB,
  nth,
  RATIO_EPSILON,
} from "../validation-rules";

export const instagramLimits: NetworkLimits = {
  maxTextLength: 2_200,
  textCounting: "utf16",
  maxImages: 10,
  maxVideos: 10,
  mediaRequired: true,
  mixedMedia: true,
  imageTypes: ["image/jpeg", "image/png", "image/webp"],
  videoTypes: ["video/mp4", "video/quicktime"],
};

export const MAX_CAROUSEL_ITEMS = 10;
const MAX_HASHTAGS = 30;
const MAX_MENTIONS = 20;
const MAX_JPEG_BYTES = 8 * MB;
const MIN_FEED_RATIO = 4 / 5;
const MAX_FEED_RATIO = 1.91;
const MAX_VIDEO_BYTES = 300 * MB;
const MIN_VIDEO_MS = 3_000;
const MAX_VIDEO_MS = 15 * 60_000;

export const countInstagramText = (text: string): number => text.length;

function captionIssues(caption: string): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  if (caption.length > instagramLimits.maxTextLength)
    found.push(
      issue(
        "instagram.caption.too_long",
        `Instagram allows 2,200 characters in a caption; this one has ${formatCount(caption.length)}.`,
      ),
    );
  const hashtags = countHashtags(caption);
  if (hashtags > MAX_HASHTAGS)
    found.push(
      issue(
        "instagram.caption.hashtags",
        `Instagram allows 30 hashtags in a caption; this one has ${hashtags}.`,
      ),
    );
  const mentions = countMentions(caption);
  if (mentions > MAX_MENTIONS)
    found.push(
      issue(
        "instagram.caption.mentions",
        `Instagram allows 20 @mentions in a caption; this one has ${mentions}.`,
      ),
    );
  return found;
}

function imageIssues(media: MediaInfo, label: string): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  if (media.mime === "image/jpeg" && media.bytes > MAX_JPEG_BYTES)
    found.push(
      issue(
        "instagram.image.too_large",
        `Instagram takes images up to 8 MB; ${label} is ${formatBytes(media.bytes)}.`,
      ),
    );
  const ratio = aspectRatio(media);
  if (
    ratio !== undefined &&
    (ratio < MIN_FEED_RATIO - RATIO_EPSILON || ratio > MAX_FEED_RATIO + RATIO_EPSILON)
  )
    found.push(
      issue(
        "instagram.image.aspect_ratio",
        `Instagram takes feed images from 4:5 (portrait) to 1.91:1 (landscape); ${label} is ${dimensions(media)}.`,
      ),
    );
  return found;
}

function videoIssues(media: MediaInfo, label: string): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  if (media.bytes > MAX_VIDEO_BYTES)
    found.push(
      issue(
        "instagram.video.too_large",
        `Instagram takes videos up to 300 MB; ${label} is ${formatBytes(media.bytes)}.`,
      ),
    );
  const { durationMs } = media;
  if (durationMs !== undefined && (durationMs < MIN_VIDEO_MS || durationMs > MAX_VIDEO_MS))
    found.push(
      issue(
        "instagram.video.duration",
        `Instagram takes Reels from 3 s to 15 min; ${label} lasts ${formatDuration(durationMs)}.`,
      ),
    );
  const ratio = aspectRatio(media);
  if (ratio !== undefined && (ratio < 0.01 || ratio > 10))
    found.push(
      issue(
        "instagram.video.aspect_ratio",
        `Instagram takes videos between 0.01:1 and 10:1; ${label} is ${dimensions(media)}.`,
      ),
    );
  return found;
}

export function validateInstagramPost(draft: PostDraft): ValidationIssue[] {
  const { media } = draft;
  const found = captionIssues(draft.text);
  if (media.length === 0)
    found.push(issue("instagram.media.required", "Instagram needs at least one image or video."));
  if (media.length > MAX_CAROUSEL_ITEMS)
    found.push(
      issue(
        "instagram.media.too_many",
        `Instagram allows up to 10 images or videos in one post; this post has ${media.length}.`,
      ),
    );
  media.forEach((item, index) => {
    const label = nth(item, index, media.length);
    if (item.kind === "image" && item.mime === "image/gif") {
      found.push(
        issue(
          "instagram.image.gif",
          `Instagram does not take GIFs (${label}); use a JPEG, PNG or WebP image.`,
        ),
      );
      return;
    }
    const types = item.kind === "video" ? instagramLimits.videoTypes : instagramLimits.imageTypes;
    if (!types.includes(item.mime)) {
      found.push(
        issue("instagram.media.type", `Instagram does not take ${item.mime} files (${label}).`),
      );
      return;
    }
    found.push(...(item.kind === "video" ? videoIssues(item, label) : imageIssues(item, label)));
  });
  return found;
}
