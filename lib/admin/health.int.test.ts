// The health report and the pipeline view against the real database and Redis: each part's state,
// the 200/503 of GET /api/health, worker heartbeats, and queue counts, throughput and workers.
// A Redis database and queue prefix of its own keep other runs' workers and jobs out of the counts.
import { randomBytes } from "node:crypto";
import { Worker } from "bullmq";
import { afterAll, describe, expect, test, vi } from "vitest";

const prefix = vi.hoisted(() => {
  const value = `it${Math.random().toString(36).slice(2, 10)}`;
  process.env.REDIS_URL = "redis://127.0.0.1:6379/13";
  process.env.QUEUE_PREFIX = value;
  return value;
});

const { GET } = await import("@/app/api/health/route");
const { GET: GET_WEB } = await import("@/app/api/health/web/route");
const { getDb } = await import("@/lib/db/client");
const { getQueue } = await import("@/lib/jobs/queue-client");
const { WORKER_HEARTBEAT_PREFIX } = await import("@/lib/jobs/queues");
const { createRedis, getWebRedis } = await import("@/lib/redis/connection");
const { getHealth } = await import("./health");
const { ADMIN_QUEUES, getQueueHealth } = await import("./queue-health");

const heartbeat = `${WORKER_HEARTBEAT_PREFIX}it-${randomBytes(4).toString("hex")}`;
// The test's own connection (it waits for Redis, unlike the web one that fails fast).
const control = createRedis("worker");

afterAll(async () => {
  await control.del(heartbeat);
  control.disconnect();
  // Reading a queue creates its meta key: remove every queue this file looked at.
  for (const { name } of ADMIN_QUEUES) {
    await getQueue(name).obliterate({ force: true });
    await getQueue(name).close();
  }
  getWebRedis().disconnect();
  await getDb().$disconnect();
});

describe("getHealth and GET /api/health", () => {
  test("database and Redis answer; without a worker heartbeat the report is degraded (503)", async () => {
    await control.del(heartbeat);
    const health = await getHealth();
    expect(health).toMatchObject({
      status: "degraded",
      database: { ok: true },
      redis: { ok: true, maxmemoryPolicy: "noeviction" },
      worker: { ok: false, heartbeats: 0, lastSeen: null },
    });
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    // The web process can still serve: its load-balancer probe ignores the worker.
    const web = await GET_WEB();
    expect(web.status).toBe(200);
    expect(web.headers.get("cache-control")).toBe("no-store");
    const body = await web.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true }, redis: { ok: true } });
    expect(body).not.toHaveProperty("worker");
  });

  test("with a live heartbeat everything is ok (200), and nothing secret is in the body", async () => {
    const beat = new Date().toISOString();
    await control.set(heartbeat, beat, "EX", 30);
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      database: { ok: true },
      redis: { ok: true, maxmemoryPolicy: "noeviction" },
      worker: { ok: true, heartbeats: 1, lastSeen: beat },
    });
    expect(JSON.stringify(body)).not.toMatch(
      /postgres(ql)?:\/\/|redis:\/\/|127\.0\.0\.1|password/i,
    );
  });
});

describe("getQueueHealth", () => {
  test("counts a waiting job, then a completed one, and the worker attached", async () => {
    const queue = getQueue("publish-x");
    await queue.add("publish-target", { targetId: "it-target" }, { jobId: `it-${prefix}` });
    const before = await getQueueHealth();
    const x = before.queues.find((item) => item.name === "publish-x");
    expect(x).toMatchObject({ ok: true, network: "x", workers: 0, completedLastHour: 0 });
    if (!x?.ok) throw new Error("publish-x unavailable");
    expect(x.counts.waiting).toBe(1);
    expect(x.oldestWaitingMs).toBeGreaterThanOrEqual(0);
    expect(x.oldestWaitingMs).toBeLessThan(60_000);
    expect(before.queues.map((item) => item.name)).toEqual([
      "publish-x",
      "publish-facebook",
      "publish-instagram",
      "publish-tiktok",
      "maintenance",
    ]);

    const connection = createRedis("worker");
    const worker = new Worker("publish-x", async () => "ok", { connection, prefix });
    await new Promise<void>((resolve) => {
      worker.on("completed", () => resolve());
    });
    const after = await getQueueHealth();
    const drained = after.queues.find((item) => item.name === "publish-x");
    expect(drained).toMatchObject({
      ok: true,
      counts: { waiting: 0, completed: 1 },
      completedLastHour: 1,
      throughputSource: "completed-set",
      oldestWaitingMs: null,
      workers: 1,
    });
    await worker.close();
    connection.disconnect();
  });
});
