/** argon2id password hashing with the ASVS 5.0 Appendix C minimum (t=2, m=19 MiB, p=1). */
import { hash, verify } from "@node-rs/argon2";

const ARGON2_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, unusable under isolatedModules)
  timeCost: 2,
  memoryCost: 19_456, // KiB
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verifying against this when the email is unknown makes both answers take the same time
// (ASVS 6.3.8: responses must not reveal which users exist).
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  dummyHash ??= hashPassword("socialite-timing-equaliser");
  const target = passwordHash ?? (await dummyHash);
  const matches = await verify(target, password).catch(() => false);
  return passwordHash !== null && matches;
}
