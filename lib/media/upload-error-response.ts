/**
 * Maps an upload's expected refusals to 4xx JSON `{error, reason}`; anything else is a bug and is
 * left to propagate (logged by Next, shown as a generic 500).
 */
import { MediaRejectedError } from "./media-rejected-error";
import { UploadRequestError } from "./read-upload-request";

export function uploadErrorResponse(error: unknown): Response | null {
  const headers = { "Cache-Control": "no-store" };
  if (error instanceof UploadRequestError) {
    return Response.json({ error: error.message }, { status: error.status, headers });
  }
  if (error instanceof MediaRejectedError) {
    // 413 for size, 422 for content that is well-formed HTTP but not acceptable media.
    const status = error.reason === "too_large" ? 413 : 422;
    return Response.json({ error: error.message, reason: error.reason }, { status, headers });
  }
  return null;
}
