/**
 * Secrets for sandbox/dev mode, generated on first run into DATA_DIR (git-ignored) so that web,
 * worker and every restart share them. Production must set them in the environment instead
 * (lib/env.ts refuses to start without them).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { getEnv } from "@/lib/env";

const devSecretsSchema = z.object({ authSecret: z.string().min(32), tokenKey: z.string() });
export type DevSecrets = z.infer<typeof devSecretsSchema>;

let cached: DevSecrets | undefined;

export function getDevSecrets(): DevSecrets {
  if (cached) return cached;
  const file = path.resolve(getEnv().DATA_DIR, "dev-secrets.json");
  try {
    cached = devSecretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    return cached;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const fresh: DevSecrets = {
    authSecret: randomBytes(32).toString("base64url"),
    tokenKey: `dev1:${randomBytes(32).toString("base64")}`,
  };
  try {
    // "wx": when web and worker start together, the first writer wins and the other reads its file.
    writeFileSync(file, JSON.stringify(fresh, null, 2), { flag: "wx", mode: 0o600 });
    cached = fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    cached = devSecretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  }
  return cached;
}

/** AUTH_SECRET, or the generated dev one. */
export function getAuthSecret(): string {
  return getEnv().AUTH_SECRET ?? getDevSecrets().authSecret;
}
