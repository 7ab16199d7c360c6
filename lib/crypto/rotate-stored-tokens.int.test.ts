// keys:rotate against PostgreSQL: every stored token moves to the new key and still decrypts to
// the same value; a second run has nothing left to do.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { saveLinkedAccount } from "@/lib/accounts/save-linked-account";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";
import { getKeyring, parseKeyring } from "./keyring";
import { TOKEN_PURPOSE } from "./purposes";
import { rotateStoredTokens } from "./rotate-stored-tokens";
import { decryptToken, keyIdOf } from "./token-cipher";

const db = getDb();

afterAll(async () => {
  await db.$disconnect();
});

describe("rotateStoredTokens", () => {
  test("re-encrypts every account's tokens under the new current key", async () => {
    const user = await createUser();
    const saved = await saveLinkedAccount(user.id, "x", {
      externalId: `ext-${randomUUID()}`,
      handle: "rotating",
      displayName: "Rotating",
      tokens: {
        accessToken: "access-before-rotation",
        refreshToken: "refresh-before-rotation",
        scopes: [],
      },
      grantedScopes: [],
      metadata: {},
    });
    // A row whose key was dropped too early: counted, and it does not stop the others.
    await db.socialAccount.create({
      data: {
        userId: user.id,
        provider: "tiktok",
        externalId: `lost-${randomUUID()}`,
        handle: "lost",
        displayName: "Lost key",
        accessToken: "v1.retired.AAAA.AAAA.AAAA",
      },
    });
    const old = getKeyring();
    const oldPairs = [...old.keys].map(([id, key]) => `${id}:${key.toString("base64")}`);
    const rotated = parseKeyring([
      `k${Date.now()}:${randomBytes(32).toString("base64")}`,
      ...oldPairs,
    ]);

    const first = await rotateStoredTokens(rotated);
    expect(first.accounts).toBeGreaterThanOrEqual(1);
    expect(first.unreadable).toBeGreaterThanOrEqual(1);
    const row = await db.socialAccount.findUniqueOrThrow({ where: { id: saved.id } });
    expect(keyIdOf(row.accessToken)).toBe(rotated.current);
    expect(keyIdOf(row.refreshToken!)).toBe(rotated.current);
    expect(decryptToken(row.accessToken, TOKEN_PURPOSE.accessToken, rotated)).toBe(
      "access-before-rotation",
    );
    expect(decryptToken(row.refreshToken!, TOKEN_PURPOSE.refreshToken, rotated)).toBe(
      "refresh-before-rotation",
    );
    // The old key alone can no longer read it.
    expect(() => decryptToken(row.accessToken, TOKEN_PURPOSE.accessToken, old)).toThrow();

    const second = await rotateStoredTokens(rotated);
    expect(second.accounts).toBe(0);
    const audit = await db.auditEvent.findFirst({
      where: { action: "key.rotate", targetId: rotated.current },
    });
    expect(audit).not.toBeNull();
  });
});
