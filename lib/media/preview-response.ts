/**
 * GET /api/media/[id]/preview for the signed-in owner: a small JPEG for images, the original for
 * videos (the composer's <video> needs byte ranges). Anyone else gets the same 404 as for an id
 * that doesn't exist (ASVS 8.2.2).
 */
import { findOwnedMedia } from "./get-owned-media";
import { mediaFileName } from "./media-file-name";
import { previewImage } from "./preview-image";
import { getMediaStorage, type MediaStorage } from "./storage";
import { plainTextResponse, storedFileResponse } from "./stored-file-response";

// The bytes behind an id never change, so the owner's browser may keep them for a while.
const CACHE_CONTROL = "private, max-age=3600";

export async function previewResponse(
  userId: string,
  mediaId: string,
  rangeHeader: string | null,
  storage: MediaStorage = getMediaStorage(),
): Promise<Response> {
  const media = await findOwnedMedia(userId, mediaId);
  if (!media) return plainTextResponse(404, "No such media.");
  const file =
    media.kind === "IMAGE"
      ? {
          storageKey: (await previewImage(media.storageKey, storage)).storageKey,
          mime: "image/jpeg",
        }
      : { storageKey: media.storageKey, mime: media.mime };
  return storedFileResponse({
    storage,
    ...file,
    fileName: mediaFileName(media.id, file.mime, "-preview"),
    cacheControl: CACHE_CONTROL,
    rangeHeader,
    head: false,
  });
}
