/**
 * Copies of an image in the form a network requires. Instagram takes JPEG only, in sRGB
 * (providers.md §3C); TikTok photos take JPEG or WebP (§4.7). Publishing code asks for the JPEG
 * variant and gets the original back when it already qualifies.
 */
import sharp from "sharp";
import type { MediaKind } from "@/lib/db/client";
import { cachedVariant } from "./cached-variant";
import { MAX_IMAGE_PIXELS } from "./limits";
import { getMediaStorage, type MediaStorage } from "./storage";

export type VariantSource = { kind: MediaKind; mime: string; storageKey: string };

export type JpegVariant = {
  /** The original's key when it was already a plain sRGB JPEG, else the derived copy's. */
  storageKey: string;
  mime: "image/jpeg";
  bytes: number;
  width: number;
  height: number;
  data: Buffer;
};

/** Bump when the encoding below changes, so stale copies are re-rendered. */
const JPEG_VARIANT = "jpeg-v1";
const JPEG_QUALITY = 90;

/** Upright, sRGB, flattened on white (JPEG has no alpha), first frame only, no metadata. */
export async function renderJpeg(original: Buffer): Promise<Buffer> {
  return sharp(original, { limitInputPixels: MAX_IMAGE_PIXELS, page: 0, pages: 1 })
    .autoOrient()
    .flatten({ background: "#ffffff" })
    .toColourspace("srgb")
    .jpeg({ quality: JPEG_QUALITY, chromaSubsampling: "4:2:0" })
    .toBuffer();
}

/** A JPEG Instagram accepts as is: sRGB, no ICC profile to honour, no EXIF rotation pending. */
async function isPlainSrgbJpeg(data: Buffer): Promise<boolean> {
  const metadata = await sharp(data).metadata();
  return (
    metadata.format === "jpeg" &&
    metadata.space === "srgb" &&
    !metadata.icc &&
    (metadata.orientation ?? 1) === 1
  );
}

/** The image as a JPEG with the original's (upright) dimensions; cached in storage. */
export async function jpegVariant(
  media: VariantSource,
  storage: MediaStorage = getMediaStorage(),
): Promise<JpegVariant> {
  if (media.kind !== "IMAGE") throw new Error("Only images have a JPEG variant");
  let stored: { storageKey: string; data: Buffer } | null = null;
  if (media.mime === "image/jpeg") {
    const original = await storage.get(media.storageKey);
    if (!original) throw new Error(`Media file ${media.storageKey} is missing from storage`);
    if (await isPlainSrgbJpeg(original)) stored = { storageKey: media.storageKey, data: original };
  }
  stored ??= await cachedVariant(storage, media.storageKey, JPEG_VARIANT, renderJpeg);
  const { width, height } = await sharp(stored.data).metadata();
  return { ...stored, mime: "image/jpeg", bytes: stored.data.byteLength, width, height };
}
