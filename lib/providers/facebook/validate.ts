/**
 * Facebook Page post rules (providers.md §2.4, §2.7), browser-safe for the composer. The Page
 * text limit (63,206) is UNCONFIRMED but the number every client uses; Meta documents no cap on
 * photos per multi-photo post, so Socialite keeps to 10 (what its composer shows side by side).
 */
import type { NetworkLimits, PostDraft, ValidationIssue } from "../publishing-types";
import { formatCount, issue, nth } from "../validation-rules";

export const facebookLimits: NetworkLimits = {
  maxTextLength: 63_206,
  textCounting: "utf16",
  maxImages: 10,
  maxVideos: 1,
  mediaRequired: false,
  mixedMedia: false,
  imageTypes: ["image/jpeg", "image/png", "image/gif", "image/webp"],
  videoTypes: ["video/mp4", "video/quicktime"],
};

export const countFacebookText = (text: string): number => text.length;

export function validateFacebookPost(draft: PostDraft): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const { text, media } = draft;
  if (text.trim() === "" && media.length === 0)
    found.push(issue("facebook.text.empty", "Facebook needs text, an image or a video."));
  if (text.length > facebookLimits.maxTextLength)
    found.push(
      issue(
        "facebook.text.too_long",
        `Facebook allows ${formatCount(facebookLimits.maxTextLength)} characters in a Page post; this post has ${formatCount(text.length)}.`,
      ),
    );
  const videos = media.filter((item) => item.kind === "video").length;
  if (videos > 0 && media.length > 1)
    found.push(
      issue("facebook.media.mixed", "A Facebook Page post takes one video, or images, not both."),
    );
  else if (media.length > facebookLimits.maxImages)
    found.push(
      issue(
        "facebook.media.too_many_images",
        `Socialite posts up to ${facebookLimits.maxImages} images to a Facebook Page at once; this post has ${media.length}.`,
      ),
    );
  media.forEach((item, index) => {
    const types = item.kind === "video" ? facebookLimits.videoTypes : facebookLimits.imageTypes;
    if (!types.includes(item.mime))
      found.push(
        issue(
          "facebook.media.type",
          `Facebook does not take ${item.mime} files (${nth(item, index, media.length)}).`,
        ),
      );
  });
  return found;
}
