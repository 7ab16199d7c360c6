/** Turns a target's stored media into what adapters consume: facts, a signed URL, the bytes. */

import { jpegVariant } from "@/lib/media/network-variants";
import { signedMediaUrl } from "@/lib/media/signed-url";
import { getMediaStorage } from "@/lib/media/storage";
import type { MediaInfo, PublishMedia } from "@/lib/providers/publishing-types";
import type { LoadedTarget } from "./load-target";

type StoredMedia = LoadedTarget["post"]["media"][number]["media"];

export function mediaInfo(media: StoredMedia): MediaInfo {
  return {
    kind: media.kind === "VIDEO" ? "video" : "image",
    mime: media.mime,
    bytes: media.bytes,
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    durationMs: media.durationMs ?? undefined,
    animated: media.animated ?? undefined,
  };
}

export function toPublishMedia(media: StoredMedia): PublishMedia {
  const storage = getMediaStorage();
  return {
    ...mediaInfo(media),
    id: media.id,
    url: (variant = "original") => signedMediaUrl(media.id, { variant }),
    read: async (variant = "original") => {
      if (variant === "jpeg") return (await jpegVariant(media, storage)).data;
      const bytes = await storage.get(media.storageKey);
      if (!bytes) throw new Error(`The file of media ${media.id} is missing from storage.`);
      return bytes;
    },
  };
}
