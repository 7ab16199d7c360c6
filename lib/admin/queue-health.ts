/**
 * The pipeline's queues as an admin sees them: per queue the job counts, throughput over the last
 * hour, how long the oldest waiting job has waited and the workers attached, plus the worker
 * heartbeats. Read through the web process's fail-fast producer queues, each under a 2 s budget,
 * so a Redis outage turns into "Queue unavailable: <reason>" rather than a hung page.
 */
import type { Queue } from "bullmq";
import { getQueue } from "@/lib/jobs/queue-client";
import { PUBLISH_QUEUES, QUEUES, type QueueName } from "@/lib/jobs/queues";
import { PROVIDER_IDS, type ProviderId } from "@/lib/providers/provider-id";
import { getWebRedis } from "@/lib/redis/connection";
import { whenRedisReady } from "@/lib/redis/when-redis-ready";
import { withTimeout } from "./with-timeout";
import { readWorkerHeartbeats, type WorkerHeartbeats } from "./worker-heartbeats";

const QUEUE_TIMEOUT_MS = 2_000;
const HOUR_MS = 3_600_000;

export type JobCounts = {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
};

export type QueueStats =
  | {
      name: QueueName;
      network: ProviderId | null;
      ok: true;
      counts: JobCounts;
      paused: boolean;
      completedLastHour: number;
      /** Where completedLastHour came from (see completedInLastHour). */
      throughputSource: "metrics" | "completed-set";
      /** Since the oldest waiting job became due; null when nothing waits. */
      oldestWaitingMs: number | null;
      workers: number;
    }
  | { name: QueueName; network: ProviderId | null; ok: false; reason: string };

export type QueueHealth = {
  queues: QueueStats[];
  heartbeats: (WorkerHeartbeats & { ok: true }) | { ok: false; reason: string };
  checkedAt: string;
};

/** Every publish queue (one per network) and the maintenance queue, in a fixed order. */
export const ADMIN_QUEUES: { name: QueueName; network: ProviderId | null }[] = [
  ...PUBLISH_QUEUES.map((name, index) => ({ name, network: PROVIDER_IDS[index] ?? null })),
  { name: QUEUES.maintenance, network: null },
];

/**
 * Jobs completed in the last hour. BullMQ's metrics (per-minute counts) are used when a worker
 * collects them (Worker option `metrics`); Socialite's workers don't enable them today, so the
 * fallback counts the queue's "completed" sorted set by score: BullMQ scores it with each job's
 * finishedOn (moveToFinished: ZADD completed <finishedOn> <id>), so one ZCOUNT is exact and cheap,
 * where getJobs("completed", 0, N) would load N job hashes every 3 s and still be capped at N.
 * Jobs already removed by removeOnComplete are not counted (publish jobs are kept 24 h).
 */
async function completedInLastHour(
  queue: Queue,
  now: number,
): Promise<{ count: number; source: "metrics" | "completed-set" }> {
  const metrics = await queue.getMetrics("completed", 0, 59);
  if (metrics.data.length > 0) {
    return { count: metrics.data.reduce((sum, point) => sum + point, 0), source: "metrics" };
  }
  // The producer queues share the web connection (lib/jobs/queue-client.ts).
  const count = await getWebRedis().zcount(queue.toKey("completed"), now - HOUR_MS, "+inf");
  return { count, source: "completed-set" };
}

/** The wait list is LPUSHed and consumed from the right: the oldest job is the last one. */
async function oldestWaitingMs(queue: Queue, now: number): Promise<number | null> {
  const [oldest] = await queue.getJobs(["wait"], 0, 0, true);
  if (!oldest) return null;
  // A delayed job only starts waiting once its delay is over.
  const dueAt = oldest.timestamp + (oldest.delay ?? 0);
  return Math.max(0, now - dueAt);
}

async function readQueue(name: QueueName, network: ProviderId | null): Promise<QueueStats> {
  const queue = getQueue(name);
  const now = Date.now();
  try {
    const [counts, paused, throughput, oldest, workers] = await withTimeout(
      whenRedisReady(getWebRedis(), QUEUE_TIMEOUT_MS).then(() =>
        Promise.all([
          queue.getJobCounts("waiting", "active", "delayed", "completed", "failed", "prioritized"),
          queue.isPaused(),
          completedInLastHour(queue, now),
          oldestWaitingMs(queue, now),
          queue.getWorkersCount(),
        ]),
      ),
      QUEUE_TIMEOUT_MS,
      "Redis",
    );
    return {
      name,
      network,
      ok: true,
      counts: {
        waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        completed: counts.completed ?? 0,
        failed: counts.failed ?? 0,
      },
      paused,
      completedLastHour: throughput.count,
      throughputSource: throughput.source,
      oldestWaitingMs: oldest,
      workers,
    };
  } catch (error) {
    return { name, network, ok: false, reason: (error as Error).message || "Redis error" };
  }
}

async function readHeartbeats(): Promise<QueueHealth["heartbeats"]> {
  const redis = getWebRedis();
  try {
    const beats = await withTimeout(
      whenRedisReady(redis, QUEUE_TIMEOUT_MS).then(() => readWorkerHeartbeats(redis)),
      QUEUE_TIMEOUT_MS,
      "Redis",
    );
    return { ok: true, ...beats };
  } catch (error) {
    return { ok: false, reason: (error as Error).message || "Redis error" };
  }
}

export async function getQueueHealth(): Promise<QueueHealth> {
  const [queues, heartbeats] = await Promise.all([
    Promise.all(ADMIN_QUEUES.map(({ name, network }) => readQueue(name, network))),
    readHeartbeats(),
  ]);
  return { queues, heartbeats, checkedAt: new Date().toISOString() };
}
