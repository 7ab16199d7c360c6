import { describe, expect, it } from "vitest";
import { applyConfigPatch, defaultConfig } from "./config";

describe("applyConfigPatch", () => {
  it("changes only the given fields and merges rate limits per endpoint", () => {
    const next = applyConfigPatch(defaultConfig(), {
      x: { accessTokenTtlSeconds: 60, rateLimits: { tweets: { limit: 1, windowSeconds: 60 } } },
    });
    expect(next.x.accessTokenTtlSeconds).toBe(60);
    expect(next.x.codeTtlSeconds).toBe(30);
    expect(next.x.rateLimits.tweets).toEqual({ limit: 1, windowSeconds: 60 });
    expect(next.x.rateLimits.users_me).toEqual({ limit: 75, windowSeconds: 900 });
  });
  it("rejects unknown networks, unknown fields and bad values", () => {
    expect(() => applyConfigPatch(defaultConfig(), { linkedin: {} })).toThrow();
    expect(() => applyConfigPatch(defaultConfig(), { x: { tokenTtl: 5 } })).toThrow();
    expect(() => applyConfigPatch(defaultConfig(), { tiktok: { audited: "yes" } })).toThrow();
  });
});
