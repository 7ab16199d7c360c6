/**
 * Creates a post and its per-account targets in one transaction, then enqueues one publish job per
 * target. Every network rule is checked again here (the composer's live checks are a courtesy);
 * a post that breaks one is refused with the rule named, and nothing is stored or enqueued.
 * The submission's idempotency key makes a double-click return the same post (quality.md R-5).
 */
import { randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db/client";
import { getOwnedMedia, MediaNotFoundError } from "@/lib/media/get-owned-media";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { MediaInfo } from "@/lib/providers/publishing-types";
import { getProvider } from "@/lib/providers/registry";
import { enqueueTargets } from "./enqueue-targets";
import { PostRejectedError, type TargetIssues } from "./post-errors";
import type { PostInput } from "./post-input";
import { resolveSchedule, ScheduleError } from "./resolve-schedule";

// Unguessable, and chosen before the insert so the audit row in the same batch can name the post.
const createId = () => `p${randomBytes(12).toString("base64url")}`;

export type CreatedPost = {
  postId: string;
  duplicate: boolean;
  queued: boolean;
  scheduledAt: Date | null;
};

type OwnedMedia = Awaited<ReturnType<typeof getOwnedMedia>>[number];

export const toMediaInfo = (media: OwnedMedia): MediaInfo => ({
  kind: media.kind === "VIDEO" ? "video" : "image",
  mime: media.mime,
  bytes: media.bytes,
  width: media.width ?? undefined,
  height: media.height ?? undefined,
  durationMs: media.durationMs ?? undefined,
  animated: (media as { animated?: boolean | null }).animated ?? undefined,
});

async function loadAccounts(userId: string, ids: string[]) {
  const accounts = await db.socialAccount.findMany({
    where: { id: { in: ids }, userId },
    select: { id: true, provider: true, handle: true, status: true },
  });
  if (accounts.length !== new Set(ids).size) {
    throw new PostRejectedError(
      "One of the chosen accounts isn't linked to your Socialite account.",
    );
  }
  return new Map(accounts.map((account) => [account.id, account]));
}

/** Every target's network rules; throws PostRejectedError naming each broken rule. */
export function validateTargets(
  input: Pick<PostInput, "text" | "targets">,
  accounts: Awaited<ReturnType<typeof loadAccounts>>,
  media: MediaInfo[],
) {
  const problems: TargetIssues[] = [];
  for (const target of input.targets) {
    const account = accounts.get(target.accountId)!;
    const provider = account.provider as ProviderId;
    const issues = getProvider(provider).validatePost({
      text: target.textOverride ?? input.text,
      media,
      settings: target.settings as never,
    });
    if (issues.length > 0) {
      problems.push({
        accountId: account.id,
        handle: account.handle,
        network: getProvider(provider).displayName,
        issues,
      });
    }
  }
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new PostRejectedError(
      `${first.network} (@${first.handle}): ${first.issues[0]!.message}`,
      problems,
    );
  }
}

export async function createPost(userId: string, input: PostInput): Promise<CreatedPost> {
  const existing = await db.post.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } },
    select: { id: true, scheduledAt: true },
  });
  if (existing)
    return {
      postId: existing.id,
      duplicate: true,
      queued: true,
      scheduledAt: existing.scheduledAt,
    };

  let schedule: ReturnType<typeof resolveSchedule>;
  try {
    schedule = resolveSchedule(input.schedule);
  } catch (error) {
    if (error instanceof ScheduleError) throw new PostRejectedError(error.message);
    throw error;
  }
  const accounts = await loadAccounts(
    userId,
    input.targets.map((t) => t.accountId),
  );
  let media: OwnedMedia[];
  try {
    media = await getOwnedMedia(userId, input.mediaIds);
  } catch (error) {
    if (error instanceof MediaNotFoundError) throw new PostRejectedError(error.message);
    throw error;
  }
  validateTargets(input, accounts, media.map(toMediaInfo));

  let post: { id: string; targets: { id: string; provider: ProviderId }[] };
  try {
    // One batch transaction: no connection is held open between round trips.
    const postId = createId();
    const [created] = await db.$transaction([
      db.post.create({
        data: {
          id: postId,
          userId,
          text: input.text,
          scheduledAt: schedule.at,
          timeZone: schedule.timeZone,
          idempotencyKey: input.idempotencyKey,
          media: { create: media.map((m, position) => ({ mediaId: m.id, position })) },
          targets: {
            create: input.targets.map((target) => {
              const account = accounts.get(target.accountId)!;
              return {
                socialAccountId: account.id,
                provider: account.provider,
                accountHandle: account.handle,
                textOverride: target.textOverride ?? null,
                settings: target.settings as Prisma.InputJsonObject,
              };
            }),
          },
        },
        select: { id: true, targets: { select: { id: true, provider: true } } },
      }),
      db.auditEvent.create({
        data: {
          actorId: userId,
          action: schedule.at ? "post.schedule" : "post.publish",
          targetType: "Post",
          targetId: postId,
          metadata: { targets: input.targets.length },
        },
      }),
    ]);
    post = created;
  } catch (error) {
    // Two simultaneous submissions of one form: the unique key lets exactly one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.post.findUniqueOrThrow({
        where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } },
        select: { id: true, scheduledAt: true },
      });
      return { postId: winner.id, duplicate: true, queued: true, scheduledAt: winner.scheduledAt };
    }
    throw error;
  }
  const queued = await enqueueTargets(
    post.targets.map((target) => ({
      targetId: target.id,
      provider: target.provider,
      runAt: schedule.at,
    })),
  );
  return { postId: post.id, duplicate: false, queued, scheduledAt: schedule.at };
}
