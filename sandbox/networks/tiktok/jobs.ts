/**
 * Publish-job lifecycle: pull media by URL in the background (as TikTok does), finish
 * "processing" after tiktok.processingSeconds of sandbox time, then record the post. Settling is
 * lazy (on status reads, inbox views and counter reads) so the sandbox clock drives it.
 */
import { fetchMedia } from "../../core/media-fetch";
import { sniffMedia } from "../../core/media-sniff";
import type { SandboxState } from "../../core/state";
import { findUser } from "../../core/users";
import type { PublishJob, PublishStatus } from "./store";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** PULL_FROM_URL sources must sit under a verified domain or prefix, over https (http only on loopback). */
export function isVerifiedUrl(state: SandboxState, raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname)))
    return false;
  const prefixes = [
    ...[...state.clients.appOrigins].map((origin) => `${origin}/`),
    ...state.config.tiktok.verifiedUrlPrefixes,
  ];
  return prefixes.some((prefix) => url.href.startsWith(prefix));
}

export function startPull(state: SandboxState, job: PublishJob, urls: string[]): void {
  job.pendingDownloads = urls.length;
  void Promise.all(urls.map((url) => fetchMedia(url))).then((results) => {
    job.pendingDownloads = 0;
    for (const result of results) {
      if (!result.ok) {
        job.failReason = job.mediaType === "PHOTO" ? "photo_pull_failed" : "video_pull_failed";
        return;
      }
      const sniffed = sniffMedia(result.bytes);
      const allowed =
        job.mediaType === "PHOTO"
          ? ["image/jpeg", "image/webp"]
          : ["video/mp4", "video/quicktime", "video/webm"];
      if (!allowed.includes(sniffed.mime)) {
        job.failReason =
          job.mediaType === "PHOTO" ? "picture_size_check_failed" : "file_format_check_failed";
        return;
      }
      job.receivedBytes += result.bytes.length;
      job.blobIds.push(state.posts.putMedia(result.bytes, sniffed.mime, sniffed.kind).id);
    }
    job.readyAt = state.now() + state.config.tiktok.processingSeconds * 1000;
  });
}

/** Marks an upload complete once its last chunk arrived. */
export function completeUpload(state: SandboxState, job: PublishJob): void {
  const bytes = Buffer.concat(job.chunks);
  job.chunks = [];
  const sniffed = sniffMedia(bytes);
  if (sniffed.kind !== "video") {
    job.failReason = "file_format_check_failed";
    return;
  }
  job.blobIds.push(state.posts.putMedia(bytes, sniffed.mime, sniffed.kind).id);
  job.readyAt = state.now() + state.config.tiktok.processingSeconds * 1000;
}

export function statusOf(state: SandboxState, job: PublishJob): PublishStatus {
  settleJob(state, job);
  if (job.failReason) return "FAILED";
  if (job.recorded) return job.mode === "DIRECT_POST" ? "PUBLISH_COMPLETE" : "SEND_TO_USER_INBOX";
  return job.source === "FILE_UPLOAD" ? "PROCESSING_UPLOAD" : "PROCESSING_DOWNLOAD";
}

function settleJob(state: SandboxState, job: PublishJob): void {
  if (job.recorded || job.failReason || job.readyAt === undefined || state.now() < job.readyAt)
    return;
  job.recorded = true;
  job.publishedAt = state.now();
  const user = findUser(state.directory, "tiktok", job.ownerId);
  const isPublic = job.privacyLevel !== "SELF_ONLY";
  job.postId =
    job.mode === "DIRECT_POST"
      ? `7${Date.now()}${Math.floor(Math.random() * 1e5)}`.slice(0, 19)
      : undefined;
  state.posts.add({
    network: "tiktok",
    remoteId: job.postId ?? job.publishId,
    // A private post gets no public id: the client knows it only by its publish_id.
    ...(job.postId ? { alsoKnownAs: [job.publishId] } : {}),
    accountId: job.ownerId,
    accountName: `@${user?.username ?? job.ownerId}`,
    text: [job.title, job.description].filter(Boolean).join("\n\n"),
    mediaIds: job.blobIds,
    createdAt: state.now(),
    details: {
      privacy: job.privacyLevel || "—",
      ...(job.mode === "MEDIA_UPLOAD" ? { mode: "draft in creator's inbox" } : {}),
      ...(job.mediaType === "PHOTO" ? { type: "photo post" } : {}),
      ...(isPublic ? {} : { visibility: "only the creator" }),
    },
  });
  if (job.mode === "DIRECT_POST") state.counters.postCreated("tiktok", job.ownerId);
}

export function settleTikTok(state: SandboxState): void {
  for (const job of state.tiktok.jobs.values()) settleJob(state, job);
}
