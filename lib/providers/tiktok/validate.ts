/**
 * TikTok post rules and settings (providers.md §4.6, §4.7), browser-safe for the composer. A post
 * is one video or 1–35 photos; the text is a video's title (≤ 2,200) or a photo post's description
 * (≤ 4,000). Photos go out as JPEG or WebP (others as Socialite's JPEG rendering). The privacy
 * level is required (the person chooses it, no default) and must be one the creator's account
 * offers right now (creator_info), so it is checked against `PublishOptions` when the composer
 * has them, and again by the adapter before posting.
 */
// zod/mini: the same schemas and parsing with a far smaller bundle (this module runs in the browser).
import { z } from "zod/mini";
import type {
  MediaInfo,
  NetworkLimits,
  PostDraft,
  PublishOptions,
  ValidationIssue,
} from "../publishing-types";
import {
  dimensions,
  formatBytes,
  formatCount,
  formatDuration,
  issue,
  MB,
  nth,
} from "../validation-rules";

export const TIKTOK_PRIVACY_LEVELS = [
  "PUBLIC_TO_EVERYONE",
  "MUTUAL_FOLLOW_FRIENDS",
  "FOLLOWER_OF_CREATOR",
  "SELF_ONLY",
] as const;
export type TikTokPrivacyLevel = (typeof TIKTOK_PRIVACY_LEVELS)[number];

/** The composer's TikTok settings; keys match the `PublishOptionField` keys of publishOptions. */
export const tiktokSettingsSchema = z.object({
  privacyLevel: z.optional(z.enum(TIKTOK_PRIVACY_LEVELS)),
  disableComment: z.optional(z.boolean()),
  disableDuet: z.optional(z.boolean()),
  disableStitch: z.optional(z.boolean()),
});
export type TikTokSettings = z.infer<typeof tiktokSettingsSchema>;

export const tiktokLimits: NetworkLimits = {
  maxTextLength: 2_200,
  textCounting: "utf16",
  maxImages: 35,
  maxVideos: 1,
  mediaRequired: true,
  mixedMedia: false,
  imageTypes: ["image/jpeg", "image/webp", "image/png"],
  videoTypes: ["video/mp4", "video/webm", "video/quicktime"],
};

const MAX_PHOTO_DESCRIPTION = 4_000;
const MAX_PHOTO_BYTES = 20 * MB;
const MAX_VIDEO_BYTES = 4 * 1024 * MB;
const MAX_VIDEO_MS = 10 * 60_000;
const MIN_SIDE = 360;
const MAX_SIDE = 4096;

export const countTikTokText = (text: string): number => text.length;

/** The privacy levels the options offer, or undefined when the composer has no options yet. */
export const allowedPrivacyLevels = (options?: PublishOptions): string[] | undefined => {
  const field = options?.fields.find((entry) => entry.key === "privacyLevel");
  return field?.kind === "choice" ? field.choices.map((choice) => choice.value) : undefined;
};

function videoIssues(media: MediaInfo, maxMs: number): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  if (media.bytes > MAX_VIDEO_BYTES)
    found.push(
      issue(
        "tiktok.video.too_large",
        `TikTok takes videos up to 4 GB; this one is ${formatBytes(media.bytes)}.`,
      ),
    );
  if (media.durationMs !== undefined && media.durationMs > maxMs)
    found.push(
      issue(
        "tiktok.video.duration",
        `This TikTok account can post videos up to ${formatDuration(maxMs)}; this one lasts ${formatDuration(media.durationMs)}.`,
      ),
    );
  const { width, height } = media;
  if (width && height && (Math.min(width, height) < MIN_SIDE || Math.max(width, height) > MAX_SIDE))
    found.push(
      issue(
        "tiktok.video.resolution",
        `TikTok takes videos from 360 px to 4096 px on each side; this one is ${dimensions(media)}.`,
      ),
    );
  return found;
}

function mediaIssues(media: MediaInfo[], options?: PublishOptions): ValidationIssue[] {
  if (media.length === 0)
    return [issue("tiktok.media.required", "TikTok needs a video or at least one photo.")];
  const videos = media.filter((item) => item.kind === "video");
  if (videos.length > 0 && media.length > 1)
    return [issue("tiktok.media.mixed", "A TikTok post is one video, or photos, not both.")];
  if (media.length > tiktokLimits.maxImages)
    return [
      issue(
        "tiktok.media.too_many_photos",
        `TikTok allows up to 35 photos per post; this post has ${media.length}.`,
      ),
    ];
  const found: ValidationIssue[] = [];
  media.forEach((item, index) => {
    const label = nth(item, index, media.length);
    const types = item.kind === "video" ? tiktokLimits.videoTypes : tiktokLimits.imageTypes;
    if (!types.includes(item.mime))
      found.push(issue("tiktok.media.type", `TikTok does not take ${item.mime} files (${label}).`));
    else if (item.kind === "video")
      found.push(
        ...videoIssues(item, Math.min(MAX_VIDEO_MS, options?.maxVideoDurationMs ?? MAX_VIDEO_MS)),
      );
    else if (item.mime !== "image/png" && item.bytes > MAX_PHOTO_BYTES)
      found.push(
        issue(
          "tiktok.photo.too_large",
          `TikTok takes photos up to 20 MB; ${label} is ${formatBytes(item.bytes)}.`,
        ),
      );
  });
  return found;
}

function settingsIssues(draft: PostDraft, options?: PublishOptions): ValidationIssue[] {
  const settings = tiktokSettingsSchema.safeParse(draft.settings);
  if (!settings.success)
    return [
      issue("tiktok.settings.invalid", "The TikTok options are not valid; choose them again."),
    ];
  const level = settings.data.privacyLevel;
  // TikTok's guidelines: the person chooses the audience; Socialite never picks one for them.
  if (level === undefined)
    return [issue("tiktok.privacyLevel.required", "Choose who can see this post on TikTok.")];
  const allowed = allowedPrivacyLevels(options);
  if (allowed && !allowed.includes(level))
    return [
      issue(
        "tiktok.privacy.not_allowed",
        "This TikTok account does not offer that audience right now; choose another one.",
      ),
    ];
  return [];
}

export function validateTikTokPost(draft: PostDraft, options?: PublishOptions): ValidationIssue[] {
  const isPhotoPost = draft.media.length > 0 && draft.media.every((item) => item.kind === "image");
  const max = isPhotoPost ? MAX_PHOTO_DESCRIPTION : tiktokLimits.maxTextLength;
  const textIssues =
    draft.text.length > max
      ? [
          issue(
            "tiktok.text.too_long",
            `TikTok allows ${formatCount(max)} characters ${isPhotoPost ? "in a photo post's description" : "in a video's title"}; this post has ${formatCount(draft.text.length)}.`,
          ),
        ]
      : [];
  return [...textIssues, ...mediaIssues(draft.media, options), ...settingsIssues(draft, options)];
}
