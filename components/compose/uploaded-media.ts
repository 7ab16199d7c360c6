/**
 * The JSON POST /api/media answers with on success (lib/media/media-dto.ts). zod/mini, the
 * flavour the network validators use in the browser, so the two share one small copy.
 */
import { z } from "zod/mini";

export const uploadedMediaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(["IMAGE", "VIDEO"]),
  mime: z.string(),
  bytes: z.number(),
  width: z.nullable(z.number()),
  height: z.nullable(z.number()),
  durationMs: z.nullable(z.number()),
  animated: z.boolean(),
  previewUrl: z.string().check(z.startsWith("/")),
});
export type UploadedMedia = z.infer<typeof uploadedMediaSchema>;
