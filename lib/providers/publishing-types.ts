/**
 * The publishing half of a network adapter (ARCHITECTURE.md "Publishing a target"). Validation
 * is pure and browser-safe (the composer runs it live; the server runs it again); publishing is
 * server-only and resumable: each completed step is saved through `saveSteps` before the next
 * network call, so a retry continues where the last attempt stopped instead of starting over.
 */
import type { JsonValue } from "./types";

/** What validation needs to know about an attached file. */
export type MediaInfo = {
  kind: "image" | "video";
  mime: string;
  bytes: number;
  width?: number;
  height?: number;
  durationMs?: number;
  animated?: boolean;
};

export type PostDraft = {
  text: string;
  media: MediaInfo[];
  /** Per-network options, parsed by the adapter's settingsSchema (e.g. TikTok privacy level). */
  settings: Record<string, JsonValue>;
};

export type ValidationIssue = {
  /** Stable id of the rule, e.g. "x.text.too_long", for tests and the UI. */
  rule: string;
  /** Words for the person, naming the limit ("X allows 280 characters; this post has 291"). */
  message: string;
};

/** An attached file as the publisher sees it: facts plus two ways to hand it to the network. */
export type PublishMedia = MediaInfo & {
  id: string;
  /** A short-lived public URL the network can download (networks that pull by URL). */
  url(variant?: "original" | "jpeg"): string;
  /** The bytes, for networks that take uploads. */
  read(variant?: "original" | "jpeg"): Promise<Buffer>;
};

export type PublishContext = {
  accessToken: string;
  account: { externalId: string; handle: string; metadata: Record<string, JsonValue> };
  text: string;
  media: PublishMedia[];
  settings: Record<string, JsonValue>;
  /** Step state saved by earlier attempts of this target (media ids, container ids). */
  steps: Record<string, JsonValue>;
  /** Persists step state (merged) before the next network call. */
  saveSteps(steps: Record<string, JsonValue>): Promise<void>;
  /** Aborts waits (container polling) when the worker shuts down. */
  signal?: AbortSignal;
};

export type PublishedPost = { remoteId: string; url: string };

export type ReconcileInput = {
  accessToken: string;
  account: PublishContext["account"];
  text: string;
  /** Only posts created at or after this time can be ours. */
  since: Date;
};

export type NetworkLimits = {
  maxTextLength: number;
  maxImages: number;
  maxVideos: number;
  /** True when a post needs at least one image or video (Instagram, TikTok). */
  mediaRequired: boolean;
};

export interface ProviderPublishing {
  readonly limits: NetworkLimits;
  /** Every rule the network enforces that Socialite can check before sending. Empty = valid. */
  validatePost(draft: PostDraft): ValidationIssue[];
  /** Publishes; throws ProviderError (kind decides retry / wait / fail / reconcile). */
  publish(context: PublishContext): Promise<PublishedPost>;
  /**
   * After an unknown outcome, looks for the post among the account's recent posts; null when the
   * network shows none (or cannot list them, then the target stays UNCONFIRMED for a person).
   */
  findPublished?(input: ReconcileInput): Promise<PublishedPost | null>;
}
