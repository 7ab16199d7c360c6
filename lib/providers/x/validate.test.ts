import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import twitterText, { type TweetConfig } from "twitter-text";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { MediaInfo, PostDraft } from "../publishing-types";
import { countXText, parseXText, validateXPost, X_TEXT_CONFIG } from "./validate";

type Case = {
  description: string;
  text: string;
  expected: boolean | Record<string, number | boolean>;
};

const oracle = parse(
  readFileSync(
    fileURLToPath(new URL("../../../tests/oracles/twitter-text-validate.yml", import.meta.url)),
    "utf8",
  ),
) as { tests: Record<string, Case[]> };

/**
 * The conformance sections about tweet validity and weighted length, each with the config the
 * upstream suite runs it under: `tweets` predates weighting (v1, 140), the plain weighted counter
 * is v2, emoji discounting and directional markers are v3 (what X uses today).
 */
const SECTIONS: [string, TweetConfig][] = [
  ["tweets", twitterText.configs.version1],
  ["WeightedTweetsCounterTest", twitterText.configs.version2],
  ["WeightedTweetsWithDiscountedEmojiCounterTest", twitterText.configs.version3],
  ["UnicodeDirectionalMarkerCounterTest", twitterText.configs.version3],
];

const draft = (text: string, media: MediaInfo[] = []): PostDraft => ({ text, media, settings: {} });
const rules = (text: string, media: MediaInfo[] = []) =>
  validateXPost(draft(text, media)).map((found) => found.rule);

describe("twitter-text conformance (tests/oracles/twitter-text-validate.yml)", () => {
  it("uses the v3 config (280 weighted, URLs 23)", () => {
    expect(X_TEXT_CONFIG).toMatchObject({ maxWeightedTweetLength: 280, transformedURLLength: 23 });
  });

  for (const [section, config] of SECTIONS) {
    const cases = oracle.tests[section] ?? [];
    it(`${section} has cases`, () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((entry) => [entry.description, entry] as const))(
      `${section}: %s`,
      (_description, entry) => {
        const parsed = parseXText(entry.text, config);
        if (typeof entry.expected === "boolean") expect(parsed.valid).toBe(entry.expected);
        else expect(parsed).toMatchObject(entry.expected);
      },
    );
  }

  it("the v3 cases also decide validatePost (text-only drafts)", () => {
    for (const [section, config] of SECTIONS) {
      if (config !== X_TEXT_CONFIG) continue;
      for (const entry of oracle.tests[section] ?? []) {
        const expected = entry.expected as { valid: boolean; weightedLength: number };
        expect(countXText(entry.text)).toBe(expected.weightedLength);
        expect(validateXPost(draft(entry.text)).length === 0).toBe(expected.valid);
      }
    }
  });
});

describe("X text rules", () => {
  it("needs text or media", () => {
    expect(rules("")).toEqual(["x.text.empty"]);
    expect(rules("", [{ kind: "image", mime: "image/jpeg", bytes: 1000 }])).toEqual([]);
  });

  it("weighs URLs as 23 and names the limit and the count", () => {
    const url = `https://example.com/${"a".repeat(200)}`;
    expect(countXText(`${"x".repeat(256)} ${url}`)).toBe(280);
    expect(rules(`${"x".repeat(256)} ${url}`)).toEqual([]);
    const [tooLong] = validateXPost(draft(`${"x".repeat(257)} ${url}`));
    expect(tooLong?.rule).toBe("x.text.too_long");
    expect(tooLong?.message).toContain("280");
    expect(tooLong?.message).toContain("281");
  });

  it("refuses characters twitter-text calls invalid", () => {
    expect(rules("hello \uFFFE")).toEqual(["x.text.invalid_characters"]);
  });
});

describe("X media rules (providers.md §1.5)", () => {
  const jpeg = (bytes = 100_000): MediaInfo => ({ kind: "image", mime: "image/jpeg", bytes });
  const gif: MediaInfo = { kind: "image", mime: "image/gif", bytes: 1_000_000, animated: true };
  const video = (overrides: Partial<MediaInfo> = {}): MediaInfo => ({
    kind: "video",
    mime: "video/mp4",
    bytes: 5_000_000,
    width: 1280,
    height: 720,
    durationMs: 3_000,
    ...overrides,
  });

  it("takes up to 4 images, or 1 video, or 1 GIF, not mixed", () => {
    expect(rules("hi", [jpeg(), jpeg(), jpeg(), jpeg()])).toEqual([]);
    expect(rules("hi", [jpeg(), jpeg(), jpeg(), jpeg(), jpeg()])).toEqual([
      "x.media.too_many_images",
    ]);
    expect(rules("hi", [video()])).toEqual([]);
    expect(rules("hi", [gif])).toEqual([]);
    expect(rules("hi", [video(), jpeg()])).toEqual(["x.media.mixed"]);
    expect(rules("hi", [gif, jpeg()])).toEqual(["x.media.mixed"]);
    expect(rules("hi", [video(), video()])).toEqual(["x.media.mixed"]);
  });

  it("a still GIF counts as an image", () => {
    const still: MediaInfo = { ...gif, animated: false };
    expect(rules("hi", [still, jpeg()])).toEqual([]);
  });

  it("checks sizes: images 5 MB, animated GIFs 15 MB, videos 512 MB", () => {
    expect(rules("hi", [jpeg(5 * 1024 * 1024)])).toEqual([]);
    expect(rules("hi", [jpeg(5 * 1024 * 1024 + 1)])).toEqual(["x.image.too_large"]);
    expect(rules("hi", [{ ...gif, bytes: 15 * 1024 * 1024 }])).toEqual([]);
    expect(rules("hi", [{ ...gif, bytes: 15 * 1024 * 1024 + 1 }])).toEqual(["x.gif.too_large"]);
    expect(rules("hi", [video({ bytes: 512 * 1024 * 1024 + 1 })])).toEqual(["x.video.too_large"]);
  });

  it("checks video duration (0.5–140 s), aspect ratio (1:3–3:1) and size (1280×1024)", () => {
    expect(rules("hi", [video({ durationMs: 400 })])).toEqual(["x.video.duration"]);
    expect(rules("hi", [video({ durationMs: 140_000 })])).toEqual([]);
    expect(rules("hi", [video({ durationMs: 140_001 })])).toEqual(["x.video.duration"]);
    expect(rules("hi", [video({ width: 1200, height: 300 })])).toEqual(["x.video.aspect_ratio"]);
    expect(rules("hi", [video({ width: 1024, height: 1280 })])).toEqual([]);
    expect(rules("hi", [video({ width: 1080, height: 1920 })])).toEqual(["x.video.resolution"]);
    // The way out is named: the same shape at the largest size X takes.
    const messages = (media: MediaInfo) =>
      validateXPost(draft("hi", [media])).map((found) => found.message);
    expect(messages(video({ width: 1080, height: 1920 }))).toEqual([
      expect.stringContaining("Export it at 720×1280 or smaller for X."),
    ]);
    expect(messages(video({ width: 3840, height: 2160 }))).toEqual([
      expect.stringContaining("Export it at 1280×720 or smaller for X."),
    ]);
  });

  it("refuses types X does not take", () => {
    expect(rules("hi", [{ kind: "image", mime: "image/tiff", bytes: 10 }])).toEqual([
      "x.media.type",
    ]);
  });
});
