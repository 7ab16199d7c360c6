/**
 * Fidelity against Meta's generated Graph API specs (tests/oracles/meta-graph): every parameter
 * the sandbox reads on a Graph edge is a real parameter of that edge.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  FB_FEED_READ_PARAMS,
  FB_PERMISSION_STATUSES,
  FB_PERMISSIONS_READ_PARAMS,
} from "../facebook/feed";
import { FB_FEED_PARAMS, FB_PHOTO_PARAMS, FB_VIDEO_PARAMS } from "../facebook/publishing";
import { IG_MEDIA_PARAMS } from "../instagram/containers";
import { IG_MEDIA_LIST_PARAMS } from "../instagram/nodes";

type Spec = {
  apis: { method: string; endpoint?: string; params: { name: string }[] }[];
  fields?: { name: string }[];
};
const load = (file: string) =>
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, "../../../tests/oracles/meta-graph", file),
      "utf8",
    ),
  ) as Spec;
const paramsOf = (spec: Spec, method: string, endpoint: string) =>
  new Set(
    spec.apis
      .find((api) => api.method === method && api.endpoint === endpoint)
      ?.params.map((p) => p.name) ?? [],
  );

describe("Graph parameters match meta-graph/*.json", () => {
  const page = load("Page.json");
  const cases: [string, readonly string[], Set<string>][] = [
    ["Page POST feed", FB_FEED_PARAMS, paramsOf(page, "POST", "feed")],
    ["Page POST photos", FB_PHOTO_PARAMS, paramsOf(page, "POST", "photos")],
    ["Page POST videos", FB_VIDEO_PARAMS, paramsOf(page, "POST", "videos")],
    ["IGUser POST media", IG_MEDIA_PARAMS, paramsOf(load("IGUser.json"), "POST", "media")],
    [
      "IGUser POST media_publish",
      ["creation_id"],
      paramsOf(load("IGUser.json"), "POST", "media_publish"),
    ],
    [
      "User DELETE permissions",
      ["permission"],
      paramsOf(load("User.json"), "DELETE", "permissions"),
    ],
    [
      "User GET permissions",
      FB_PERMISSIONS_READ_PARAMS,
      paramsOf(load("User.json"), "GET", "permissions"),
    ],
    ["Page GET feed", FB_FEED_READ_PARAMS, paramsOf(page, "GET", "feed")],
    ["Page GET published_posts", FB_FEED_READ_PARAMS, paramsOf(page, "GET", "published_posts")],
    ["IGUser GET media", IG_MEDIA_LIST_PARAMS, paramsOf(load("IGUser.json"), "GET", "media")],
  ];
  it.each(cases)("%s", (_label, used, known) => {
    expect(known.size).toBeGreaterThan(0);
    expect(used.filter((name) => !known.has(name))).toEqual([]);
  });

  it("Permission statuses are the enum's values", () => {
    const enums = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, "../../../tests/oracles/meta-graph/enum_types.json"),
        "utf8",
      ),
    ) as { name: string; values: string[] }[];
    const values = enums.find((e) => e.name === "userpermissions_status_enum_param")?.values;
    expect([...FB_PERMISSION_STATUSES].sort()).toEqual(values?.sort());
  });

  it("container status fields are ShadowIGMediaBuilder fields", () => {
    const fields = new Set(load("ShadowIGMediaBuilder.json").fields?.map((f) => f.name));
    for (const name of ["id", "status", "status_code"]) expect(fields.has(name)).toBe(true);
  });

  it("Page node fields the sandbox serves exist on Page", () => {
    const fields = new Set(load("Page.json").fields?.map((f) => f.name));
    for (const name of [
      "id",
      "name",
      "category",
      "access_token",
      "link",
      "fan_count",
      "instagram_business_account",
    ])
      expect(fields.has(name)).toBe(true);
  });
});
