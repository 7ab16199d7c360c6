/**
 * The readiness report behind GET /api/health and the admin header's dots: the database answers
 * `SELECT 1`, Redis answers PING with maxmemory-policy "noeviction" (quality.md Q-3: any eviction
 * can silently drop jobs; "unknown" when a managed Redis forbids CONFIG), and at least one worker
 * has beaten recently. Each probe has a 2 s budget and they run in parallel. Nothing here echoes a
 * connection string or a driver message: only fixed words and the eviction policy.
 */
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { checkRedis } from "@/lib/redis/check-redis";
import { getWebRedis } from "@/lib/redis/connection";
import { whenRedisReady } from "@/lib/redis/when-redis-ready";
import { TimeoutError, withTimeout } from "./with-timeout";
import { readWorkerHeartbeats } from "./worker-heartbeats";

export const PROBE_TIMEOUT_MS = 2_000;

export type HealthReport = {
  status: "ok" | "degraded";
  database: { ok: boolean; latencyMs?: number; error?: string };
  redis: { ok: boolean; maxmemoryPolicy: string | null; error?: string };
  worker: { ok: boolean; heartbeats: number; lastSeen: string | null; error?: string };
  checkedAt: string;
};

const failure = (error: unknown, what: string) =>
  error instanceof TimeoutError ? `${what} timed out` : `${what} unreachable`;

async function probeDatabase(): Promise<HealthReport["database"]> {
  const started = Date.now();
  try {
    await withTimeout(db.$queryRaw`SELECT 1`, PROBE_TIMEOUT_MS, "database ping");
    return { ok: true, latencyMs: Date.now() - started };
  } catch (error) {
    logger.warn({ err: (error as Error).message }, "health: database probe failed");
    return { ok: false, error: failure(error, "database") };
  }
}

async function probeRedis(): Promise<HealthReport["redis"]> {
  const redis = getWebRedis();
  try {
    const check = await withTimeout(
      whenRedisReady(redis, PROBE_TIMEOUT_MS).then(() => checkRedis(redis)),
      PROBE_TIMEOUT_MS,
      "redis ping",
    );
    if (!check.reachable) return { ok: false, maxmemoryPolicy: null, error: "redis unreachable" };
    return check.problem
      ? {
          ok: false,
          maxmemoryPolicy: check.evictionPolicy,
          error: `maxmemory-policy is "${check.evictionPolicy}", BullMQ needs "noeviction"`,
        }
      : { ok: true, maxmemoryPolicy: check.evictionPolicy };
  } catch (error) {
    return { ok: false, maxmemoryPolicy: null, error: failure(error, "redis") };
  }
}

async function probeWorker(): Promise<HealthReport["worker"]> {
  try {
    const redis = getWebRedis();
    const beats = await withTimeout(
      whenRedisReady(redis, PROBE_TIMEOUT_MS).then(() => readWorkerHeartbeats(redis)),
      PROBE_TIMEOUT_MS,
      "worker heartbeats",
    );
    return beats.count > 0
      ? { ok: true, heartbeats: beats.count, lastSeen: beats.lastSeen }
      : { ok: false, heartbeats: 0, lastSeen: null, error: "no worker heartbeat in the last 30 s" };
  } catch (error) {
    return {
      ok: false,
      heartbeats: 0,
      lastSeen: null,
      error:
        error instanceof TimeoutError
          ? "heartbeats unreadable: redis timed out"
          : "heartbeats unreadable: redis unreachable",
    };
  }
}

export type WebHealthReport = Pick<HealthReport, "status" | "database" | "redis" | "checkedAt">;

/**
 * What a load balancer in front of the web process should ask: can this process serve requests?
 * That takes the database. Redis and the worker are reported by getHealth but don't count here:
 * without them posts are still accepted and wait QUEUED for the reconciler, and sign-in
 * throttling falls back to memory, so taking every web instance out of rotation would turn a
 * delay into an outage.
 */
export async function getWebHealth(): Promise<WebHealthReport> {
  const [database, redis] = await Promise.all([probeDatabase(), probeRedis()]);
  return {
    status: database.ok ? "ok" : "degraded",
    database,
    redis,
    checkedAt: new Date().toISOString(),
  };
}

export async function getHealth(): Promise<HealthReport> {
  const [database, redis, worker] = await Promise.all([
    probeDatabase(),
    probeRedis(),
    probeWorker(),
  ]);
  return {
    status: database.ok && redis.ok && worker.ok ? "ok" : "degraded",
    database,
    redis,
    worker,
    checkedAt: new Date().toISOString(),
  };
}
