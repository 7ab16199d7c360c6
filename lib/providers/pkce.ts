/**
 * PKCE and state values, from oauth4webapi: CSPRNG, 32 random octets base64url-encoded (43
 * characters, RFC 7636 §4.1 and §7.1), S256 challenge. The verifier is stored by the caller
 * (encrypted, on the ConnectAttempt) and handed back to exchangeCode.
 */
import {
  calculatePKCECodeChallenge,
  generateRandomCodeVerifier,
  generateRandomState,
} from "oauth4webapi";

export type PkcePair = { codeVerifier: string; codeChallenge: string };

export async function createPkcePair(): Promise<PkcePair> {
  const codeVerifier = generateRandomCodeVerifier();
  return { codeVerifier, codeChallenge: await calculatePKCECodeChallenge(codeVerifier) };
}

/** A fresh, unguessable `state` (256 bits) for one authorization request. */
export const createState = (): string => generateRandomState();
