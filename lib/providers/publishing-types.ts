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
  /** Per-network options, parsed by the adapter's settings schema (e.g. TikTok privacy level). */
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

export type PublishAccount = {
  externalId: string;
  handle: string;
  metadata: Record<string, JsonValue>;
};

export type PublishContext = {
  accessToken: string;
  account: PublishAccount;
  text: string;
  media: PublishMedia[];
  settings: Record<string, JsonValue>;
  /** Step state saved by earlier attempts of this target (media ids, container ids). */
  steps: Record<string, JsonValue>;
  /**
   * Persists step state before the next network call. Shallow merge: each key given replaces
   * the stored one (adapters rewrite a whole map under one key); `null` clears a key.
   */
  saveSteps(steps: Record<string, JsonValue>): Promise<void>;
  /**
   * (Added by the lead for the worker.) Call right before sending the request that creates the
   * post itself (the tweet, the feed post, media_publish, the TikTok init). From then on a lost
   * answer means "maybe posted": the worker reconciles with findPublished instead of retrying
   * blindly, even after a crash.
   */
  beforeCreate(): Promise<void>;
  /** Aborts waits (container polling) when the worker shuts down. */
  signal?: AbortSignal;
};

export type PublishedPost = { remoteId: string; url: string };

export type ReconcileInput = {
  accessToken: string;
  account: PublishAccount;
  text: string;
  /** Only posts created at or after this time can be ours (the attempt's start). */
  since: Date;
  /**
   * The steps the uncertain attempt saved: some networks answer from them directly (TikTok's
   * publish_id has a status; an Instagram container says whether it was published).
   */
  steps: Record<string, JsonValue>;
};

export type NetworkLimits = {
  maxTextLength: number;
  /** How `maxTextLength` counts: X weighs characters (URLs 23, CJK and emoji 2). */
  textCounting: "weighted" | "utf16";
  maxImages: number;
  maxVideos: number;
  /** True when a post needs at least one image or video (Instagram, TikTok). */
  mediaRequired: boolean;
  /** True when one post may carry images and videos together (Instagram carousels). */
  mixedMedia: boolean;
  /** MIME types the composer may offer; others are refused by validatePost. */
  imageTypes: readonly string[];
  videoTypes: readonly string[];
};

/** A choice the composer must offer for this account, per what the network says right now. */
export type PublishOptionField =
  | {
      kind: "choice";
      /** The `settings` key the value goes to. */
      key: string;
      label: string;
      choices: { value: string; label: string }[];
      /**
       * Shown while nothing is chosen. A choice has no default: the person must pick one (TikTok's
       * guidelines forbid pre-selecting the audience), and the composer blocks until they do.
       */
      placeholder: string;
    }
  | {
      kind: "toggle";
      key: string;
      label: string;
      defaultValue: boolean;
      /** The network forces `defaultValue` (e.g. the creator disabled comments): show it, read-only. */
      locked: boolean;
    };

export type PublishOptions = {
  fields: PublishOptionField[];
  /** Who the post will appear from, when the network asks apps to show it (TikTok). */
  postingAs?: { name: string; avatarUrl?: string };
  /** Account-specific cap tighter than the network's general one. */
  maxVideoDurationMs?: number;
  /** Sentences to show near the options ("Posts stay private until …"). */
  notices: string[];
};

export type PublishOptionsInput = { accessToken: string; account: PublishAccount };

export interface ProviderPublishing {
  readonly limits: NetworkLimits;
  /**
   * Every rule the network enforces that Socialite can check before sending. Empty = valid.
   * `options` (from `publishOptions`) adds the account's own constraints when known.
   */
  validatePost(draft: PostDraft, options?: PublishOptions): ValidationIssue[];
  /** Length of `text` as `limits.maxTextLength` counts it, for the composer's counter. */
  countText(text: string): number;
  /**
   * Account-specific choices the composer must offer before posting (TikTok: privacy levels
   * from creator info). Absent = the network has none.
   */
  publishOptions?(input: PublishOptionsInput): Promise<PublishOptions>;
  /** Publishes; throws ProviderError (kind decides retry / wait / fail / reconcile). */
  publish(context: PublishContext): Promise<PublishedPost>;
  /**
   * After an unknown outcome, looks for the post among the account's recent posts (or asks about
   * the saved steps). Null = the network shows it was not posted, or not yet: publishing again
   * is safe because publish resumes from the saved steps and never creates twice. Throws when
   * the network cannot tell (TikTok without a publish_id, a listing refused) or cannot answer
   * now; the worker then leaves the target UNCONFIRMED.
   */
  findPublished?(input: ReconcileInput): Promise<PublishedPost | null>;
}
