// The worker process: BullMQ Workers for every queue, a heartbeat, graceful shutdown.
import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import { getEnv } from "@/lib/env";
import { QUEUES, WORKER_HEARTBEAT_PREFIX, WORKER_HEARTBEAT_TTL_SECONDS } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { checkRedis } from "@/lib/redis/check-redis";
import { createRedis } from "@/lib/redis/connection";
import { processJob } from "./registry";

async function main() {
  const env = getEnv();
  const connection = createRedis("worker");
  const check = await checkRedis(connection);
  if (!check.reachable) {
    logger.error({ redis: env.REDIS_URL }, `Redis is not reachable: ${check.problem}`);
    process.exit(1);
  }
  if (check.problem) {
    logger.error(check.problem);
    process.exit(1);
  }

  const workers = Object.values(QUEUES).map((queue) => {
    const worker = new Worker(queue, processJob, { connection, concurrency: 10 });
    worker.on("error", (error) => logger.error({ queue, err: error.message }, "worker error"));
    worker.on("stalled", (jobId) => logger.warn({ queue, jobId }, "job stalled: it may run twice"));
    return worker;
  });

  const id = randomUUID();
  const beat = () =>
    connection
      .set(
        `${WORKER_HEARTBEAT_PREFIX}${id}`,
        new Date().toISOString(),
        "EX",
        WORKER_HEARTBEAT_TTL_SECONDS,
      )
      .catch(() => {});
  await beat();
  const heartbeat = setInterval(beat, (WORKER_HEARTBEAT_TTL_SECONDS * 1000) / 3);
  logger.info({ queues: Object.values(QUEUES), id }, "worker ready");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker stopping: finishing active jobs");
    clearInterval(heartbeat);
    await Promise.all(workers.map((worker) => worker.close()));
    await connection.del(`${WORKER_HEARTBEAT_PREFIX}${id}`).catch(() => {});
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
