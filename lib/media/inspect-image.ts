/**
 * Checks an image in two steps so a decompression bomb never gets decoded: the header gives the
 * dimensions (libvips reads only the header for metadata), which are limited first; then one full
 * decode proves the file is complete (a truncated JPEG still has a valid header).
 */
import sharp, { type Metadata } from "sharp";
import { MAX_ANIMATION_PIXELS, MAX_IMAGE_PIXELS } from "./limits";
import { MediaRejectedError } from "./media-rejected-error";

export type ImageFacts = { width: number; height: number; frames: number };

/** Header only: dimensions as displayed (EXIF rotation applied) and the number of frames. */
export async function readImageHeader(buffer: Buffer): Promise<ImageFacts> {
  let metadata: Metadata;
  try {
    // limitInputPixels off here on purpose: this call decodes nothing, and the check below gives
    // the person a specific reason instead of sharp's generic error.
    metadata = await sharp(buffer, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaRejectedError("corrupt_image");
  }
  const { width, height } = metadata.autoOrient;
  if (!width || !height) throw new MediaRejectedError("corrupt_image");
  return { width, height, frames: metadata.pages ?? 1 };
}

export function assertPixelLimits({ width, height, frames }: ImageFacts): void {
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new MediaRejectedError(
      "too_many_pixels",
      `It is ${width}x${height}; the limit is ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`,
    );
  }
  if (width * height * frames > MAX_ANIMATION_PIXELS) {
    throw new MediaRejectedError(
      "too_many_pixels",
      `Its ${frames} frames of ${width}x${height} are too much to process; shorten the animation.`,
    );
  }
}

/**
 * Decodes every pixel of every frame once. `stats()` streams through the image and returns a few
 * numbers, so a valid image costs CPU but no full-size buffer; `failOn: "warning"` turns libvips'
 * "premature end of JPEG" and similar warnings into errors.
 */
export async function assertImageDecodes(buffer: Buffer): Promise<void> {
  try {
    await sharp(buffer, {
      animated: true,
      failOn: "warning",
      // Defence in depth behind assertPixelLimits: sharp refuses a larger frame on its own.
      limitInputPixels: MAX_IMAGE_PIXELS,
    }).stats();
  } catch {
    throw new MediaRejectedError("corrupt_image");
  }
}

/** Header check, pixel limits, then the full decode, in that order. */
export async function inspectImage(buffer: Buffer): Promise<ImageFacts> {
  const facts = await readImageHeader(buffer);
  assertPixelLimits(facts);
  await assertImageDecodes(buffer);
  return facts;
}
