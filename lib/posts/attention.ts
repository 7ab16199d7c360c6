/**
 * What needs the person's attention, for the notice at the top of /posts and /compose: targets
 * that failed or are unconfirmed in the last 7 days, and accounts that must be reconnected (with
 * how many posts wait for each). Owner-scoped; reads only, selects only what it shows.
 */
import { db } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";

const WINDOW_MS = 7 * 24 * 3600 * 1000;
const MAX_TARGETS = 5;

export type AttentionTarget = {
  id: string;
  postId: string;
  provider: ProviderId;
  handle: string;
  status: "FAILED" | "UNCONFIRMED";
  message: string | null;
  excerpt: string;
  at: Date;
};

export type AttentionAccount = {
  id: string;
  provider: ProviderId;
  handle: string;
  displayName: string;
  status: "NEEDS_RECONNECT" | "REVOKED";
  reason: string | null;
  waitingPosts: number;
};

export type Attention = {
  targets: AttentionTarget[];
  /** All failed/unconfirmed targets in the window (targets holds at most MAX_TARGETS). */
  targetTotal: number;
  accounts: AttentionAccount[];
};

const excerptOf = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

export async function loadAttention(userId: string, now = new Date()): Promise<Attention> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const where = {
    post: { userId },
    status: { in: ["FAILED" as const, "UNCONFIRMED" as const] },
    updatedAt: { gte: since },
  };
  const [targets, targetTotal, accounts] = await Promise.all([
    db.postTarget.findMany({
      where,
      select: {
        id: true,
        provider: true,
        accountHandle: true,
        status: true,
        errorMessage: true,
        textOverride: true,
        updatedAt: true,
        post: { select: { id: true, text: true } },
      },
      orderBy: { updatedAt: "desc" },
      take: MAX_TARGETS,
    }),
    db.postTarget.count({ where }),
    db.socialAccount.findMany({
      where: { userId, status: { in: ["NEEDS_RECONNECT", "REVOKED"] } },
      select: {
        id: true,
        provider: true,
        handle: true,
        displayName: true,
        status: true,
        statusReason: true,
        _count: { select: { targets: { where: { status: "QUEUED" } } } },
      },
      orderBy: { updatedAt: "desc" },
    }),
  ]);
  return {
    targets: targets.map((target) => ({
      id: target.id,
      postId: target.post.id,
      provider: target.provider as ProviderId,
      handle: target.accountHandle,
      status: target.status as AttentionTarget["status"],
      message: target.errorMessage,
      excerpt: excerptOf(target.textOverride ?? target.post.text),
      at: target.updatedAt,
    })),
    targetTotal,
    accounts: accounts.map((account) => ({
      id: account.id,
      provider: account.provider as ProviderId,
      handle: account.handle,
      displayName: account.displayName,
      status: account.status as AttentionAccount["status"],
      reason: account.statusReason,
      waitingPosts: account._count.targets,
    })),
  };
}
