/** Checks an email + password sign-in, with throttling; the one place credentials are verified. */
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { SignInInput } from "./credentials-schema";
import { verifyPassword } from "./password";
import { recordSignInFailure, recordSignInSuccess, signInWaitMs } from "./sign-in-throttle";

export type AuthenticateResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export async function authenticate(input: SignInInput, ip: string): Promise<AuthenticateResult> {
  const waitMs = await signInWaitMs(input.email, ip);
  if (waitMs > 0) return { ok: false, reason: "throttled", retryAfterMs: waitMs };

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true, role: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) {
    await recordSignInFailure(input.email, ip);
    return { ok: false, reason: "invalid" };
  }
  await recordSignInSuccess(input.email, ip);
  // ADMIN_EMAILS may be set after the account exists: promote on the next sign-in.
  if (user.role !== "ADMIN" && getEnv().ADMIN_EMAILS.includes(input.email)) {
    await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
  }
  return { ok: true, userId: user.id };
}
