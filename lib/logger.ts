/**
 * Structured logs (pino). Anything that looks like a credential is redacted by key, so a token can
 * never reach the logs even when a whole object is logged by mistake.
 */
import { pino } from "pino";
import { getEnv } from "@/lib/env";

const SECRET_KEYS = [
  "accessToken",
  "refreshToken",
  "access_token",
  "refresh_token",
  "token",
  "password",
  "passwordHash",
  "clientSecret",
  "client_secret",
  "code",
  "code_verifier",
  "codeVerifier",
  "authorization",
  "cookie",
];

export const logger = pino({
  level: getEnv().LOG_LEVEL,
  redact: {
    paths: [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`)],
    censor: "[redacted]",
  },
  base: undefined,
});
