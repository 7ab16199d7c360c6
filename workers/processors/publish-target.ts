// Publish job processor: parse, delegate to lib/publishing, map the outcome to BullMQ.
import { DelayedError, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { publishJobSchema } from "@/lib/jobs/publish-job";
import { publishTarget } from "@/lib/publishing/publish-target";

export function publishProcessor(redis: Redis, signal: AbortSignal) {
  return async (job: Job, token?: string) => {
    const { targetId } = publishJobSchema.parse(job.data);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const result = await publishTarget(targetId, { redis, lastAttempt, signal });
    if (result.outcome !== "retry") return { outcome: result.outcome };
    if (result.delayMs !== undefined && token) {
      // A throttled network: wait for its announced reset without spending an attempt.
      await job.moveToDelayed(Date.now() + result.delayMs, token);
      throw new DelayedError();
    }
    throw result.error;
  };
}
