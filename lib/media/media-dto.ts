/** What the browser may see of a media row: no storage key, no hash, no owner. */
import type { MediaKind } from "@/lib/db/client";

export type MediaDto = {
  id: string;
  kind: MediaKind;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  animated: boolean;
  /** Same-origin URL for the signed-in owner (session-checked), for the composer's thumbnails. */
  previewUrl: string;
};

type MediaFields = Pick<
  MediaDto,
  "id" | "kind" | "mime" | "bytes" | "width" | "height" | "durationMs"
>;

export function toMediaDto(media: MediaFields, animated: boolean): MediaDto {
  return {
    id: media.id,
    kind: media.kind,
    mime: media.mime,
    bytes: media.bytes,
    width: media.width,
    height: media.height,
    durationMs: media.durationMs,
    animated,
    previewUrl: `/api/media/${encodeURIComponent(media.id)}/preview`,
  };
}
