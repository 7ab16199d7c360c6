import { describe, expect, test, vi } from "vitest";

vi.mock("@/lib/dev-secrets", () => ({
  getAuthSecret: () => "test-secret-that-is-at-least-32-characters-long",
}));

const { signedMediaUrl, verifyMediaSignature } = await import("./signed-url");

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const ID = "cmedia0000000000000000001";

function parts(url: string) {
  const parsed = new URL(url);
  return {
    url: parsed,
    mediaId: decodeURIComponent(parsed.pathname.split("/")[3] ?? ""),
    variant: parsed.searchParams.get("variant") as "original" | "jpeg",
    expires: Number(parsed.searchParams.get("expires")),
    sig: parsed.searchParams.get("sig") ?? "",
  };
}

describe("signedMediaUrl", () => {
  test("points at the file route with variant, expiry in an hour and a base64url signature", () => {
    const { url, variant, expires, sig } = parts(signedMediaUrl(ID, { now: NOW }));
    expect(url.pathname).toBe(`/api/media/${ID}/file`);
    expect(variant).toBe("original");
    expect(expires).toBe(NOW / 1000 + 3600);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test("refuses lifetimes outside 1 s to 24 h", () => {
    expect(() => signedMediaUrl(ID, { ttlSeconds: 0 })).toThrow(RangeError);
    expect(() => signedMediaUrl(ID, { ttlSeconds: 86_401 })).toThrow(RangeError);
    expect(() => signedMediaUrl(ID, { ttlSeconds: 1.5 })).toThrow(RangeError);
  });
});

describe("verifyMediaSignature", () => {
  const link = parts(signedMediaUrl(ID, { variant: "jpeg", ttlSeconds: 600, now: NOW }));
  const valid = {
    mediaId: link.mediaId,
    variant: link.variant,
    expires: link.expires,
    sig: link.sig,
  };

  test("accepts the link until its expiry second, inclusive", () => {
    expect(verifyMediaSignature({ ...valid, now: NOW })).toBe(true);
    expect(verifyMediaSignature({ ...valid, now: NOW + 600_000 })).toBe(true);
  });

  test("refuses it once expired", () => {
    expect(verifyMediaSignature({ ...valid, now: NOW + 600_001 })).toBe(false);
  });

  test("refuses another id, another variant, or a moved expiry", () => {
    expect(verifyMediaSignature({ ...valid, mediaId: `${ID.slice(0, -1)}2`, now: NOW })).toBe(
      false,
    );
    expect(verifyMediaSignature({ ...valid, variant: "original", now: NOW })).toBe(false);
    expect(verifyMediaSignature({ ...valid, expires: valid.expires + 1, now: NOW })).toBe(false);
  });

  test("refuses a tampered, truncated, re-spelled or empty signature", () => {
    const flipped = `${valid.sig[0] === "A" ? "B" : "A"}${valid.sig.slice(1)}`;
    expect(verifyMediaSignature({ ...valid, sig: flipped, now: NOW })).toBe(false);
    expect(verifyMediaSignature({ ...valid, sig: valid.sig.slice(0, 42), now: NOW })).toBe(false);
    expect(verifyMediaSignature({ ...valid, sig: `${valid.sig}=`, now: NOW })).toBe(false);
    expect(verifyMediaSignature({ ...valid, sig: "", now: NOW })).toBe(false);
  });

  test("refuses an expiry further ahead than any link we issue", () => {
    const far = parts(signedMediaUrl(ID, { ttlSeconds: 86_400, now: NOW }));
    const check = { mediaId: ID, variant: far.variant, expires: far.expires, sig: far.sig };
    expect(verifyMediaSignature({ ...check, now: NOW })).toBe(true);
    expect(verifyMediaSignature({ ...check, now: NOW - 60_000 })).toBe(false);
  });

  test("refuses an unknown variant", () => {
    const variant = "thumb" as unknown as "jpeg";
    expect(verifyMediaSignature({ ...valid, variant, now: NOW })).toBe(false);
  });
});
