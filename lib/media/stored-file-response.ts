/**
 * The HTTP response for a stored file: exact Content-Type and Content-Length, nosniff, inline
 * disposition, single byte ranges (206/416), and HEAD without opening the file.
 */
import { Readable } from "node:stream";
import { parseByteRange } from "./byte-range";
import type { MediaStorage } from "./storage";

export type StoredFileRequest = {
  storage: MediaStorage;
  storageKey: string;
  mime: string;
  /** A server-made name (never the uploader's): shown if the file is saved. */
  fileName: string;
  cacheControl: string;
  rangeHeader: string | null;
  head: boolean;
};

/** A short plain-text answer (403/404/416) that no cache keeps. */
export function plainTextResponse(
  status: number,
  message: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(message, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...extra,
    },
  });
}

export async function storedFileResponse(request: StoredFileRequest): Promise<Response> {
  const { storage, storageKey, head } = request;
  const size = await storage.size(storageKey);
  if (size === null) return plainTextResponse(404, "This media file is missing.");
  const range = parseByteRange(request.rangeHeader, size);
  if (range === "unsatisfiable") {
    return plainTextResponse(416, "Requested range not satisfiable.", {
      "Content-Range": `bytes */${size}`,
    });
  }
  const headers = new Headers({
    "Content-Type": request.mime,
    "Content-Length": String(range ? range.end - range.start + 1 : size),
    "Content-Disposition": `inline; filename="${request.fileName}"`,
    "Cache-Control": request.cacheControl,
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
  });
  if (range) headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
  const status = range ? 206 : 200;
  if (head) return new Response(null, { status, headers });
  const opened = await storage.getStream(storageKey, range ?? undefined);
  if (!opened) return plainTextResponse(404, "This media file is missing.");
  const body = Readable.toWeb(opened.stream) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}
