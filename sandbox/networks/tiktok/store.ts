/** TikTok-only state: publish jobs (direct post, inbox upload, photo post) and their uploads. */
export type PublishStatus =
  | "PROCESSING_UPLOAD"
  | "PROCESSING_DOWNLOAD"
  | "SEND_TO_USER_INBOX"
  | "PUBLISH_COMPLETE"
  | "FAILED";

export type PublishJob = {
  publishId: string;
  ownerId: string;
  mode: "DIRECT_POST" | "MEDIA_UPLOAD";
  mediaType: "VIDEO" | "PHOTO";
  source: "FILE_UPLOAD" | "PULL_FROM_URL";
  title: string;
  description: string;
  privacyLevel: string;
  /** FILE_UPLOAD bookkeeping. */
  uploadToken?: string;
  uploadExpiresAt?: number;
  videoSize?: number;
  chunkSize?: number;
  totalChunkCount?: number;
  chunks: Uint8Array[];
  receivedBytes: number;
  blobIds: string[];
  /** PULL_FROM_URL downloads still running. */
  pendingDownloads?: number;
  /** Sandbox time when processing ends (set once all bytes are in). */
  readyAt?: number;
  failReason?: string;
  postId?: string;
  recorded: boolean;
  /** Sandbox time the post went live (processing finished). */
  publishedAt?: number;
  createdAt: number;
};

export class TikTokStore {
  readonly jobs = new Map<string, PublishJob>();
  /** Per-minute request windows per token and endpoint. */
  readonly windows = new Map<string, { start: number; count: number }>();
}
