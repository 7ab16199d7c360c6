import sharp from "sharp";
import { afterAll, describe, expect, test } from "vitest";
import { jpegVariant } from "./network-variants";
import { newStorageKey } from "./storage";
import { FIXTURES, fixture, tempStorage } from "./testing/media-test-support";

const { storage, cleanup } = tempStorage();
afterAll(cleanup);

async function stored(name: string, mime: string) {
  const storageKey = newStorageKey();
  await storage.put(storageKey, fixture(name));
  return { kind: "IMAGE" as const, mime, storageKey };
}

describe("jpegVariant", () => {
  test("re-encodes a PNG to an sRGB JPEG of the same size, without metadata, once", async () => {
    const media = await stored(FIXTURES.png, "image/png");
    const variant = await jpegVariant(media, storage);
    expect(variant).toMatchObject({ mime: "image/jpeg", width: 800, height: 600 });
    expect(variant.storageKey).toBe(`${media.storageKey}.jpeg-v1`);
    const metadata = await sharp(variant.data).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", space: "srgb", width: 800, height: 600 });
    expect(metadata.exif).toBeUndefined();
    expect(variant.bytes).toBe(variant.data.byteLength);

    // The second call reads the cached copy.
    const again = await jpegVariant(media, storage);
    expect(again.data.equals(variant.data)).toBe(true);
  });

  test("takes the first frame of an animated GIF", async () => {
    const variant = await jpegVariant(await stored(FIXTURES.gif, "image/gif"), storage);
    const metadata = await sharp(variant.data).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 480, height: 480 });
    expect(metadata.pages).toBeUndefined();
  });

  test("returns a plain sRGB JPEG original as it is", async () => {
    const media = await stored(FIXTURES.square, "image/jpeg");
    const variant = await jpegVariant(media, storage);
    expect(variant.storageKey).toBe(media.storageKey);
    expect(variant.data.equals(fixture(FIXTURES.square))).toBe(true);
  });

  test("turns a JPEG with a pending EXIF rotation upright", async () => {
    const storageKey = newStorageKey();
    const rotated = await sharp(fixture(FIXTURES.tooWide))
      .withMetadata({ orientation: 6 })
      .toBuffer();
    await storage.put(storageKey, rotated);
    const variant = await jpegVariant({ kind: "IMAGE", mime: "image/jpeg", storageKey }, storage);
    expect(variant.storageKey).not.toBe(storageKey);
    expect(variant).toMatchObject({ width: 500, height: 1500 });
    expect((await sharp(variant.data).metadata()).orientation).toBeUndefined();
  });

  test("refuses videos", async () => {
    await expect(
      jpegVariant({ kind: "VIDEO", mime: "video/mp4", storageKey: newStorageKey() }, storage),
    ).rejects.toThrow(/Only images/);
  });
});
