/**
 * PUT {upload_url} on open-upload.tiktokapis.com: sequential chunks with Content-Range; 206 per
 * chunk, 201 when the file is complete, 403 once the URL expired, 416 for a wrong range.
 */
import { empty, type SentReply } from "../../core/reply";
import { contentType, header } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import { completeUpload } from "./jobs";

const VIDEO_TYPES = ["video/mp4", "video/quicktime", "video/webm"];

export function tiktokUploadChunk(ctx: HandlerContext): SentReply {
  const { state, req } = ctx;
  const job = state.tiktok.jobs.get(req.query.get("upload_id") ?? "");
  if (!job?.uploadToken || job.uploadToken !== req.query.get("upload_token")) return empty(404);
  if (state.now() > (job.uploadExpiresAt ?? 0)) return empty(403);
  if (!VIDEO_TYPES.includes(contentType(req))) return empty(400);
  const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header(req, "content-range") ?? "");
  if (!range) return empty(400);
  const [first, last, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
  if (total !== job.videoSize || first !== job.receivedBytes || last < first || last >= total)
    return empty(416);
  if (req.rawBody.length !== last - first + 1) return empty(400);
  job.chunks.push(new Uint8Array(req.rawBody));
  job.receivedBytes += req.rawBody.length;
  if (job.receivedBytes < total)
    return empty(206, { "content-range": `bytes 0-${job.receivedBytes - 1}/${total}` });
  completeUpload(state, job);
  return empty(201);
}
