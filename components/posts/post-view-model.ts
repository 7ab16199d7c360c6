/**
 * Words and tones for a post and its per-network deliveries, and what the live poller compares.
 * Pure functions of the listed post (and an explicit `now`), so they are unit-tested.
 */
import type { BadgeTone } from "@/components/ui/badge";
import type { PostStatus, TargetStatusValue } from "@/lib/posts/post-status";

export type TargetLike = {
  id: string;
  status: TargetStatusValue;
  errorCode: string | null;
  errorMessage: string | null;
  remoteUrl: string | null;
  nextAttemptAt: Date | null;
  publishedAt: Date | null;
};

export type PostLike = {
  id: string;
  status: PostStatus;
  scheduledAt: Date | null;
  createdAt: Date;
  targets: TargetLike[];
};

export const POST_STATUS: Record<PostStatus, { label: string; tone: BadgeTone }> = {
  draft: { label: "Draft", tone: "neutral" },
  scheduled: { label: "Scheduled", tone: "info" },
  publishing: { label: "Publishing…", tone: "brand" },
  published: { label: "Published", tone: "success" },
  partial: { label: "Partly published", tone: "warning" },
  failed: { label: "Failed", tone: "danger" },
  cancelled: { label: "Cancelled", tone: "neutral" },
};

export type TargetView = {
  label: string;
  tone: BadgeTone;
  /** A sentence under the row (the error in words, what happens next). */
  detail: string | null;
  action: "view" | "retry" | "confirm-retry" | "reconnect" | null;
};

const UNCONFIRMED_WORDS =
  "Socialite sent this post but the network never confirmed it, so it may already be live. Check the account before retrying.";

export function targetView(
  target: TargetLike,
  post: Pick<PostLike, "scheduledAt">,
  now: Date,
): TargetView {
  switch (target.status) {
    case "PUBLISHED":
      return {
        label: "Published",
        tone: "success",
        detail: null,
        action: target.remoteUrl ? "view" : null,
      };
    case "PUBLISHING":
      return { label: "Publishing…", tone: "brand", detail: null, action: null };
    case "FAILED":
      return {
        label: "Failed",
        tone: "danger",
        detail: target.errorMessage ?? "The network refused this post.",
        action: "retry",
      };
    case "UNCONFIRMED":
      return {
        label: "Unconfirmed",
        tone: "warning",
        detail: target.errorMessage ?? UNCONFIRMED_WORDS,
        action: "confirm-retry",
      };
    case "CANCELLED":
      return { label: "Cancelled", tone: "neutral", detail: null, action: null };
    case "QUEUED": {
      if (target.errorCode === "needs_reconnect")
        return {
          label: "Waiting for reconnect",
          tone: "warning",
          detail: `${target.errorMessage ?? "The account needs to be reconnected."} It goes out once you reconnect the account.`,
          action: "reconnect",
        };
      if (target.errorCode && target.nextAttemptAt && target.nextAttemptAt > now)
        return {
          label: "Retrying soon",
          tone: "warning",
          detail: target.errorMessage ?? "The network didn't answer; trying again shortly.",
          action: null,
        };
      if (post.scheduledAt && post.scheduledAt > now)
        return { label: "Scheduled", tone: "info", detail: null, action: null };
      return { label: "Queued", tone: "neutral", detail: null, action: null };
    }
  }
}

/** Everything the page shows about a post's delivery, as one comparable string. */
export function statusSignature(post: {
  status: string;
  targets: { id: string; status: string; errorCode: string | null; remoteUrl: string | null }[];
}): string {
  return [
    post.status,
    ...post.targets.map((t) => `${t.id}:${t.status}:${t.errorCode ?? ""}:${t.remoteUrl ?? ""}`),
  ].join("|");
}

const SOON_MS = 2 * 60_000;

/**
 * When the page should start polling this post: now (null) while anything is on its way, at
 * two minutes before a scheduled time, or never (undefined) once everything has settled.
 */
export function liveFrom(post: PostLike): number | null | undefined {
  if (post.status === "publishing") return null;
  if (post.status === "scheduled" && post.scheduledAt) return post.scheduledAt.getTime() - SOON_MS;
  if (post.targets.some((t) => t.status === "QUEUED" || t.status === "PUBLISHING")) return null;
  return undefined;
}

/** A post the page keeps polling, from the snapshot its card shows (see live-updates.tsx). */
export type LiveStart = {
  id: string;
  signature: string;
  /** Epoch ms from which to poll (null = now). */
  from: number | null;
};

/**
 * The posts to poll, given every snapshot the page read, in render order. A post can be read
 * twice (in the list, then a moment later for the created-post notice); the cards show the first
 * snapshot, so polling starts from that one: a later, already settled one would stop the poll
 * while the card still says "Publishing…".
 */
export function liveStarts(snapshots: PostLike[]): LiveStart[] {
  const first = new Map<string, PostLike>();
  for (const post of snapshots) if (!first.has(post.id)) first.set(post.id, post);
  const starts: LiveStart[] = [];
  for (const post of first.values()) {
    const from = liveFrom(post);
    if (from !== undefined) starts.push({ id: post.id, signature: statusSignature(post), from });
  }
  return starts;
}

/** "Just this line of text…", for calendars and notices. */
export function excerpt(text: string, length = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/**
 * Where "View post" goes: the network's own URL, or in sandbox mode that network's sandbox inbox
 * (the sandbox serves no public post pages), showing the account's posts and scrolled to this one.
 * An unlinked account's post opens the whole inbox, still at the post.
 */
export function viewPostHref(
  target: {
    provider: string;
    remoteUrl: string;
    remoteId: string | null;
    socialAccount: { externalId: string } | null;
  },
  sandboxOrigin: string | null,
): string {
  if (!sandboxOrigin) return target.remoteUrl;
  // Relative to the origin's own path, should the sandbox sit behind a path prefix.
  const inbox = new URL(
    `_sandbox/inbox/${encodeURIComponent(target.provider)}`,
    `${sandboxOrigin.replace(/\/+$/, "")}/`,
  );
  if (target.socialAccount) inbox.searchParams.set("account", target.socialAccount.externalId);
  if (target.remoteId) inbox.hash = `post-${target.remoteId}`;
  return inbox.toString();
}

/**
 * How an account is named in a sentence: "@alice" when its handle is a username, otherwise its
 * name (Facebook Pages and TikTok creators are stored under their display name).
 */
export const handleLabel = (handle: string, displayName = handle): string =>
  /^[A-Za-z0-9_.]+$/.test(handle) ? `@${handle}` : displayName;
