/**
 * next-auth (Auth.js v5) for Socialite's own sign-in: email + password, JWT cookie holding a
 * server-side session id (see sessions.ts). Exports the handlers and helpers the app uses.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getAuthSecret } from "@/lib/dev-secrets";
import { logger } from "@/lib/logger";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { signInSchema } from "./credentials-schema";
import { createSession, endSession, readSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: "USER" | "ADMIN" };
  }
}

class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
}

class InvalidSignIn extends CredentialsSignin {
  override code = "invalid";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getAuthSecret(),
  logger: {
    // A refused password is an expected outcome, not an error worth a stack trace in the logs.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ err: error.message, type: (error as { type?: string }).type }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidSignIn();
        const result = await authenticate(parsed.data, clientIp(request.headers));
        if (!result.ok)
          throw result.reason === "throttled" ? new ThrottledSignIn() : new InvalidSignIn();
        const sessionId = await createSession(result.userId, request.headers.get("user-agent"));
        return { id: sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // On sign-in `user.id` is the new session's id; afterwards the token only carries it.
      if (user?.id) return { sid: user.id };
      const sid = typeof token.sid === "string" ? token.sid : undefined;
      if (!sid) return null;
      const session = await readSession(sid);
      return session ? { sid, ...session } : null;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          id: String(token.userId),
          email: String(token.email),
          name: String(token.name),
          role: token.role === "ADMIN" ? "ADMIN" : "USER",
        },
      };
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
});
