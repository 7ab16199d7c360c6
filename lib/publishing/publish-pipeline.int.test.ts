// The whole pipeline against real PostgreSQL, real Redis, the real worker process and the sandbox
// over HTTP: exactly one post per target, whatever is re-delivered, killed or down.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // A private queue namespace: no other worker on this Redis may take these jobs.
  process.env.QUEUE_PREFIX = `it-pipeline-${process.pid}`;
});

import { TOKEN_PURPOSE } from "@/lib/crypto/purposes";
import { decryptToken } from "@/lib/crypto/token-cipher";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { publishJobId } from "@/lib/jobs/publish-job";
import { getQueue } from "@/lib/jobs/queue-client";
import { publishQueueName } from "@/lib/jobs/queues";
import { saveUpload } from "@/lib/media/save-upload";
import { createPost } from "@/lib/posts/create-post";
import { enqueueTargets } from "@/lib/posts/enqueue-targets";
import { type SandboxHarness, startSandboxHarness } from "@/lib/providers/testing/sandbox-harness";
import { getWebRedis } from "@/lib/redis/connection";
import { createUser } from "@/tests/integration/factories";
import { linkSandboxAccount } from "@/tests/integration/link-account";
import { waitFor } from "@/tests/integration/wait-for";
import { startWorker, type WorkerProcess } from "@/tests/integration/worker-process";
import { reconcilePipeline } from "./reconcile-pipeline";

const db = getDb();
let harness: SandboxHarness;
let worker: WorkerProcess | undefined;

const workerEnv = () => ({
  SANDBOX_URL: harness.url,
  QUEUE_PREFIX: getEnv().QUEUE_PREFIX,
  JOB_LOCK_MS: "2000",
});

type Counters = {
  postsCreated: Record<string, Record<string, number>>;
  requests: Record<string, Record<string, number>>;
};
const postsOn = async (network: string, externalId: string) =>
  ((await harness.counters()) as unknown as Counters).postsCreated[network]?.[externalId] ?? 0;

async function publishNow(userId: string, accountId: string, text: string) {
  return createPost(userId, {
    idempotencyKey: randomUUID(),
    text,
    mediaIds: [],
    targets: [{ accountId, settings: {} }],
    schedule: { mode: "now" },
  });
}

const targetOf = (postId: string) => db.postTarget.findFirstOrThrow({ where: { postId } });

beforeAll(async () => {
  harness = await startSandboxHarness();
  worker = await startWorker(workerEnv());
});

afterAll(async () => {
  await worker?.stop();
  await harness.close();
  await db.$disconnect();
  getWebRedis().disconnect();
});

describe("publishing pipeline", () => {
  test("publishes once; a re-delivered job for the published target makes no network call (E-1/E-2)", async () => {
    const user = await createUser();
    const x = await linkSandboxAccount(harness, user.id, "x");
    const created = await publishNow(
      user.id,
      x.accountId,
      `Hello from the pipeline ${randomUUID()}`,
    );
    expect(created.queued).toBe(true);
    const published = await waitFor(
      () => targetOf(created.postId),
      (t) => t.status === "PUBLISHED",
    );
    expect(published.remoteId).toBeTruthy();
    expect(published.remoteUrl).toContain(published.remoteId!);
    expect(await postsOn("x", x.externalId)).toBe(1);

    const requestsBefore = JSON.stringify(
      ((await harness.counters()) as unknown as Counters).requests.x,
    );
    const queue = getQueue(publishQueueName("x"));
    // The target is settled a moment before its job is marked completed.
    await waitFor(
      async () => (await queue.getJob(publishJobId(published.id)))?.getState(),
      (state) => state === "completed",
    );
    await (await queue.getJob(publishJobId(published.id)))?.remove();
    await queue.add(
      "publish-target",
      { targetId: published.id },
      { jobId: publishJobId(published.id) },
    );
    await waitFor(
      async () => (await queue.getJob(publishJobId(published.id)))?.getState(),
      (state) => state === "completed",
    );
    expect(JSON.stringify(((await harness.counters()) as unknown as Counters).requests.x)).toBe(
      requestsBefore,
    );
    expect(await postsOn("x", x.externalId)).toBe(1);
  });

  test("no token reaches Redis job data or the worker's logs (S-9)", async () => {
    const user = await createUser();
    const x = await linkSandboxAccount(harness, user.id, "x");
    const created = await publishNow(user.id, x.accountId, `Canary check ${randomUUID()}`);
    await waitFor(
      () => targetOf(created.postId),
      (t) => t.status === "PUBLISHED",
    );
    const row = await db.socialAccount.findUniqueOrThrow({ where: { id: x.accountId } });
    const secrets = [
      decryptToken(row.accessToken, TOKEN_PURPOSE.accessToken),
      decryptToken(row.refreshToken!, TOKEN_PURPOSE.refreshToken),
    ];
    const redis = getWebRedis();
    const keys = await redis.keys(`${getEnv().QUEUE_PREFIX}:*`);
    expect(keys.length).toBeGreaterThan(0);
    let stored = "";
    for (const key of keys) {
      if ((await redis.type(key)) === "hash") stored += JSON.stringify(await redis.hgetall(key));
    }
    expect(stored).toContain("targetId");
    for (const secret of secrets) {
      expect(stored).not.toContain(secret);
      expect(worker!.output()).not.toContain(secret);
    }
  });

  test("a scheduled post stays queued until its time, then publishes once", async () => {
    const user = await createUser();
    const x = await linkSandboxAccount(harness, user.id, "x");
    const before = await postsOn("x", x.externalId);
    // The composer schedules to the minute; the queue itself is exact, so test it with seconds.
    const created = await createPost(user.id, {
      idempotencyKey: randomUUID(),
      text: `Scheduled ${randomUUID()}`,
      mediaIds: [],
      targets: [{ accountId: x.accountId, settings: {} }],
      schedule: { mode: "scheduled", date: "2027-06-01", time: "09:00", timeZone: "UTC" },
    });
    const target = await targetOf(created.postId);
    const runAt = new Date(Date.now() + 4_000);
    await db.post.update({ where: { id: created.postId }, data: { scheduledAt: runAt } });
    await (await getQueue(publishQueueName("x")).getJob(publishJobId(target.id)))?.remove();
    await enqueueTargets([{ targetId: target.id, provider: "x", runAt }]);

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await targetOf(created.postId)).status).toBe("QUEUED");
    const published = await waitFor(
      () => targetOf(created.postId),
      (t) => t.status === "PUBLISHED",
    );
    expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(runAt.getTime());
    expect((await postsOn("x", x.externalId)) - before).toBe(1);
  });

  test("Redis down at submission: the post is kept and goes out once the queue is back (X-4)", async () => {
    const user = await createUser();
    const x = await linkSandboxAccount(harness, user.id, "x", { user: "sandbox_bob" });
    const before = await postsOn("x", x.externalId);
    getWebRedis().disconnect();
    const started = Date.now();
    const created = await publishNow(
      user.id,
      x.accountId,
      `Queued while Redis was away ${randomUUID()}`,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(created.queued).toBe(false);
    expect((await targetOf(created.postId)).status).toBe("QUEUED");

    await getWebRedis().connect();
    const report = await reconcilePipeline();
    expect(report.enqueued).toBeGreaterThanOrEqual(1);
    await waitFor(
      () => targetOf(created.postId),
      (t) => t.status === "PUBLISHED",
    );
    expect((await postsOn("x", x.externalId)) - before).toBe(1);
  });

  test("an answer lost after the tweet was created is reconciled, not re-posted", async () => {
    const user = await createUser();
    const x = await linkSandboxAccount(harness, user.id, "x");
    const before = await postsOn("x", x.externalId);
    await harness.fault({ network: "x", kind: "drop_after_create", endpoint: "publish", count: 1 });
    const created = await publishNow(user.id, x.accountId, `Dropped answer ${randomUUID()}`);
    const settled = await waitFor(
      () => targetOf(created.postId),
      (t) => t.status === "PUBLISHED" || t.status === "UNCONFIRMED",
    );
    expect(settled.status).toBe("PUBLISHED");
    expect((await postsOn("x", x.externalId)) - before).toBe(1);
  });

  // SIGKILL at each step of a publish — during the media upload, before the tweet is
  // created, and after it was created but before the answer arrived.
  test.each([
    { step: "media upload", fault: { kind: "hang" as const, endpoint: "media" }, withImage: true },
    {
      step: "create, not yet created",
      fault: { kind: "hang" as const, endpoint: "publish" },
      withImage: false,
    },
    {
      step: "create, created but unanswered",
      fault: { kind: "hang_after_create" as const, endpoint: "publish" },
      withImage: false,
    },
  ])(
    "the worker killed during $step: a restarted worker ends with exactly one post (X-1)",
    async ({ fault, withImage }) => {
      const user = await createUser();
      const x = await linkSandboxAccount(harness, user.id, "x", { user: "sandbox_bob" });
      const before = await postsOn("x", x.externalId);
      const mediaIds = withImage
        ? [
            (
              await saveUpload({
                userId: user.id,
                buffer: await readFile("tests/fixtures/media/square-1080.jpg"),
              })
            ).id,
          ]
        : [];
      const fired = async () =>
        (
          (await harness.counters()) as unknown as {
            faultsFired: Record<string, Record<string, number>>;
          }
        ).faultsFired.x?.[fault.kind] ?? 0;
      const firedBefore = await fired();
      await harness.fault({ network: "x", ...fault, count: 1, hangMs: 30_000 } as Parameters<
        SandboxHarness["fault"]
      >[0]);
      const created = await createPost(user.id, {
        idempotencyKey: randomUUID(),
        text: `Killed mid-flight ${randomUUID()}`,
        mediaIds,
        targets: [{ accountId: x.accountId, settings: {} }],
        schedule: { mode: "now" },
      });
      // The worker is now stuck inside that step.
      await waitFor(fired, (count) => count > firedBefore);
      await worker?.kill();
      worker = await startWorker(workerEnv());
      const settled = await waitFor(
        () => targetOf(created.postId),
        (t) => t.status === "PUBLISHED" || t.status === "UNCONFIRMED" || t.status === "FAILED",
        { timeoutMs: 40_000 },
      );
      expect(settled.status).toBe("PUBLISHED");
      expect((await postsOn("x", x.externalId)) - before).toBe(1);
    },
  );
});
