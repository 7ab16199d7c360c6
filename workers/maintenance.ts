// Repeatable maintenance jobs: the pipeline reconciler and the proactive token refresh.
import type { Job, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { refreshDueAccounts } from "@/lib/accounts/refresh-due-accounts";
import { reconcilePipeline } from "@/lib/publishing/reconcile-pipeline";

export const MAINTENANCE_JOBS = {
  reconcile: { name: "reconcile-pipeline", everyMs: 60_000 },
  refresh: { name: "refresh-due-accounts", everyMs: 60_000 },
} as const;

/** Idempotent: re-registering on every start replaces the schedule instead of adding one. */
export async function registerSchedulers(queue: Queue): Promise<void> {
  for (const job of Object.values(MAINTENANCE_JOBS)) {
    await queue.upsertJobScheduler(
      job.name,
      { every: job.everyMs },
      { name: job.name, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }
}

export function maintenanceProcessor(redis: Redis) {
  return async (job: Job) => {
    switch (job.name) {
      case MAINTENANCE_JOBS.reconcile.name:
        return reconcilePipeline();
      case MAINTENANCE_JOBS.refresh.name:
        return refreshDueAccounts(redis);
      default:
        // Unknown names complete instead of retrying: a retry cannot make them known.
        return { skipped: job.name };
    }
  };
}
