/** The posts page's data: a user's posts with per-network delivery status (owner-scoped). */
import { db } from "@/lib/db/client";
import { derivePostStatus, type PostStatus, type TargetStatusValue } from "./post-status";

const targetSelect = {
  id: true,
  provider: true,
  accountHandle: true,
  textOverride: true,
  status: true,
  remoteUrl: true,
  remoteId: true,
  // The network's id of the account, so sandbox mode can open that account's inbox at the post.
  socialAccount: { select: { externalId: true } },
  errorCode: true,
  errorMessage: true,
  publishedAt: true,
  attempts: true,
  nextAttemptAt: true,
} as const;

const postSelect = {
  id: true,
  text: true,
  scheduledAt: true,
  timeZone: true,
  createdAt: true,
  media: {
    orderBy: { position: "asc" as const },
    select: { media: { select: { id: true, kind: true } } },
  },
  targets: { orderBy: { createdAt: "asc" as const }, select: targetSelect },
} as const;

export type ListPostsOptions = {
  /** Only posts scheduled (or created, when unscheduled) in [from, to): the calendar's range. */
  from?: Date;
  to?: Date;
  take?: number;
  /** Cursor: the id of the last post of the previous page. */
  after?: string;
};

function withStatus<
  T extends { targets: { status: TargetStatusValue }[]; scheduledAt: Date | null },
>(post: T) {
  return {
    ...post,
    status: derivePostStatus(
      post.targets.map((t) => t.status),
      post.scheduledAt,
    ) as PostStatus,
  };
}

export async function listPosts(userId: string, options: ListPostsOptions = {}) {
  const range =
    options.from && options.to
      ? {
          OR: [
            { scheduledAt: { gte: options.from, lt: options.to } },
            { scheduledAt: null, createdAt: { gte: options.from, lt: options.to } },
          ],
        }
      : {};
  const posts = await db.post.findMany({
    where: { userId, ...range },
    select: postSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 50,
    ...(options.after ? { skip: 1, cursor: { id: options.after } } : {}),
  });
  return posts.map(withStatus);
}

/** Current status of the given posts, for live updates; other users' ids are simply absent. */
export async function postStatuses(userId: string, postIds: string[]) {
  const posts = await db.post.findMany({
    where: { userId, id: { in: postIds.slice(0, 100) } },
    select: {
      id: true,
      scheduledAt: true,
      targets: { orderBy: { createdAt: "asc" }, select: targetSelect },
    },
  });
  return posts.map(withStatus);
}

export async function getPost(userId: string, postId: string) {
  const post = await db.post.findFirst({ where: { id: postId, userId }, select: postSelect });
  return post ? withStatus(post) : null;
}

export type ListedPost = Awaited<ReturnType<typeof listPosts>>[number];
