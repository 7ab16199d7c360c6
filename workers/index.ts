// The worker process: a publish Worker per network (each with its own concurrency cap), the
// maintenance Worker with its schedules, a heartbeat, and graceful shutdown (quality.md Q-6).
import { randomUUID } from "node:crypto";
import { Queue, Worker } from "bullmq";
import { getEnv } from "@/lib/env";
import {
  PUBLISH_QUEUES,
  QUEUES,
  WORKER_HEARTBEAT_PREFIX,
  WORKER_HEARTBEAT_TTL_SECONDS,
} from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { checkRedis } from "@/lib/redis/check-redis";
import { createRedis } from "@/lib/redis/connection";
import { maintenanceProcessor, registerSchedulers } from "./maintenance";
import { publishProcessor } from "./processors/publish-target";

// Per network: enough to keep up, few enough to stay inside each network's rate limits.
const PUBLISH_CONCURRENCY = 5;

async function main() {
  const env = getEnv();
  const connection = createRedis("worker");
  const check = await checkRedis(connection);
  if (!check.reachable || check.problem) {
    logger.error({ redis: env.REDIS_URL }, check.problem ?? "Redis is not reachable");
    process.exit(1);
  }

  const shutdownSignal = new AbortController();
  const workers = [
    ...PUBLISH_QUEUES.map(
      (queue) =>
        new Worker(queue, publishProcessor(connection, shutdownSignal.signal), {
          connection,
          prefix: env.QUEUE_PREFIX,
          concurrency: PUBLISH_CONCURRENCY,
          lockDuration: env.JOB_LOCK_MS,
          stalledInterval: env.JOB_LOCK_MS,
        }),
    ),
    new Worker(QUEUES.maintenance, maintenanceProcessor(connection), {
      connection,
      prefix: env.QUEUE_PREFIX,
      concurrency: 1,
    }),
  ];
  for (const worker of workers) {
    worker.on("error", (error) =>
      logger.error({ queue: worker.name, err: error.message }, "worker error"),
    );
    worker.on("stalled", (jobId) =>
      logger.warn({ queue: worker.name, jobId }, "job stalled: it may run twice"),
    );
    worker.on("failed", (job, error) =>
      logger.warn({ queue: worker.name, jobId: job?.id, err: error.message }, "job attempt failed"),
    );
  }
  const maintenance = new Queue(QUEUES.maintenance, { connection, prefix: env.QUEUE_PREFIX });
  await registerSchedulers(maintenance);

  const id = randomUUID();
  const heartbeatKey = `${WORKER_HEARTBEAT_PREFIX}${id}`;
  const beat = () =>
    connection
      .set(heartbeatKey, new Date().toISOString(), "EX", WORKER_HEARTBEAT_TTL_SECONDS)
      .catch(() => {});
  await beat();
  const heartbeat = setInterval(beat, (WORKER_HEARTBEAT_TTL_SECONDS * 1000) / 3);
  logger.info({ queues: workers.map((w) => w.name), id }, "worker ready");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker stopping: finishing active jobs");
    clearInterval(heartbeat);
    shutdownSignal.abort();
    await Promise.all(workers.map((worker) => worker.close()));
    await maintenance.close();
    await connection.del(heartbeatKey).catch(() => {});
    await connection.quit().catch(() => {});
    logger.info("worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

process.on("unhandledRejection", (reason) =>
  logger.error({ reason: String(reason) }, "unhandled rejection"),
);

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
