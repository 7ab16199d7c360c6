import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { inspectMedia } from "./inspect-media";
import { MediaRejectedError, type MediaRejectionReason } from "./media-rejected-error";
import { FIXTURES, fixture } from "./testing/media-test-support";

async function rejection(buffer: Buffer): Promise<MediaRejectedError> {
  const error = await inspectMedia(buffer).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaRejectedError);
  return error as MediaRejectedError;
}

describe("inspectMedia accepts", () => {
  test.each([
    [FIXTURES.square, "image/jpeg", 1080, 1080],
    [FIXTURES.portrait, "image/jpeg", 1080, 1350],
    // Too wide for Instagram, but that is the Instagram validation's call, not the upload's.
    [FIXTURES.tooWide, "image/jpeg", 1500, 500],
    [FIXTURES.png, "image/png", 800, 600],
  ])("%s as a still image", async (name, mime, width, height) => {
    const buffer = fixture(name);
    const media = await inspectMedia(buffer);
    expect(media).toMatchObject({ kind: "IMAGE", mime, width, height, animated: false });
    expect(media.bytes).toBe(buffer.byteLength);
    expect(media.sha256).toMatch(/^[a-f0-9]{64}$/);
    expect(media.durationMs).toBeUndefined();
  });

  test("an animated GIF, flagged as animated", async () => {
    const media = await inspectMedia(fixture(FIXTURES.gif));
    expect(media).toMatchObject({
      kind: "IMAGE",
      mime: "image/gif",
      width: 480,
      height: 480,
      animated: true,
    });
  });

  test("a 9:16 H.264 + AAC reel with its duration and codecs", async () => {
    const media = await inspectMedia(fixture(FIXTURES.reel));
    expect(media).toMatchObject({
      kind: "VIDEO",
      mime: "video/mp4",
      width: 1080,
      height: 1920,
      durationMs: 4000,
      video: { videoCodec: "avc1.640028", audioCodec: "mp4a.40.2", moovFirst: true },
    });
    expect(media.animated).toBeUndefined();
  });

  test("a silent landscape video whose moov box comes last", async () => {
    const media = await inspectMedia(fixture(FIXTURES.silent));
    expect(media).toMatchObject({
      kind: "VIDEO",
      width: 1280,
      height: 720,
      durationMs: 3000,
      video: { audioCodec: null, moovFirst: false },
    });
  });

  test("a WebP made on the fly", async () => {
    const webp = await sharp({
      create: { width: 64, height: 32, channels: 3, background: "#336699" },
    })
      .webp()
      .toBuffer();
    expect(await inspectMedia(webp)).toMatchObject({
      kind: "IMAGE",
      mime: "image/webp",
      width: 64,
      height: 32,
      animated: false,
    });
  });

  test("a sideways phone photo with its displayed (EXIF-rotated) dimensions", async () => {
    const rotated = await sharp(fixture(FIXTURES.tooWide))
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await inspectMedia(rotated)).toMatchObject({ width: 500, height: 1500 });
  });

  test("by content, whatever the client declared", async () => {
    const media = await inspectMedia(fixture(FIXTURES.png), {
      name: "holiday.mp4",
      type: "video/mp4",
    });
    expect(media.mime).toBe("image/png");
  });
});

describe("inspectMedia refuses", () => {
  const cases: [string, Buffer, MediaRejectionReason][] = [
    ["random bytes named .jpg", fixture(FIXTURES.notAnImage), "unsupported_type"],
    ["a truncated JPEG", fixture(FIXTURES.truncated), "corrupt_image"],
    ["a 30000x30000 pixel flood", fixture(FIXTURES.pixelFlood), "too_many_pixels"],
    ["an empty file", Buffer.alloc(0), "empty"],
    ["a PDF", Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "unsupported_type"],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), "unsupported_type"],
    ["an MP4 header with no movie", fixture(FIXTURES.reel).subarray(0, 64), "unreadable_video"],
  ];

  test.each(cases)("%s", async (_label, buffer, reason) => {
    expect((await rejection(buffer)).reason).toBe(reason);
  });

  test("the unsupported-type message names what is supported", async () => {
    expect((await rejection(fixture(FIXTURES.notAnImage))).message).toBe(
      "This file isn't a supported image or video (JPEG, PNG, GIF, WebP, MP4, MOV).",
    );
  });

  test("an image over 20 MB, by size, before decoding", async () => {
    // A valid JPEG header followed by padding: the size check must come first.
    const big = Buffer.concat([fixture(FIXTURES.square), Buffer.alloc(20 * 1024 * 1024)]);
    const error = await rejection(big);
    expect(error.reason).toBe("too_large");
    expect(error.message).toContain("20 MB");
  });
});
