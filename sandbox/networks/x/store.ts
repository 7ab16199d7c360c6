/** X-only state: media upload sessions and per-user rate-limit windows. */
export type XMedia = {
  id: string;
  mediaKey: string;
  ownerId: string;
  additionalOwners: string[];
  category: string;
  declaredType?: string;
  totalBytes?: number;
  chunks: Map<number, Uint8Array>;
  finalized: boolean;
  /** Sandbox time at which processing is done (images: at once). */
  readyAt: number;
  /** When processing began (FINALIZE); STATUS says "pending" until time moves on. */
  processingStart?: number;
  mime?: string;
  kind?: "image" | "video" | "unknown";
  width?: number;
  height?: number;
  size?: number;
  blobId?: string;
  failed?: boolean;
  createdAt: number;
};

export type RateWindow = { start: number; count: number };

export class XStore {
  readonly media = new Map<string, XMedia>();
  readonly windows = new Map<string, RateWindow>();
}
