/**
 * X's post rules (providers.md §1.5, §1.8), browser-safe for the composer. Text is weighed by the
 * official twitter-text library with its v3 config (280 weighted characters, every URL 23, CJK and
 * emoji 2, NFC first) rather than by hand: it is X's own counter and ships a conformance suite.
 */
import twitterText, { type ParsedTweet, type TweetConfig } from "twitter-text";
import type { MediaInfo, NetworkLimits, PostDraft, ValidationIssue } from "../publishing-types";
import {
  aspectRatio,
  dimensions,
  formatBytes,
  formatCount,
  formatDuration,
  isAnimatedGif,
  issue,
  MB,
  nth,
  RATIO_EPSILON,
} from "../validation-rules";

export const X_TEXT_CONFIG: TweetConfig = twitterText.configs.version3;

/** twitter-text's parse of a post text; conformance tests pass older configs explicitly. */
export const parseXText = (text: string, config: TweetConfig = X_TEXT_CONFIG): ParsedTweet =>
  twitterText.parseTweet(text, config);

export const countXText = (text: string): number => parseXText(text).weightedLength;

export const xLimits: NetworkLimits = {
  maxTextLength: X_TEXT_CONFIG.maxWeightedTweetLength,
  textCounting: "weighted",
  maxImages: 4,
  maxVideos: 1,
  mediaRequired: false,
  mixedMedia: false,
  imageTypes: ["image/jpeg", "image/png", "image/gif", "image/webp"],
  videoTypes: ["video/mp4", "video/quicktime"],
};

const MAX_IMAGE_BYTES = 5 * MB;
const MAX_GIF_BYTES = 15 * MB;
const MAX_VIDEO_BYTES = 512 * MB;
const MIN_VIDEO_MS = 500;
const MAX_VIDEO_MS = 140_000;
// "≤ 1280×1024": read as a bounding box in either orientation.
const MAX_LONG_SIDE = 1280;
const MAX_SHORT_SIDE = 1024;

function textIssues(draft: PostDraft): ValidationIssue[] {
  if (draft.text.trim() === "")
    return draft.media.length > 0
      ? []
      : [issue("x.text.empty", "X needs text or at least one image or video.")];
  const parsed = parseXText(draft.text);
  if (parsed.weightedLength > X_TEXT_CONFIG.maxWeightedTweetLength) {
    return [
      issue(
        "x.text.too_long",
        `X allows ${X_TEXT_CONFIG.maxWeightedTweetLength} characters; this post has ${formatCount(parsed.weightedLength)} (links count as 23, most emoji and CJK characters as 2).`,
      ),
    ];
  }
  if (!parsed.valid)
    return [issue("x.text.invalid_characters", "The text contains characters X does not accept.")];
  return [];
}

function videoIssues(media: MediaInfo, label: string): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  if (media.bytes > MAX_VIDEO_BYTES)
    found.push(
      issue(
        "x.video.too_large",
        `X takes videos up to 512 MB; ${label} is ${formatBytes(media.bytes)}.`,
      ),
    );
  const { durationMs } = media;
  if (durationMs !== undefined && (durationMs < MIN_VIDEO_MS || durationMs > MAX_VIDEO_MS))
    found.push(
      issue(
        "x.video.duration",
        `X takes videos from 0.5 s to 140 s; ${label} lasts ${formatDuration(durationMs)}.`,
      ),
    );
  const ratio = aspectRatio(media);
  if (ratio !== undefined && (ratio < 1 / 3 - RATIO_EPSILON || ratio > 3 + RATIO_EPSILON))
    found.push(
      issue(
        "x.video.aspect_ratio",
        `X takes videos between 1:3 and 3:1; ${label} is ${dimensions(media)}.`,
      ),
    );
  if (media.width && media.height) {
    const long = Math.max(media.width, media.height);
    const short = Math.min(media.width, media.height);
    if (long > MAX_LONG_SIDE || short > MAX_SHORT_SIDE) {
      // The largest size X takes at the same shape, in even pixels as video encoders want them.
      const scale = Math.min(MAX_LONG_SIDE / long, MAX_SHORT_SIDE / short);
      const scaled = (side: number) => Math.floor((side * scale) / 2) * 2;
      found.push(
        issue(
          "x.video.resolution",
          `X takes videos up to 1280×1024; ${label} is ${dimensions(media)}. Export it at ${scaled(media.width)}×${scaled(media.height)} or smaller for X.`,
        ),
      );
    }
  }
  return found;
}

function mediaIssues(media: MediaInfo[]): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const gifs = media.filter(isAnimatedGif).length;
  const videos = media.filter((item) => item.kind === "video").length;
  if ((gifs > 0 || videos > 0) && media.length > 1)
    found.push(
      issue("x.media.mixed", "X allows up to 4 images, or 1 video, or 1 GIF per post, not a mix."),
    );
  else if (media.length > xLimits.maxImages)
    found.push(
      issue(
        "x.media.too_many_images",
        `X allows up to 4 images per post; this post has ${media.length}.`,
      ),
    );
  media.forEach((item, index) => {
    const label = nth(item, index, media.length);
    const types = item.kind === "video" ? xLimits.videoTypes : xLimits.imageTypes;
    if (!types.includes(item.mime)) {
      found.push(issue("x.media.type", `X does not take ${item.mime} files (${label}).`));
      return;
    }
    if (item.kind === "video") found.push(...videoIssues(item, label));
    else if (isAnimatedGif(item) && item.bytes > MAX_GIF_BYTES)
      found.push(
        issue(
          "x.gif.too_large",
          `X takes animated GIFs up to 15 MB; ${label} is ${formatBytes(item.bytes)}.`,
        ),
      );
    else if (!isAnimatedGif(item) && item.bytes > MAX_IMAGE_BYTES)
      found.push(
        issue(
          "x.image.too_large",
          `X takes images up to 5 MB; ${label} is ${formatBytes(item.bytes)}.`,
        ),
      );
  });
  return found;
}

export const validateXPost = (draft: PostDraft): ValidationIssue[] => [
  ...textIssues(draft),
  ...mediaIssues(draft.media),
];
