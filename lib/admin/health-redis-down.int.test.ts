// With Redis unreachable, the health report and the pipeline view answer quickly with what is
// down, instead of hanging or throwing (quality.md Q-5): "Queue unavailable: <reason>".
import { afterAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // Nothing listens on port 1.
  process.env.REDIS_URL = "redis://127.0.0.1:1/0";
});

const { GET } = await import("@/app/api/health/route");
const { GET: GET_WEB } = await import("@/app/api/health/web/route");
const { getDb } = await import("@/lib/db/client");
const { getWebRedis } = await import("@/lib/redis/connection");
const { getQueueHealth } = await import("./queue-health");

afterAll(async () => {
  getWebRedis().disconnect();
  await getDb().$disconnect();
});

describe("Redis down", () => {
  test("GET /api/health answers 503 within the probe budget, naming Redis and the worker", async () => {
    const started = Date.now();
    const response = await GET();
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "degraded",
      database: { ok: true },
      redis: { ok: false, maxmemoryPolicy: null },
      worker: { ok: false, heartbeats: 0 },
    });
    expect(JSON.stringify(body)).not.toMatch(/redis:\/\/|127\.0\.0\.1/);
  });

  test("GET /api/health/web stays 200, naming Redis: posts still wait QUEUED, so web keeps serving", async () => {
    const started = Date.now();
    const response = await GET_WEB();
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true }, redis: { ok: false } });
    expect(JSON.stringify(body)).not.toMatch(/redis:\/\/|127\.0\.0\.1/);
  });

  test("every queue reports unavailable with a reason, quickly", async () => {
    const started = Date.now();
    const health = await getQueueHealth();
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(health.queues).toHaveLength(5);
    for (const queue of health.queues) {
      expect(queue.ok).toBe(false);
      if (!queue.ok) expect(queue.reason.length).toBeGreaterThan(0);
    }
    expect(health.heartbeats.ok).toBe(false);
  });
});
