import { describe, expect, it } from "vitest";
import { ProviderError } from "../provider-error";
import type { MediaInfo, PublishOptions } from "../publishing-types";
import { resolvePostInfo, toPublishOptions } from "./publish-options";
import type { CreatorInfo } from "./tiktok-publish-api";
import { validateTikTokPost } from "./validate";

const video = (overrides: Partial<MediaInfo> = {}): MediaInfo => ({
  kind: "video",
  mime: "video/mp4",
  bytes: 8_000_000,
  width: 1080,
  height: 1920,
  durationMs: 4_000,
  ...overrides,
});
const photo: MediaInfo = { kind: "image", mime: "image/jpeg", bytes: 300_000 };
// The media and text rules below are checked with an audience chosen; its own rules come after.
const chosen = { privacyLevel: "SELF_ONLY" };
const rules = (
  text: string,
  media: MediaInfo[],
  settings: Record<string, string | boolean> = chosen,
  options?: PublishOptions,
) => validateTikTokPost({ text, media, settings }, options).map((found) => found.rule);

const info = (overrides: Partial<CreatorInfo> = {}): CreatorInfo => ({
  creator_username: "sandbox_creator",
  creator_nickname: "Creator",
  privacy_level_options: ["FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"],
  comment_disabled: false,
  duet_disabled: false,
  stitch_disabled: false,
  max_video_post_duration_sec: 60,
  ...overrides,
});

describe("TikTok media rules (providers.md §4.6, §4.7)", () => {
  it("needs media: one video or 1–35 photos, not mixed", () => {
    expect(rules("hi", [])).toEqual(["tiktok.media.required"]);
    expect(rules("hi", [video()])).toEqual([]);
    expect(
      rules(
        "hi",
        Array.from({ length: 35 }, () => photo),
      ),
    ).toEqual([]);
    expect(
      rules(
        "hi",
        Array.from({ length: 36 }, () => photo),
      ),
    ).toEqual(["tiktok.media.too_many_photos"]);
    expect(rules("hi", [video(), photo])).toEqual(["tiktok.media.mixed"]);
    expect(rules("hi", [video(), video()])).toEqual(["tiktok.media.mixed"]);
  });

  it("limits video duration to 10 min, or the creator's own cap when known", () => {
    expect(rules("", [video({ durationMs: 600_000 })])).toEqual([]);
    expect(rules("", [video({ durationMs: 600_001 })])).toEqual(["tiktok.video.duration"]);
    const options = toPublishOptions(info(), true);
    expect(rules("", [video({ durationMs: 60_000 })], chosen, options)).toEqual([]);
    expect(rules("", [video({ durationMs: 61_000 })], chosen, options)).toEqual([
      "tiktok.video.duration",
    ]);
  });

  it("checks video sides (360–4096 px) and photo types", () => {
    expect(rules("", [video({ width: 320, height: 640 })])).toEqual(["tiktok.video.resolution"]);
    expect(rules("", [{ ...photo, mime: "image/gif" }])).toEqual(["tiktok.media.type"]);
    expect(rules("", [{ ...photo, mime: "image/png" }])).toEqual([]);
    expect(rules("", [{ ...photo, bytes: 21 * 1024 * 1024 }])).toEqual(["tiktok.photo.too_large"]);
  });

  it("text: a video title up to 2,200, a photo description up to 4,000", () => {
    expect(rules("a".repeat(2200), [video()])).toEqual([]);
    expect(rules("a".repeat(2201), [video()])).toEqual(["tiktok.text.too_long"]);
    expect(rules("a".repeat(4000), [photo])).toEqual([]);
    expect(rules("a".repeat(4001), [photo])).toEqual(["tiktok.text.too_long"]);
  });
});

describe("TikTok privacy settings", () => {
  it("refuses malformed settings", () => {
    expect(rules("", [video()], { privacyLevel: "EVERYONE" })).toEqual(["tiktok.settings.invalid"]);
  });

  it("requires the person to choose the audience, on the server as in the composer", () => {
    expect(rules("", [video()], {})).toEqual(["tiktok.privacyLevel.required"]);
    expect(rules("", [video()], { disableComment: true })).toEqual([
      "tiktok.privacyLevel.required",
    ]);
    // Even when "Only me" is the one audience on offer (unaudited), nothing is assumed.
    expect(rules("", [video()], {}, toPublishOptions(info(), false))).toEqual([
      "tiktok.privacyLevel.required",
    ]);
    const [required] = validateTikTokPost({ text: "", media: [video()], settings: {} });
    expect(required!.message).toBe("Choose who can see this post on TikTok.");
  });

  it("checks the chosen level against the creator's options when the composer has them", () => {
    const unaudited = toPublishOptions(info(), false);
    expect(rules("", [video()], { privacyLevel: "SELF_ONLY" }, unaudited)).toEqual([]);
    expect(rules("", [video()], { privacyLevel: "FOLLOWER_OF_CREATOR" }, unaudited)).toEqual([
      "tiktok.privacy.not_allowed",
    ]);
    expect(rules("", [video()], { privacyLevel: "FOLLOWER_OF_CREATOR" })).toEqual([]);
  });

  it("offers the audiences with none pre-selected: SELF_ONLY alone while unaudited", () => {
    const unaudited = toPublishOptions(info(), false);
    expect(unaudited.fields[0]).toEqual({
      kind: "choice",
      key: "privacyLevel",
      label: "Who can see this post",
      choices: [{ value: "SELF_ONLY", label: "Only me" }],
      placeholder: "Choose who can see it",
    });
    expect(unaudited.notices).toHaveLength(1);
    expect(unaudited.postingAs).toEqual({ name: "Creator" });
    expect(unaudited.maxVideoDurationMs).toBe(60_000);
    const audited = toPublishOptions(info(), true);
    expect(audited.fields[0]).not.toHaveProperty("defaultValue");
    expect(audited.fields[0]).toMatchObject({
      placeholder: "Choose who can see it",
      choices: [
        { value: "FOLLOWER_OF_CREATOR", label: "Followers" },
        { value: "MUTUAL_FOLLOW_FRIENDS", label: "Friends (followers you follow back)" },
        { value: "SELF_ONLY", label: "Only me" },
      ],
    });
    expect(audited.notices).toEqual([]);
  });

  it("locks interactions the creator turned off", () => {
    const options = toPublishOptions(info({ comment_disabled: true }), true);
    expect(options.fields.find((field) => field.key === "disableComment")).toMatchObject({
      defaultValue: true,
      locked: true,
    });
    expect(
      resolvePostInfo(info({ comment_disabled: true }), { privacyLevel: "SELF_ONLY" }, true, true),
    ).toEqual({
      privacy_level: "SELF_ONLY",
      disable_comment: true,
      disable_duet: false,
      disable_stitch: false,
    });
  });

  it("publishes the chosen level, enforces SELF_ONLY while unaudited and refuses levels not on offer", () => {
    expect(resolvePostInfo(info(), { privacyLevel: "SELF_ONLY" }, false, false)).toEqual({
      privacy_level: "SELF_ONLY",
      disable_comment: false,
    });
    expect(
      resolvePostInfo(info(), { privacyLevel: "MUTUAL_FOLLOW_FRIENDS" }, true, false),
    ).toMatchObject({ privacy_level: "MUTUAL_FOLLOW_FRIENDS" });
    expect(() =>
      resolvePostInfo(info(), { privacyLevel: "FOLLOWER_OF_CREATOR" }, false, true),
    ).toThrow(ProviderError);
    expect(() =>
      resolvePostInfo(info(), { privacyLevel: "PUBLIC_TO_EVERYONE" }, true, true),
    ).toThrow(/does not offer/);
    expect(() =>
      resolvePostInfo(info({ privacy_level_options: ["PUBLIC_TO_EVERYONE"] }), {}, false, true),
    ).toThrow(/no audience/);
  });

  it("never guesses an audience for a target stored without one: invalid_content", () => {
    for (const audited of [false, true]) {
      let error: unknown;
      try {
        resolvePostInfo(info(), {}, audited, true);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({
        kind: "invalid_content",
        providerCode: "privacy_level_required",
        message: expect.stringMatching(/choose who can see it/),
      });
    }
  });
});
