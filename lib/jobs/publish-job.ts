/**
 * The publish job: one per PostTarget, its id derived from the target so enqueueing twice adds
 * nothing (quality.md Q-8). The payload is the target id only: BullMQ stores job data in clear,
 * so no token and no post text ever goes into Redis.
 */
import type { JobsOptions } from "bullmq";
import { z } from "zod";

export const PUBLISH_JOB_NAME = "publish-target";

export const publishJobSchema = z.object({ targetId: z.string().min(1).max(64) });
export type PublishJob = z.infer<typeof publishJobSchema>;

/** Deterministic and BullMQ-safe (no ":" and not only digits). */
export const publishJobId = (targetId: string) => `publish-${targetId}`;

export const PUBLISH_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  // 5 s, 10 s, 20 s … ~10 min: rides out a network blip without hammering it.
  backoff: { type: "exponential", delay: 5_000, jitter: 0.2 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
