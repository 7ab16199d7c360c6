/**
 * Edits the text and time of a scheduled post before it goes out, by its owner. Every network
 * rule is checked again (as createPost does), and the publish jobs' delays follow the new time.
 * The worker publishes whenever a job runs, so a new time that can't be given to the queue is
 * refused (the stored time is put back) rather than leaving a job at the old time.
 */

import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { publishJobId } from "@/lib/jobs/publish-job";
import { getQueue } from "@/lib/jobs/queue-client";
import { publishQueueName } from "@/lib/jobs/queues";
import { getOwnedMedia } from "@/lib/media/get-owned-media";
import type { ProviderId } from "@/lib/providers/provider-id";
import { toMediaInfo, validateTargets } from "./create-post";
import { enqueueTargets } from "./enqueue-targets";
import { PostRejectedError } from "./post-errors";
import type { ScheduleInput } from "./post-input";
import { resolveSchedule, ScheduleError } from "./resolve-schedule";

/** Edits close to the time race the worker: from a minute before, the post is left alone. */
const LAST_EDIT_MS = 60_000;

export type UpdateResult =
  | { ok: true; scheduledAt: Date }
  | { ok: false; reason: "not_found" | "not_editable" | "queue_unavailable" };

async function moveJobs(targets: { id: string; provider: string }[], at: Date): Promise<void> {
  const missing: { targetId: string; provider: ProviderId; runAt: Date }[] = [];
  for (const target of targets) {
    const provider = target.provider as ProviderId;
    const job = await getQueue(publishQueueName(provider)).getJob(publishJobId(target.id));
    if (!job) {
      missing.push({ targetId: target.id, provider, runAt: at });
      continue;
    }
    if ((await job.getState()) !== "delayed") throw new Error("the job is no longer waiting");
    await job.changeDelay(Math.max(0, at.getTime() - Date.now()));
  }
  if (missing.length > 0 && !(await enqueueTargets(missing))) throw new Error("enqueue failed");
}

export async function updateScheduledPost(
  userId: string,
  postId: string,
  change: { text: string; schedule: Extract<ScheduleInput, { mode: "scheduled" }> },
  now = new Date(),
): Promise<UpdateResult> {
  const post = await db.post.findFirst({
    where: { id: postId, userId },
    select: {
      id: true,
      text: true,
      scheduledAt: true,
      timeZone: true,
      media: { orderBy: { position: "asc" }, select: { mediaId: true } },
      targets: {
        select: {
          id: true,
          provider: true,
          status: true,
          textOverride: true,
          settings: true,
          accountHandle: true,
          socialAccount: { select: { id: true, provider: true, handle: true, status: true } },
        },
      },
    },
  });
  if (!post) return { ok: false, reason: "not_found" };
  const live = post.targets.filter((target) => target.status !== "CANCELLED");
  const editable =
    post.scheduledAt !== null &&
    post.scheduledAt.getTime() > now.getTime() + LAST_EDIT_MS &&
    live.length > 0 &&
    live.every((target) => target.status === "QUEUED" && target.socialAccount);
  if (!editable) return { ok: false, reason: "not_editable" };

  let schedule: ReturnType<typeof resolveSchedule>;
  try {
    schedule = resolveSchedule(change.schedule, now);
  } catch (error) {
    if (error instanceof ScheduleError) throw new PostRejectedError(error.message);
    throw error;
  }
  const at = schedule.at!;
  if (at.getTime() < now.getTime() + LAST_EDIT_MS)
    throw new PostRejectedError(
      "Pick a time at least a minute from now, or publish a new post now.",
    );

  const media = await getOwnedMedia(
    userId,
    post.media.map((item) => item.mediaId),
  );
  const accounts = new Map(live.map((target) => [target.socialAccount!.id, target.socialAccount!]));
  validateTargets(
    {
      text: change.text,
      targets: live.map((target) => ({
        accountId: target.socialAccount!.id,
        textOverride: target.textOverride ?? undefined,
        settings: (target.settings ?? {}) as Record<string, never>,
      })),
    },
    accounts,
    media.map(toMediaInfo),
  );

  // Only while every delivery is still waiting and the old time hasn't come close.
  const { count } = await db.post.updateMany({
    where: {
      id: post.id,
      userId,
      scheduledAt: { gt: new Date(now.getTime() + LAST_EDIT_MS) },
      targets: { none: { status: { in: ["PUBLISHING", "PUBLISHED", "FAILED", "UNCONFIRMED"] } } },
    },
    data: { text: change.text, scheduledAt: at, timeZone: schedule.timeZone },
  });
  if (count !== 1) return { ok: false, reason: "not_editable" };

  if (at.getTime() !== post.scheduledAt!.getTime()) {
    try {
      await moveJobs(
        live.map((target) => ({ id: target.id, provider: target.provider })),
        at,
      );
    } catch {
      // The jobs keep the old time, so the post does too.
      await db.post.update({
        where: { id: post.id },
        data: { scheduledAt: post.scheduledAt, timeZone: post.timeZone },
      });
      return { ok: false, reason: "queue_unavailable" };
    }
  }
  await recordAudit({
    actorId: userId,
    action: "post.edit",
    targetType: "Post",
    targetId: post.id,
  });
  return { ok: true, scheduledAt: at };
}
