import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { parseKeyring } from "./keyring";
import {
  decryptToken,
  encryptToken,
  keyIdOf,
  reencryptToken,
  TokenDecryptionError,
} from "./token-cipher";

const pair = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;
const k1 = pair("k1");
const k2 = pair("k2");
const PURPOSE = "social-account.access-token";

describe("token cipher", () => {
  test("round trip, with a fresh IV per write", () => {
    const ring = parseKeyring([k1]);
    const a = encryptToken("canary-access-token", PURPOSE, ring);
    const b = encryptToken("canary-access-token", PURPOSE, ring);
    expect(a).not.toBe(b);
    expect(a).not.toContain("canary");
    expect(keyIdOf(a)).toBe("k1");
    expect(decryptToken(a, PURPOSE, ring)).toBe("canary-access-token");
    expect(decryptToken(b, PURPOSE, ring)).toBe("canary-access-token");
  });

  test("detects tampering with data, IV, tag or key id", () => {
    const ring = parseKeyring([k1, k2]);
    const sealed = encryptToken("secret", PURPOSE, ring);
    const parts = sealed.split(".");
    for (const index of [2, 3, 4]) {
      const broken = [...parts];
      const bytes = Buffer.from(broken[index]!, "base64url");
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      broken[index] = bytes.toString("base64url");
      expect(() => decryptToken(broken.join("."), PURPOSE, ring)).toThrow(TokenDecryptionError);
    }
    const relabelled = ["v1", "k2", ...parts.slice(2)].join(".");
    expect(() => decryptToken(relabelled, PURPOSE, ring)).toThrow(TokenDecryptionError);
  });

  test("refuses the wrong key and the wrong purpose", () => {
    const sealed = encryptToken("secret", PURPOSE, parseKeyring([k1]));
    const otherKeySameId = parseKeyring([pair("k1")]);
    expect(() => decryptToken(sealed, PURPOSE, otherKeySameId)).toThrow(/authentication failed/);
    expect(() => decryptToken(sealed, PURPOSE, parseKeyring([k2]))).toThrow(
      /key k1 is not configured/,
    );
    expect(() => decryptToken(sealed, "social-account.refresh-token", parseKeyring([k1]))).toThrow(
      TokenDecryptionError,
    );
  });

  test("rotation: old keys stay readable, re-encryption moves to the current key", () => {
    const old = encryptToken("secret", PURPOSE, parseKeyring([k1]));
    const rotated = parseKeyring([k2, k1]);
    expect(decryptToken(old, PURPOSE, rotated)).toBe("secret");
    const moved = reencryptToken(old, PURPOSE, rotated);
    expect(moved).not.toBeNull();
    expect(keyIdOf(moved!)).toBe("k2");
    expect(decryptToken(moved!, PURPOSE, parseKeyring([k2]))).toBe("secret");
    expect(reencryptToken(moved!, PURPOSE, rotated)).toBeNull();
  });

  test("keyring refuses short keys and duplicate ids", () => {
    expect(() => parseKeyring([`k1:${randomBytes(16).toString("base64")}`])).toThrow(/32 bytes/);
    expect(() => parseKeyring([k1, k1])).toThrow(/twice/);
  });
});
