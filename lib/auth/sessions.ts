/**
 * Server-side session records. The session cookie is a JWT that carries only a session id; each
 * request checks the row, so sign-out and account deletion end a session at once (ASVS 7.4.1),
 * which a bare JWT cannot do.
 */
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60; // absolute lifetime
export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60; // inactivity timeout
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export async function createSession(userId: string, userAgent: string | null): Promise<string> {
  const id = randomBytes(32).toString("base64url"); // 256 bits from a CSPRNG
  await db.session.create({
    data: {
      id,
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return id;
}

export type ActiveSession = { userId: string; email: string; name: string; role: "USER" | "ADMIN" };

/** The session's user, or null when the session ended, expired or sat idle too long. */
export async function readSession(sessionId: string): Promise<ActiveSession | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true } },
    },
  });
  const now = Date.now();
  if (
    !session ||
    session.expiresAt.getTime() <= now ||
    session.lastSeenAt.getTime() + SESSION_IDLE_SECONDS * 1000 <= now
  ) {
    if (session) await endSession(sessionId);
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  const { user } = session;
  return { userId: user.id, email: user.email, name: user.name, role: user.role };
}

export async function endSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}
