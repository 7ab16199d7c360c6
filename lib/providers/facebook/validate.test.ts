import { describe, expect, it } from "vitest";
import type { MediaInfo } from "../publishing-types";
import { facebookLimits, validateFacebookPost } from "./validate";

const image: MediaInfo = { kind: "image", mime: "image/jpeg", bytes: 200_000 };
const video: MediaInfo = { kind: "video", mime: "video/mp4", bytes: 5_000_000 };
const rules = (text: string, media: MediaInfo[] = []) =>
  validateFacebookPost({ text, media, settings: {} }).map((found) => found.rule);

describe("Facebook Page post rules (providers.md §2.4, §2.7)", () => {
  it("needs text, an image or a video", () => {
    expect(rules("")).toEqual(["facebook.text.empty"]);
    expect(rules("  ")).toEqual(["facebook.text.empty"]);
    expect(rules("", [image])).toEqual([]);
    expect(rules("hello")).toEqual([]);
  });

  it("allows 63,206 characters and says so", () => {
    expect(facebookLimits.maxTextLength).toBe(63_206);
    expect(rules("a".repeat(63_206))).toEqual([]);
    const [found] = validateFacebookPost({ text: "a".repeat(63_207), media: [], settings: {} });
    expect(found).toMatchObject({ rule: "facebook.text.too_long" });
    expect(found?.message).toContain("63,206");
  });

  it("takes several images or one video, not both", () => {
    expect(
      rules(
        "",
        Array.from({ length: 10 }, () => image),
      ),
    ).toEqual([]);
    expect(
      rules(
        "",
        Array.from({ length: 11 }, () => image),
      ),
    ).toEqual(["facebook.media.too_many_images"]);
    expect(rules("", [video])).toEqual([]);
    expect(rules("", [video, image])).toEqual(["facebook.media.mixed"]);
    expect(rules("", [video, video])).toEqual(["facebook.media.mixed"]);
  });

  it("refuses file types Facebook does not take", () => {
    expect(rules("", [{ ...video, mime: "video/x-msvideo" }])).toEqual(["facebook.media.type"]);
  });

  it("needs no media and does not mix", () => {
    expect(facebookLimits).toMatchObject({ mediaRequired: false, mixedMedia: false });
  });
});
