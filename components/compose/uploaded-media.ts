/**
 * The JSON POST /api/media answers with on success (lib/media/media-dto.ts). A module of its own
 * because of zod: upload-media.ts imports it on demand, when a file is attached, so zod stays out
 * of the composer's first download.
 */
import { z } from "zod";

export const uploadedMediaSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["IMAGE", "VIDEO"]),
  mime: z.string(),
  bytes: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  durationMs: z.number().nullable(),
  animated: z.boolean(),
  previewUrl: z.string().startsWith("/"),
});
export type UploadedMedia = z.infer<typeof uploadedMediaSchema>;
