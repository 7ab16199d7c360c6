import { describe, expect, it } from "vitest";
import type { MediaInfo } from "../publishing-types";
import { validateInstagramPost } from "./validate";

const jpeg = (width = 1080, height = 1080, bytes = 200_000): MediaInfo => ({
  kind: "image",
  mime: "image/jpeg",
  bytes,
  width,
  height,
});
const reel = (overrides: Partial<MediaInfo> = {}): MediaInfo => ({
  kind: "video",
  mime: "video/mp4",
  bytes: 8_000_000,
  width: 1080,
  height: 1920,
  durationMs: 4_000,
  ...overrides,
});
const rules = (text: string, media: MediaInfo[]) =>
  validateInstagramPost({ text, media, settings: {} }).map((found) => found.rule);

describe("Instagram caption rules (providers.md §3C)", () => {
  it("allows 2,200 characters, 30 hashtags and 20 mentions", () => {
    expect(rules("a".repeat(2200), [jpeg()])).toEqual([]);
    expect(rules("a".repeat(2201), [jpeg()])).toEqual(["instagram.caption.too_long"]);
    const tags = (count: number) =>
      Array.from({ length: count }, (_, index) => `#tag${index}`).join(" ");
    expect(rules(tags(30), [jpeg()])).toEqual([]);
    expect(rules(tags(31), [jpeg()])).toEqual(["instagram.caption.hashtags"]);
    const mentions = (count: number) =>
      Array.from({ length: count }, (_, index) => `@user.${index}`).join(" ");
    expect(rules(mentions(20), [jpeg()])).toEqual([]);
    expect(rules(mentions(21), [jpeg()])).toEqual(["instagram.caption.mentions"]);
  });

  it("counts Unicode hashtags and names the numbers", () => {
    const [found] = validateInstagramPost({
      text: Array.from({ length: 31 }, (_, index) => `#café${index}`).join(" "),
      media: [jpeg()],
      settings: {},
    });
    expect(found?.message).toContain("31");
    expect(found?.message).toContain("30");
  });
});

describe("Instagram media rules", () => {
  it("needs media, and at most 10 files", () => {
    expect(rules("hello", [])).toEqual(["instagram.media.required"]);
    expect(
      rules(
        "",
        Array.from({ length: 10 }, () => jpeg()),
      ),
    ).toEqual([]);
    expect(
      rules(
        "",
        Array.from({ length: 11 }, () => jpeg()),
      ),
    ).toEqual(["instagram.media.too_many"]);
  });

  it("takes feed images from 4:5 to 1.91:1", () => {
    expect(rules("", [jpeg(1080, 1350)])).toEqual([]); // exactly 4:5
    expect(rules("", [jpeg(1080, 1400)])).toEqual(["instagram.image.aspect_ratio"]);
    expect(rules("", [jpeg(1910, 1000)])).toEqual([]); // exactly 1.91:1
    expect(rules("", [jpeg(1500, 500)])).toEqual(["instagram.image.aspect_ratio"]); // 3:1
  });

  it("JPEG only: PNG and WebP go as Socialite's JPEG rendering, GIFs are refused", () => {
    expect(rules("", [{ ...jpeg(800, 600), mime: "image/png" }])).toEqual([]);
    expect(rules("", [{ ...jpeg(), mime: "image/webp" }])).toEqual([]);
    expect(rules("", [{ ...jpeg(), mime: "image/gif", animated: true }])).toEqual([
      "instagram.image.gif",
    ]);
    expect(rules("", [{ ...jpeg(), mime: "image/heic" }])).toEqual(["instagram.media.type"]);
  });

  it("limits JPEGs to 8 MB", () => {
    expect(rules("", [jpeg(1080, 1080, 8 * 1024 * 1024)])).toEqual([]);
    expect(rules("", [jpeg(1080, 1080, 8 * 1024 * 1024 + 1)])).toEqual([
      "instagram.image.too_large",
    ]);
  });

  it("takes Reels from 3 s to 15 min, up to 300 MB, MP4 or MOV", () => {
    expect(rules("", [reel()])).toEqual([]);
    expect(rules("", [reel({ durationMs: 2_999 })])).toEqual(["instagram.video.duration"]);
    expect(rules("", [reel({ durationMs: 15 * 60_000 + 1 })])).toEqual([
      "instagram.video.duration",
    ]);
    expect(rules("", [reel({ bytes: 300 * 1024 * 1024 + 1 })])).toEqual([
      "instagram.video.too_large",
    ]);
    expect(rules("", [reel({ mime: "video/webm" })])).toEqual(["instagram.media.type"]);
  });

  it("mixes images and videos in a carousel", () => {
    expect(rules("", [jpeg(), reel()])).toEqual([]);
  });
});
