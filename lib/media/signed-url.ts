/**
 * Short-lived signed links to a media file, for networks that pull media by URL (Instagram
 * image_url/video_url, TikTok PULL_FROM_URL, Facebook url/file_url). The signature is the only
 * authorization on /api/media/[id]/file, so it covers the id, the variant and the expiry, and
 * links die after an hour by default: TikTok needs the file downloadable for about an hour
 * (providers.md §4.6), Instagram fetches while it builds the container.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/dev-secrets";
import { getEnv } from "@/lib/env";

export const MEDIA_VARIANTS = ["original", "jpeg"] as const;
export type MediaVariant = (typeof MEDIA_VARIANTS)[number];

export const DEFAULT_TTL_SECONDS = 3600;
/** A link never lives longer than a day, whatever the caller asks. */
export const MAX_TTL_SECONDS = 24 * 3600;

// A key for this purpose only, derived from the server secret (never the raw secret itself), so a
// media signature can never be replayed as anything else the secret signs.
const KEY_LABEL = "socialite/media-url-signature/v1";
let cachedKey: { secret: string; key: Buffer } | undefined;

function signingKey(): Buffer {
  const secret = getAuthSecret();
  if (cachedKey?.secret !== secret) {
    const key = Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), KEY_LABEL, 32));
    cachedKey = { secret, key };
  }
  return cachedKey.key;
}

function sign(mediaId: string, variant: MediaVariant, expires: number): Buffer {
  // Newline-separated: none of the three parts can contain one (ids are [A-Za-z0-9_-]).
  return createHmac("sha256", signingKey()).update(`${mediaId}\n${variant}\n${expires}`).digest();
}

export type SignedUrlOptions = {
  variant?: MediaVariant;
  ttlSeconds?: number;
  /** Injectable clock for tests (milliseconds since the epoch). */
  now?: number;
};

/** `${APP_URL}/api/media/${id}/file?variant=…&expires=…&sig=…`, with expires in Unix seconds. */
export function signedMediaUrl(mediaId: string, options: SignedUrlOptions = {}): string {
  const { variant = "original", ttlSeconds = DEFAULT_TTL_SECONDS, now = Date.now() } = options;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
    throw new RangeError(`ttlSeconds must be an integer from 1 to ${MAX_TTL_SECONDS}`);
  }
  const expires = Math.floor(now / 1000) + ttlSeconds;
  const url = new URL(`/api/media/${encodeURIComponent(mediaId)}/file`, getEnv().APP_URL);
  url.searchParams.set("variant", variant);
  url.searchParams.set("expires", String(expires));
  url.searchParams.set("sig", sign(mediaId, variant, expires).toString("base64url"));
  return url.toString();
}

export type SignatureCheck = {
  mediaId: string;
  variant: MediaVariant;
  /** Unix seconds, as in the URL. */
  expires: number;
  sig: string;
  now?: number;
};

/** True only for an unexpired link whose signature matches; compared in constant time. */
export function verifyMediaSignature(check: SignatureCheck): boolean {
  const { mediaId, variant, expires, sig, now = Date.now() } = check;
  if (!Number.isSafeInteger(expires) || expires * 1000 < now) return false;
  // A link we made never reaches further than MAX_TTL_SECONDS ahead.
  if (expires * 1000 > now + MAX_TTL_SECONDS * 1000) return false;
  if (!MEDIA_VARIANTS.includes(variant)) return false;
  // Compare the canonical text: Node's base64url decoder ignores stray characters and trailing
  // bits, so comparing decoded bytes would accept several spellings of one signature.
  const expected = Buffer.from(sign(mediaId, variant, expires).toString("base64url"));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
