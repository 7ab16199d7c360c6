import { describe, expect, test } from "vitest";
import { networkRules } from "@/lib/providers/validators";
import {
  buildPostInput,
  type ComposerAccount,
  checkNetworks,
  type DraftState,
  draftProblems,
  type UploadedMedia,
} from "./compose-model";

const accounts: ComposerAccount[] = [
  {
    id: "a-x",
    provider: "x",
    handle: "alice",
    displayName: "Alice",
    avatarUrl: null,
    status: "ACTIVE",
    statusReason: null,
  },
  {
    id: "a-ig",
    provider: "instagram",
    handle: "alice.ig",
    displayName: "alice.ig",
    avatarUrl: null,
    status: "ACTIVE",
    statusReason: null,
  },
  {
    id: "a-tt",
    provider: "tiktok",
    handle: "Alice Creates",
    displayName: "Alice Creates",
    avatarUrl: null,
    status: "ACTIVE",
    statusReason: null,
  },
  {
    id: "a-fb",
    provider: "facebook",
    handle: "Bakery",
    displayName: "Bakery",
    avatarUrl: null,
    status: "NEEDS_RECONNECT",
    statusReason: "revoked",
  },
];

const image: UploadedMedia = {
  id: "m1",
  kind: "IMAGE",
  mime: "image/jpeg",
  bytes: 200_000,
  width: 1080,
  height: 1080,
  durationMs: null,
  animated: false,
  previewUrl: "/api/media/m1/preview",
};

const draft = (overrides: Partial<DraftState> = {}): DraftState => ({
  text: "Hello",
  overrides: {},
  selected: [],
  media: [],
  settings: {},
  options: {},
  ...overrides,
});

/** TikTok's options while unaudited: "Only me" is the one choice, and still not pre-selected. */
const tiktokOptions = {
  state: "ready" as const,
  options: {
    fields: [
      {
        kind: "choice" as const,
        key: "privacyLevel",
        label: "Who can see this post",
        choices: [{ value: "SELF_ONLY", label: "Only me" }],
        placeholder: "Choose who can see it",
      },
    ],
    notices: [],
  },
};

describe("checkNetworks", () => {
  test("counts X text the way X does and names the limit when it's over", () => {
    const [x] = checkNetworks(
      accounts,
      draft({ text: "a".repeat(281), selected: ["a-x"] }),
      networkRules,
    );
    expect(x).toMatchObject({ provider: "x", count: 281, max: 280, overLimit: true });
    expect(x!.issues.map((issue) => issue.rule)).toEqual(["x.text.too_long"]);
    const [url] = checkNetworks(
      accounts,
      draft({ text: `hi https://example.com/${"x".repeat(100)}`, selected: ["a-x"] }),
      networkRules,
    );
    expect(url!.count).toBe(26);
  });

  test("a per-network override is checked instead of the main text, in registry order", () => {
    const checks = checkNetworks(
      accounts,
      draft({
        text: "a".repeat(300),
        overrides: { x: "short" },
        selected: ["a-ig", "a-x"],
        media: [{ key: "k", name: "i.jpg", state: "ready", media: image }],
      }),
      networkRules,
    );
    expect(checks.map((check) => check.provider)).toEqual(["x", "instagram"]);
    expect(checks[0]).toMatchObject({ text: "short", overridden: true, issues: [] });
    expect(checks[1]).toMatchObject({ overridden: false, issues: [] });
  });

  test("Instagram and TikTok need media; TikTok's audience must be chosen, said once", () => {
    const options = { "a-tt": tiktokOptions };
    const [ig, tt] = checkNetworks(
      accounts,
      draft({ selected: ["a-ig", "a-tt"], options }),
      networkRules,
    );
    expect(ig!.issues.map((issue) => issue.rule)).toEqual(["instagram.media.required"]);
    expect(tt!.issues.map((issue) => issue.rule)).toEqual([
      "tiktok.media.required",
      "tiktok.privacyLevel.required",
    ]);
    expect(tt!.issues[1]!.message).toBe("Choose who can see this post on TikTok.");
    const chosen = checkNetworks(
      accounts,
      draft({
        selected: ["a-tt"],
        options,
        settings: { "a-tt": { privacyLevel: "SELF_ONLY" } },
        media: [{ key: "k", name: "i.jpg", state: "ready", media: image }],
      }),
      networkRules,
    );
    expect(chosen[0]!.issues).toEqual([]);
  });

  test("TikTok's audience is required even while its options load or after they failed", () => {
    const media: DraftState["media"] = [{ key: "k", name: "i.jpg", state: "ready", media: image }];
    for (const state of [{ state: "loading" }, { state: "error", message: "no" }] as const) {
      const [tt] = checkNetworks(
        accounts,
        draft({ selected: ["a-tt"], media, options: { "a-tt": state } }),
        networkRules,
      );
      expect(tt!.issues.map((issue) => issue.rule)).toEqual(["tiktok.privacyLevel.required"]);
    }
  });

  test("every TikTok account without an audience is named; media problems are said once", () => {
    const second: ComposerAccount = { ...accounts[2]!, id: "a-tt2", handle: "bob" };
    const [tt] = checkNetworks(
      [...accounts, second],
      draft({
        selected: ["a-tt", "a-tt2"],
        options: { "a-tt": tiktokOptions, "a-tt2": tiktokOptions },
        settings: { "a-tt2": { privacyLevel: "SELF_ONLY" } },
      }),
      networkRules,
    );
    expect(tt!.issues.map((issue) => issue.message)).toEqual([
      "TikTok needs a video or at least one photo.",
      "@Alice Creates: Choose who can see this post on TikTok.",
    ]);
    const [both] = checkNetworks(
      [...accounts, second],
      draft({ selected: ["a-tt", "a-tt2"] }),
      networkRules,
    );
    expect(both!.issues.map((issue) => issue.message)).toEqual([
      "TikTok needs a video or at least one photo.",
      "@Alice Creates: Choose who can see this post on TikTok.",
      "@bob: Choose who can see this post on TikTok.",
    ]);
  });
});

describe("checkNetworks before the validators load", () => {
  test("is pending: names and order known, no count, nothing over, only the composer's own issues", () => {
    const options = { "a-tt": tiktokOptions };
    const [x, tt] = checkNetworks(
      accounts,
      draft({ text: "a".repeat(281), selected: ["a-tt", "a-x"], options }),
      null,
    );
    expect(x).toMatchObject({
      provider: "x",
      displayName: "X",
      pending: true,
      count: null,
      max: null,
      overLimit: false,
      issues: [],
    });
    expect(tt).toMatchObject({ provider: "tiktok", displayName: "TikTok", pending: true });
    expect(tt!.issues.map((issue) => issue.rule)).toEqual(["tiktok.privacyLevel.required"]);
  });
});

describe("submitting", () => {
  test("builds the server's input: ids only, overrides and settings per account", () => {
    const state = draft({
      selected: ["a-x", "a-tt"],
      overrides: { x: "For X" },
      settings: { "a-tt": { privacyLevel: "SELF_ONLY" } },
      media: [
        { key: "k", name: "i.jpg", state: "ready", media: image },
        { key: "u", name: "b.jpg", state: "uploading", progress: 0.5 },
      ],
    });
    const built = buildPostInput("3b241101-e2bb-4255-8caf-4136c566a962", accounts, state, {
      mode: "now",
    });
    expect(built).toEqual({
      idempotencyKey: "3b241101-e2bb-4255-8caf-4136c566a962",
      text: "Hello",
      mediaIds: ["m1"],
      targets: [
        { accountId: "a-x", textOverride: "For X", settings: {} },
        { accountId: "a-tt", settings: { privacyLevel: "SELF_ONLY" } },
      ],
      schedule: { mode: "now" },
    });
    expect(draftProblems(state)).toEqual(["Wait for the uploads to finish."]);
    expect(draftProblems(draft())).toEqual(["Choose at least one account."]);
  });
});
