/**
 * Why an upload was refused, with words for the person. Every refusal of user input is one of
 * these, so the route maps it to a 4xx and never a 500.
 */
export const MEDIA_REJECTIONS = {
  unsupported_type: "This file isn't a supported image or video (JPEG, PNG, GIF, WebP, MP4, MOV).",
  empty: "This file is empty.",
  too_large: "This file is too large.",
  too_many_pixels: "This image has too many pixels.",
  corrupt_image: "This image is damaged or incomplete, so it can't be read. Export it again.",
  unreadable_video: "This video can't be read. Export it again as MP4 (H.264) or MOV.",
} as const;

export type MediaRejectionReason = keyof typeof MEDIA_REJECTIONS;

export class MediaRejectedError extends Error {
  constructor(
    readonly reason: MediaRejectionReason,
    /** Extra words safe to show (the limit that was exceeded). */
    readonly detail?: string,
  ) {
    super(detail ? `${MEDIA_REJECTIONS[reason]} ${detail}` : MEDIA_REJECTIONS[reason]);
    this.name = "MediaRejectedError";
  }
}
