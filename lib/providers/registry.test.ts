import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPkcePair, createState } from "./pkce";
import { PROVIDER_IDS } from "./provider-id";
import { missingScopes, needsRefresh } from "./refresh-policy";
import { getProvider, providers } from "./registry";

describe("registry", () => {
  it.each(PROVIDER_IDS)("%s is registered under its own id with a coherent description", (id) => {
    const provider = getProvider(id);
    expect(provider.id).toBe(id);
    expect(provider.brandColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    const requested = provider.scopes.map(({ scope }) => scope);
    expect(new Set(requested).size).toBe(requested.length);
    for (const scope of provider.requiredScopes) expect(requested).toContain(scope);
    for (const { name, purpose } of provider.scopes) {
      expect(name.length).toBeGreaterThan(5);
      expect(purpose).toMatch(/^[A-Z].{10,}\.$/);
    }
  });

  it("snapshots the requested scopes (least privilege, quality.md OA-17)", () => {
    const scopes = Object.fromEntries(
      Object.values(providers).map((provider) => [
        provider.id,
        provider.scopes.map(({ scope }) => scope),
      ]),
    );
    expect(scopes).toEqual({
      x: ["tweet.read", "tweet.write", "users.read", "media.write", "offline.access"],
      facebook: ["pages_show_list", "pages_manage_posts", "pages_read_engagement", "publish_video"],
      instagram: ["instagram_business_basic", "instagram_business_content_publish"],
      tiktok: ["user.info.basic", "video.publish"],
    });
  });
});

describe("PKCE and state (quality.md OA-3)", () => {
  it("verifiers are 43 unreserved characters, unique, with a matching S256 challenge", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.constant(null), async () => {
        const { codeVerifier, codeChallenge } = await createPkcePair();
        expect(codeVerifier).toMatch(/^[A-Za-z0-9\-._~]{43}$/);
        expect(codeChallenge).toBe(createHash("sha256").update(codeVerifier).digest("base64url"));
        expect(seen.has(codeVerifier)).toBe(false);
        seen.add(codeVerifier);
      }),
      { numRuns: 500 },
    );
    expect(createState()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("refresh policy", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  const inMinutes = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  it("refreshes X only within five minutes of expiry", () => {
    const policy = getProvider("x").refreshPolicy;
    expect(needsRefresh({ accessTokenExpiresAt: inMinutes(6) }, policy, now)).toBe(false);
    expect(needsRefresh({ accessTokenExpiresAt: inMinutes(5) }, policy, now)).toBe(true);
    expect(needsRefresh({ accessTokenExpiresAt: inMinutes(-1) }, policy, now)).toBe(true);
  });

  it("refreshes Instagram days ahead and never Facebook Page tokens", () => {
    expect(
      needsRefresh(
        { accessTokenExpiresAt: inMinutes(6 * 24 * 60) },
        getProvider("instagram").refreshPolicy,
        now,
      ),
    ).toBe(true);
    expect(
      needsRefresh(
        { accessTokenExpiresAt: inMinutes(8 * 24 * 60) },
        getProvider("instagram").refreshPolicy,
        now,
      ),
    ).toBe(false);
    expect(needsRefresh({}, getProvider("facebook").refreshPolicy, now)).toBe(false);
  });

  it("lists required scopes missing from a grant", () => {
    expect(missingScopes(getProvider("tiktok").requiredScopes, ["user.info.basic"])).toEqual([
      "video.publish",
    ]);
  });
});
