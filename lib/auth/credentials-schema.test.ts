import { describe, expect, test } from "vitest";
import { signInSchema, signUpSchema } from "./credentials-schema";
import { hashPassword, verifyPassword } from "./password";

const base = { name: "Pat", email: "pat@example.com" };

describe("password policy", () => {
  test("needs at least 8 characters", () => {
    const result = signUpSchema.safeParse({ ...base, password: "1234567" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Use at least 8 characters.");
    expect(signUpSchema.safeParse({ ...base, password: "12345678" }).success).toBe(true);
  });

  test("allows long passphrases (64+) and no composition rules", () => {
    expect(signUpSchema.safeParse({ ...base, password: "a".repeat(64) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...base, password: "a".repeat(128) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...base, password: "a".repeat(129) }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "all lowercase words" }).success).toBe(true);
  });

  test("keeps the password exactly as typed and normalises the email", () => {
    const parsed = signInSchema.parse({ email: "  Pat@Example.COM ", password: "  spaced  " });
    expect(parsed.email).toBe("pat@example.com");
    expect(parsed.password).toBe("  spaced  ");
  });

  test("hashes with argon2id at the ASVS minimum and verifies exactly", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse")).toBe(true);
    expect(await verifyPassword(hash, "correct horse ")).toBe(false);
    expect(await verifyPassword(null, "correct horse")).toBe(false);
  });
});
