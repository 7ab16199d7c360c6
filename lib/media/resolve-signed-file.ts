/**
 * Which stored file a signed link points at. The signature is checked first, so someone without a
 * valid link learns nothing (not even whether the id exists); no session is involved because the
 * fetcher is a network's server.
 */
import { db } from "@/lib/db/client";
import { mediaFileName } from "./media-file-name";
import type { SignedFileQuery } from "./media-request-schemas";
import { jpegVariant } from "./network-variants";
import { verifyMediaSignature } from "./signed-url";
import { getMediaStorage, type MediaStorage } from "./storage";

export type SignedFileTarget =
  | { ok: true; storageKey: string; mime: string; fileName: string; maxAgeSeconds: number }
  | { ok: false; status: 403 | 404; message: string };

export async function resolveSignedFile(
  mediaId: string,
  query: SignedFileQuery,
  { now = Date.now(), storage = getMediaStorage() }: { now?: number; storage?: MediaStorage } = {},
): Promise<SignedFileTarget> {
  if (!verifyMediaSignature({ mediaId, ...query, now })) {
    return { ok: false, status: 403, message: "This media link is invalid or has expired." };
  }
  const media = await db.media.findUnique({
    where: { id: mediaId },
    select: { kind: true, mime: true, storageKey: true },
  });
  if (!media) return { ok: false, status: 404, message: "This media no longer exists." };
  if (query.variant === "jpeg" && media.kind !== "IMAGE") {
    return { ok: false, status: 404, message: "Videos have no JPEG version." };
  }
  const file =
    query.variant === "jpeg"
      ? { storageKey: (await jpegVariant(media, storage)).storageKey, mime: "image/jpeg" }
      : { storageKey: media.storageKey, mime: media.mime };
  return {
    ok: true,
    ...file,
    fileName: mediaFileName(mediaId, file.mime),
    // Caches may keep it until the link expires, not longer.
    maxAgeSeconds: Math.max(0, query.expires - Math.floor(now / 1000)),
  };
}
