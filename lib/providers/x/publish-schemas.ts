/** X publishing responses (providers.md §1.4, §1.5; x-openapi.json v2.167) as zod schemas. */
import { z } from "zod";

const processingInfo = z.object({
  state: z.enum(["pending", "in_progress", "succeeded", "failed"]),
  check_after_secs: z.number().int().nonnegative().optional(),
  progress_percent: z.number().optional(),
  error: z.object({ message: z.string().optional(), name: z.string().optional() }).optional(),
});
export type XProcessingInfo = z.infer<typeof processingInfo>;

/** One-shot upload, initialize, finalize and STATUS all answer MediaUploadResponse. */
export const xMediaResponse = z.object({
  data: z.object({
    id: z.string().regex(/^\d{1,19}$/),
    media_key: z.string().optional(),
    expires_after_secs: z.number().int().positive().optional(),
    processing_info: processingInfo.optional(),
  }),
});
export type XMediaData = z.infer<typeof xMediaResponse>["data"];

// APPEND answers an empty 2xx body in 3rd-party reports, {"data":{"expires_at"}} in the spec.
export const xAppendResponse = z.union([z.null(), z.object({}).passthrough()]);

export const xCreatePostResponse = z.object({
  data: z.object({ id: z.string().regex(/^\d{1,19}$/), text: z.string() }),
});

export const xUserPosts = z.object({
  data: z
    .array(z.object({ id: z.string(), text: z.string(), created_at: z.string().optional() }))
    .optional(),
  meta: z.object({ result_count: z.number().optional() }).passthrough().optional(),
});
export type XListedPost = NonNullable<z.infer<typeof xUserPosts>["data"]>[number];
