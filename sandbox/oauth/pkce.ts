/** PKCE (RFC 7636) verification, with TikTok's hex-encoded S256 variant as an option. */
import { createHash } from "node:crypto";

export type ChallengeEncoding = "base64url" | "hex" | "either";

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

export const isValidVerifier = (verifier: string): boolean => VERIFIER.test(verifier);

export function verifyPkce(input: {
  challenge: string;
  method: string;
  verifier: string;
  encoding?: ChallengeEncoding;
}): boolean {
  if (!isValidVerifier(input.verifier)) return false;
  if (input.method === "plain") return input.challenge === input.verifier;
  if (input.method !== "S256") return false;
  const digest = createHash("sha256").update(input.verifier, "ascii").digest();
  const encoding = input.encoding ?? "base64url";
  const candidates = [
    ...(encoding !== "hex" ? [digest.toString("base64url")] : []),
    ...(encoding !== "base64url" ? [digest.toString("hex")] : []),
  ];
  return candidates.includes(input.challenge);
}
