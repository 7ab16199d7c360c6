/**
 * Job name → handler. An unknown name is logged and completed, not retried: retrying cannot make
 * it known, and a failed job would only grow the failed set.
 */
import type { Job } from "bullmq";
import { logger } from "@/lib/logger";

type Handler = (job: Job) => Promise<unknown>;

const handlers: Record<string, Handler> = {};

export async function processJob(job: Job): Promise<unknown> {
  const handler = handlers[job.name];
  if (!handler) {
    logger.warn(
      { queue: job.queueName, name: job.name, jobId: job.id },
      "unknown job name: skipped",
    );
    return { skipped: true };
  }
  return handler(job);
}
