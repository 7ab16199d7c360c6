/** An upload's one path into Socialite: inspect, store the bytes, then record the Media row. */
import { db } from "@/lib/db/client";
import { type DeclaredFile, inspectMedia } from "./inspect-media";
import { type MediaDto, toMediaDto } from "./media-dto";
import { cleanOriginalName } from "./original-name";
import { getMediaStorage, type MediaStorage, newStorageKey } from "./storage";

export type SaveUploadInput = { userId: string; buffer: Buffer; declared?: DeclaredFile };

/**
 * Throws MediaRejectedError when the file is refused; nothing is stored then. The file is written
 * before the row so a row never points at a missing file; if the insert fails the file is removed.
 */
export async function saveUpload(
  { userId, buffer, declared = {} }: SaveUploadInput,
  storage: MediaStorage = getMediaStorage(),
): Promise<MediaDto> {
  const inspected = await inspectMedia(buffer, declared);
  const storageKey = newStorageKey();
  await storage.put(storageKey, buffer);
  try {
    const media = await db.media.create({
      data: {
        userId,
        kind: inspected.kind,
        mime: inspected.mime,
        bytes: inspected.bytes,
        width: inspected.width,
        height: inspected.height,
        durationMs: inspected.durationMs ?? null,
        animated: inspected.animated ?? null,
        videoCodec: inspected.video?.videoCodec ?? null,
        audioCodec: inspected.video?.audioCodec ?? null,
        moovFirst: inspected.video?.moovFirst ?? null,
        sha256: inspected.sha256,
        storageKey,
        originalName: cleanOriginalName(declared.name),
      },
      select: {
        id: true,
        kind: true,
        mime: true,
        bytes: true,
        width: true,
        height: true,
        durationMs: true,
      },
    });
    return toMediaDto(media, inspected.animated ?? false);
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
