/**
 * Media lookups scoped to their owner (ASVS 8.2.2): another user's id behaves exactly like an id
 * that does not exist, so ids can't be probed.
 */
import { db } from "@/lib/db/client";

const ownedMediaSelect = {
  id: true,
  kind: true,
  mime: true,
  bytes: true,
  width: true,
  height: true,
  durationMs: true,
  storageKey: true,
  originalName: true,
  createdAt: true,
} as const;

export type OwnedMedia = {
  id: string;
  kind: "IMAGE" | "VIDEO";
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  /** Server-only: never send it to a browser (see ./media-dto.ts). */
  storageKey: string;
  originalName: string | null;
  createdAt: Date;
};

export class MediaNotFoundError extends Error {
  constructor() {
    super("Some of the attached media no longer exist. Remove them and attach them again.");
    this.name = "MediaNotFoundError";
  }
}

/** One of the user's media, or null (also for another user's id). */
export async function findOwnedMedia(userId: string, mediaId: string): Promise<OwnedMedia | null> {
  return db.media.findFirst({ where: { id: mediaId, userId }, select: ownedMediaSelect });
}

/**
 * The user's media for `mediaIds`, in that order (duplicates collapsed). Throws MediaNotFoundError
 * if any id is unknown or belongs to someone else, so a post never silently drops an attachment.
 */
export async function getOwnedMedia(userId: string, mediaIds: string[]): Promise<OwnedMedia[]> {
  const ids = [...new Set(mediaIds)];
  if (ids.length === 0) return [];
  const rows = await db.media.findMany({
    where: { id: { in: ids }, userId },
    select: ownedMediaSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw new MediaNotFoundError();
    return row;
  });
}
