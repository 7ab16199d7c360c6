/**
 * Adds one publish job per target, delayed to its time, on its network's queue. When Redis is
 * unreachable this returns false at once instead of failing the request: the targets are safely
 * QUEUED in the database and the reconciler enqueues them as soon as the queue is back
 * (quality.md ).
 */
import { PUBLISH_JOB_NAME, PUBLISH_JOB_OPTIONS, publishJobId } from "@/lib/jobs/publish-job";
import { getQueue } from "@/lib/jobs/queue-client";
import { publishQueueName } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import type { ProviderId } from "@/lib/providers/provider-id";

export type TargetToEnqueue = { targetId: string; provider: ProviderId; runAt: Date | null };

const ENQUEUE_TIMEOUT_MS = 3_000;

function jobsFor(targets: TargetToEnqueue[], now: number) {
  return targets.map(({ targetId, runAt }) => ({
    name: PUBLISH_JOB_NAME,
    data: { targetId },
    opts: {
      ...PUBLISH_JOB_OPTIONS,
      jobId: publishJobId(targetId),
      delay: runAt ? Math.max(0, runAt.getTime() - now) : 0,
    },
  }));
}

export async function enqueueTargets(
  targets: TargetToEnqueue[],
  now = Date.now(),
): Promise<boolean> {
  if (targets.length === 0) return true;
  const byProvider = new Map<ProviderId, TargetToEnqueue[]>();
  for (const target of targets)
    byProvider.set(target.provider, [...(byProvider.get(target.provider) ?? []), target]);
  const adds = [...byProvider].map(([provider, group]) =>
    getQueue(publishQueueName(provider)).addBulk(jobsFor(group, now)),
  );
  try {
    await Promise.race([
      Promise.all(adds),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("enqueue timed out")), ENQUEUE_TIMEOUT_MS),
      ),
    ]);
    return true;
  } catch (error) {
    for (const add of adds) add.catch(() => {});
    logger.warn(
      { targets: targets.length, err: (error as Error).message },
      "enqueue failed; the reconciler will retry",
    );
    return false;
  }
}
