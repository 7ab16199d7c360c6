/** Creates a Socialite account. */
import { db, Prisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { SignUpInput } from "./credentials-schema";
import { hashPassword } from "./password";

export type SignUpResult = { ok: true; userId: string } | { ok: false; reason: "email_taken" };

export async function signUp(input: SignUpInput): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  const role = getEnv().ADMIN_EMAILS.includes(input.email) ? "ADMIN" : "USER";
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // The unique index decides, so two simultaneous sign-ups cannot both succeed.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "email_taken" };
    }
    throw error;
  }
}
