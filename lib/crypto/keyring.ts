/** The token-encryption keys: the first encrypts, all decrypt, so keys can rotate. */
import { getDevSecrets } from "@/lib/dev-secrets";
import { getEnv } from "@/lib/env";

export type Keyring = { current: string; keys: ReadonlyMap<string, Buffer> };

/** Parses "id:base64,id:base64" (already validated by lib/env.ts). */
export function parseKeyring(pairs: readonly string[]): Keyring {
  const keys = new Map<string, Buffer>();
  for (const pair of pairs) {
    const [id, encoded] = pair.split(":") as [string, string];
    const key = Buffer.from(encoded, "base64");
    if (key.length !== 32) throw new Error(`Token key ${id} is not 32 bytes`);
    if (keys.has(id)) throw new Error(`Token key id ${id} appears twice`);
    keys.set(id, key);
  }
  const current = pairs[0]?.split(":")[0];
  if (!current) throw new Error("At least one token encryption key is required");
  return { current, keys };
}

let cached: Keyring | undefined;

export function getKeyring(): Keyring {
  cached ??= parseKeyring(getEnv().TOKEN_ENCRYPTION_KEYS ?? [getDevSecrets().tokenKey]);
  return cached;
}
