/** The composer's thumbnail of an image: a small JPEG, rendered once and cached in storage. */
import sharp from "sharp";
import { cachedVariant, type StoredVariant } from "./cached-variant";
import { MAX_IMAGE_PIXELS, PREVIEW_MAX_SIDE } from "./limits";
import { getMediaStorage, type MediaStorage } from "./storage";

const PREVIEW_VARIANT = `thumb${PREVIEW_MAX_SIDE}-v1`;

export async function renderPreview(original: Buffer): Promise<Buffer> {
  return sharp(original, { limitInputPixels: MAX_IMAGE_PIXELS, page: 0, pages: 1 })
    .autoOrient()
    .resize(PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE, { fit: "inside", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export async function previewImage(
  originalKey: string,
  storage: MediaStorage = getMediaStorage(),
): Promise<StoredVariant> {
  return cachedVariant(storage, originalKey, PREVIEW_VARIANT, renderPreview);
}
