// With the database unreachable, the web process's load-balancer probe says so quickly (503):
// without the database no page can be served.
import { afterAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // Nothing listens on port 1.
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/socialite";
});

const { GET: GET_WEB } = await import("@/app/api/health/web/route");
const { getDb } = await import("@/lib/db/client");
const { getWebRedis } = await import("@/lib/redis/connection");

afterAll(async () => {
  getWebRedis().disconnect();
  await getDb().$disconnect();
});

describe("database down", () => {
  test("GET /api/health/web answers 503 within the probe budget, naming the database", async () => {
    const started = Date.now();
    const response = await GET_WEB();
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "degraded",
      database: { ok: false },
      redis: { ok: true },
    });
    expect(JSON.stringify(body)).not.toMatch(/postgresql:\/\/|127\.0\.0\.1/);
  });
});
