/**
 * Redaction of secrets from any text that may reach a user, a log or an error tracker. Two layers:
 * exact values the caller knows (the token or secret it just sent), and patterns that catch
 * secrets it did not know about (a network echoing a token back, a URL with credentials in it).
 */

const MASK = "[redacted]";

/** Shorter values are not secrets worth masking ("code: 190" is an error code, not an OAuth code). */
const MIN_SECRET_LENGTH = 6;

// Parameter names whose values are credentials in the four networks' OAuth and Graph calls.
const SENSITIVE_PARAMS = [
  "access_token",
  "refresh_token",
  "client_secret",
  "code",
  "code_verifier",
  "fb_exchange_token",
  "token",
  "input_token",
  "appsecret_proof",
];

const PARAM_PATTERN = new RegExp(
  `((?:^|[?&\\s"'{,])"?(?:${SENSITIVE_PARAMS.join("|")})"?\\s*[=:]\\s*"?)([^&\\s"',}]{${MIN_SECRET_LENGTH},})`,
  "gi",
);
const AUTH_HEADER_PATTERN = /\b(Bearer|Basic|OAuth)\s+[A-Za-z0-9._~+/=-]+/g;
// TikTok token prefixes, recognisable even out of context.
const TIKTOK_TOKEN_PATTERN = /\b(act|rft)\.[A-Za-z0-9._~-]{8,}/g;

export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) {
      result = result.split(secret).join(MASK);
      // A secret can also appear URL-encoded (query strings, form bodies).
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) result = result.split(encoded).join(MASK);
    }
  }
  return result
    .replace(PARAM_PATTERN, `$1${MASK}`)
    .replace(AUTH_HEADER_PATTERN, `$1 ${MASK}`)
    .replace(TIKTOK_TOKEN_PATTERN, MASK);
}
