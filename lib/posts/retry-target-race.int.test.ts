// Retry clicked in the instant a target has settled but its job is still finishing (the worker
// writes the outcome a moment before BullMQ marks the job completed). The finishing job must not
// be taken for a live one: the retry waits for it and enqueues a fresh job, so the target runs
// again. Deterministic: an in-test BullMQ worker holds the job active until the test lets it go.
import { afterAll, describe, expect, test, vi } from "vitest";

const prefix = vi.hoisted(() => {
  const value = `it-retry-race-${process.pid}`;
  process.env.QUEUE_PREFIX = value;
  return value;
});

const { Worker } = await import("bullmq");
const { getDb } = await import("@/lib/db/client");
const { publishJobId } = await import("@/lib/jobs/publish-job");
const { getQueue } = await import("@/lib/jobs/queue-client");
const { publishQueueName } = await import("@/lib/jobs/queues");
const { enqueueTargets } = await import("@/lib/posts/enqueue-targets");
const { createRedis, getWebRedis } = await import("@/lib/redis/connection");
const { createUser } = await import("@/tests/integration/factories");
const { retryTarget } = await import("./retry-target");

const queue = getQueue(publishQueueName("x"));
const workerConnection = createRedis("worker");

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  workerConnection.disconnect();
  getWebRedis().disconnect();
  await getDb().$disconnect();
});

/** A queued target whose first run (below) settles it FAILED. */
async function targetAboutToFail() {
  const user = await createUser();
  const post = await getDb().post.create({ data: { userId: user.id, text: "Retry me" } });
  const target = await getDb().postTarget.create({
    data: {
      postId: post.id,
      provider: "x",
      accountHandle: "sandbox_alice",
      status: "QUEUED",
    },
  });
  return { userId: user.id, targetId: target.id };
}

describe("retry while the target's last job is still finishing", () => {
  test("waits for the finishing job, then enqueues a fresh one that runs", async () => {
    const { userId, targetId } = await targetAboutToFail();
    const jobId = publishJobId(targetId);
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const runs: string[] = [];
    let active!: () => void;
    const isActive = new Promise<void>((resolve) => {
      active = resolve;
    });
    const worker = new Worker(
      queue.name,
      async (job) => {
        runs.push(job.id ?? "");
        if (runs.length === 1) {
          // The first run settles the target as FAILED and then lingers before completing.
          await getDb().postTarget.update({
            where: { id: targetId },
            data: { status: "FAILED", errorCode: "transient", errorMessage: "X timed out" },
          });
          active();
          await finished;
        }
      },
      { connection: workerConnection, prefix },
    );
    try {
      expect(await enqueueTargets([{ targetId, provider: "x", runAt: null }], Date.now())).toBe(
        true,
      );
      await isActive;
      expect(await (await queue.getJob(jobId))?.getState()).toBe("active");

      const retry = retryTarget(userId, targetId);
      // The job completes while the retry is looking at it.
      setTimeout(finish, 400);
      expect(await retry).toEqual({ ok: true, queued: true });

      // The fresh job runs: the target is attempted a second time.
      await vi.waitFor(() => expect(runs).toHaveLength(2), { timeout: 5_000, interval: 50 });
      expect(runs).toEqual([jobId, jobId]);
      expect((await getDb().postTarget.findUniqueOrThrow({ where: { id: targetId } })).status).toBe(
        "QUEUED",
      );
    } finally {
      finish();
      await worker.close();
    }
  });
});
