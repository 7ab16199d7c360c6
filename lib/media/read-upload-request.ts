/**
 * Reads POST /api/media as untrusted input before anything is stored: same-origin only (a
 * multipart form is a "simple" cross-site request, so the session cookie alone proves nothing),
 * multipart/form-data only, and never more than MAX_UPLOAD_BODY_BYTES read into memory, whatever
 * Content-Length claims.
 */

import type { DeclaredFile } from "./inspect-media";
import { MAX_UPLOAD_BODY_BYTES } from "./limits";

export class UploadRequestError extends Error {
  constructor(
    readonly status: 400 | 403 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "UploadRequestError";
  }
}

export type UploadedFile = { buffer: Buffer; declared: DeclaredFile };

const TOO_LARGE = `The upload is too large (at most ${Math.floor(MAX_UPLOAD_BODY_BYTES / 1024 / 1024)} MB).`;

function assertSameOrigin(request: Request, appUrl: string): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new UploadRequestError(403, "Uploads must come from Socialite itself.");
  }
  const origin = request.headers.get("origin");
  const allowed = [new URL(request.url).origin, new URL(appUrl).origin];
  if (origin && !allowed.includes(origin)) {
    throw new UploadRequestError(403, "Uploads must come from Socialite itself.");
  }
}

async function readCappedBody(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > MAX_UPLOAD_BODY_BYTES) throw new UploadRequestError(413, TOO_LARGE);
  if (!request.body) throw new UploadRequestError(400, "The upload is empty.");
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_UPLOAD_BODY_BYTES) {
      await reader.cancel();
      throw new UploadRequestError(413, TOO_LARGE);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The "file" field of a same-origin multipart upload, or an UploadRequestError with a 4xx. */
export async function readUploadRequest(request: Request, appUrl: string): Promise<UploadedFile> {
  assertSameOrigin(request, appUrl);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;.*boundary=/i.test(contentType)) {
    throw new UploadRequestError(415, 'Send the file as multipart/form-data in the field "file".');
  }
  const body = await readCappedBody(request);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new UploadRequestError(400, "The upload could not be read as multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new UploadRequestError(400, 'Choose a file to upload (form field "file").');
  }
  return {
    buffer: Buffer.from(await file.arrayBuffer()),
    declared: { name: file.name, type: file.type },
  };
}
