/**
 * The safety net under the queue (ARCHITECTURE.md "Processes"): the database is the source of
 * truth, Redis only the schedule. Runs every minute and
 *  - enqueues targets that are due (or scheduled) but have no live job: Redis was down at
 *    submission, was flushed, or the account was just reconnected;
 *  - settles targets stuck in PUBLISHING whose worker died: they go back to QUEUED, and the next
 *    attempt reconciles with the network first if the create request had been sent.
 */
import type { Queue } from "bullmq";
import { db } from "@/lib/db/client";
import { publishJobId } from "@/lib/jobs/publish-job";
import { getQueue } from "@/lib/jobs/queue-client";
import { publishQueueName } from "@/lib/jobs/queues";
import { enqueueTargets, type TargetToEnqueue } from "@/lib/posts/enqueue-targets";
import type { ProviderId } from "@/lib/providers/provider-id";

export type ReconcileReport = { enqueued: number; settled: number };

const BATCH = 500;
const STUCK_AFTER_MS = 10 * 60_000;
const ACTIVE_GRACE_MS = 3_000;

async function hasLiveJob(queue: Queue, targetId: string): Promise<boolean> {
  const job = await queue.getJob(publishJobId(targetId));
  if (!job) return false;
  let state = await job.getState();
  // The worker settles a target a moment before it marks the job completed; a retry clicked in
  // that moment must not mistake the finishing job for a live one (nothing would run it again).
  for (let waited = 0; state === "active" && waited < ACTIVE_GRACE_MS; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    state = await job.getState();
  }
  if (state === "completed" || state === "failed" || state === "unknown") {
    // A finished job keeps its id until removed; it must go for the id to be usable again.
    await job.remove().catch(() => {});
    return false;
  }
  return true;
}

export async function reconcilePipeline(now = new Date()): Promise<ReconcileReport> {
  const stuckBefore = new Date(now.getTime() - STUCK_AFTER_MS);
  const settled = await db.postTarget.updateMany({
    where: { status: "PUBLISHING", updatedAt: { lt: stuckBefore } },
    data: { status: "QUEUED" },
  });

  const candidates = await db.postTarget.findMany({
    where: {
      status: "QUEUED",
      socialAccount: { status: { in: ["ACTIVE", "EXPIRING"] } },
      OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
    },
    select: { id: true, provider: true, post: { select: { scheduledAt: true } } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  const enqueued = await requeueTargets(
    candidates.map((target) => ({
      targetId: target.id,
      provider: target.provider as ProviderId,
      runAt:
        target.post.scheduledAt && target.post.scheduledAt > now ? target.post.scheduledAt : null,
    })),
    now,
  );
  return { enqueued, settled: settled.count };
}

/**
 * Enqueues the targets that have no live job (removing finished jobs whose ids would otherwise
 * swallow the new ones); returns how many were enqueued. Throws when Redis refuses.
 */
export async function requeueTargets(
  targets: TargetToEnqueue[],
  now = new Date(),
): Promise<number> {
  const missing: TargetToEnqueue[] = [];
  for (const target of targets) {
    if (!(await hasLiveJob(getQueue(publishQueueName(target.provider)), target.targetId)))
      missing.push(target);
  }
  if (missing.length > 0 && !(await enqueueTargets(missing, now.getTime()))) {
    throw new Error("Redis refused the re-enqueue; the next run will try again.");
  }
  return missing.length;
}
