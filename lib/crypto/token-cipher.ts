/**
 * AES-256-GCM for OAuth tokens at rest. A ciphertext reads `v1.<keyId>.<iv>.<data>.<tag>`
 * (base64url), so it names the key it was made with and old keys stay readable after rotation.
 * The associated data binds a ciphertext to its purpose: a refresh token copied into the access
 * token column, or into another table, fails to decrypt.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { getKeyring, type Keyring } from "./keyring";

const VERSION = "v1";
const IV_BYTES = 12; // 96-bit random IV per write: GCM's recommended size

export class TokenDecryptionError extends Error {
  constructor(reason: string) {
    super(`Token could not be decrypted: ${reason}`);
    this.name = "TokenDecryptionError";
  }
}

export function encryptToken(
  plaintext: string,
  purpose: string,
  keyring: Keyring = getKeyring(),
): string {
  const key = keyring.keys.get(keyring.current);
  if (!key) throw new Error("Current token key is missing from the keyring");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${keyring.current}.${purpose}`));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, keyring.current, iv, data, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptToken(
  ciphertext: string,
  purpose: string,
  keyring: Keyring = getKeyring(),
): string {
  const parts = ciphertext.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new TokenDecryptionError("unknown format");
  const [, keyId, iv, data, tag] = parts as [string, string, string, string, string];
  const key = keyring.keys.get(keyId);
  if (!key) throw new TokenDecryptionError(`key ${keyId} is not configured`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`${VERSION}.${keyId}.${purpose}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(data, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new TokenDecryptionError("authentication failed (tampered, or wrong key or purpose)");
  }
}

/** The key id a ciphertext was made with. */
export function keyIdOf(ciphertext: string): string | undefined {
  return ciphertext.split(".")[1];
}

/** Re-encrypts under the current key; returns null when it already uses it. */
export function reencryptToken(
  ciphertext: string,
  purpose: string,
  keyring: Keyring = getKeyring(),
): string | null {
  if (keyIdOf(ciphertext) === keyring.current) return null;
  return encryptToken(decryptToken(ciphertext, purpose, keyring), purpose, keyring);
}
