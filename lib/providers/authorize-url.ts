/**
 * Consent URLs. Values are percent-encoded with encodeURIComponent so a space is sent as %20 (X's
 * documented scope encoding) rather than URLSearchParams' "+", and the parameter order is the
 * adapter's own, which keeps the URLs readable and snapshot-testable.
 */
import type { ProviderRuntime } from "./config";

export function authorizationUrl(
  runtime: ProviderRuntime,
  realUrl: string,
  params: Record<string, string | undefined>,
): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join("&");
  return runtime.resolveUrl(`${realUrl}?${query}`);
}

/** Guards the PKCE contract: a network that requires PKCE must get a challenge. */
export function requireChallenge(network: string, codeChallenge: string | undefined): string {
  if (!codeChallenge) throw new TypeError(`${network} requires a PKCE code challenge (S256)`);
  return codeChallenge;
}

export function requireVerifier(network: string, codeVerifier: string | undefined): string {
  if (!codeVerifier) throw new TypeError(`${network} requires the PKCE code verifier`);
  return codeVerifier;
}
