/**
 * Uploads one file to POST /api/media with progress. XMLHttpRequest rather than fetch: fetch
 * still reports no upload progress in browsers. The media strip imports this module when the
 * first file is attached, so neither it nor the answer's schema is in the composer's first
 * download.
 */
import { type UploadedMedia, uploadedMediaSchema } from "./uploaded-media";

export class UploadError extends Error {}

export function uploadMedia(
  file: File,
  onProgress: (fraction: number) => void,
): { promise: Promise<UploadedMedia>; abort: () => void } {
  const request = new XMLHttpRequest();
  const promise = new Promise<UploadedMedia>((resolve, reject) => {
    request.open("POST", "/api/media");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body: unknown = request.response;
      if (request.status === 201) {
        const media = uploadedMediaSchema.safeParse(body);
        if (media.success) resolve(media.data);
        else reject(new UploadError("The upload finished but the answer was unexpected."));
        return;
      }
      const message =
        body && typeof body === "object" && "error" in body && typeof body.error === "string"
          ? body.error
          : request.status === 401
            ? "Your session has ended. Sign in again."
            : `The upload failed (HTTP ${request.status}).`;
      reject(new UploadError(message));
    };
    request.onerror = () => reject(new UploadError("The upload was interrupted. Try again."));
    request.onabort = () => reject(new UploadError("Upload cancelled."));
    const form = new FormData();
    form.append("file", file);
    request.send(form);
  });
  return { promise, abort: () => request.abort() };
}
