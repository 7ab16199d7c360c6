/** zod schemas for the media routes' untrusted path and query values. */
import { z } from "zod";
import { MEDIA_VARIANTS } from "./signed-url";

/** Media ids are cuids; anything else can't be one, so it's refused before any lookup. */
export const mediaIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const signedFileQuerySchema = z.object({
  variant: z.enum(MEDIA_VARIANTS).default("original"),
  expires: z
    .string()
    .regex(/^\d{1,12}$/)
    .transform(Number),
  // HMAC-SHA256 in base64url without padding: 43 characters.
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

export type SignedFileQuery = z.infer<typeof signedFileQuerySchema>;
