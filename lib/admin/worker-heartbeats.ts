/**
 * The worker processes alive right now, from the heartbeat keys each worker refreshes every
 * 10 s with a 30 s TTL (workers/index.ts). A key that expired is a worker that stopped beating.
 */
import type { Redis } from "ioredis";
import { WORKER_HEARTBEAT_PREFIX } from "@/lib/jobs/queues";

export type WorkerHeartbeats = { count: number; lastSeen: string | null };

const SCAN_BATCH = 100;
const MAX_KEYS = 1_000;

export async function readWorkerHeartbeats(redis: Redis): Promise<WorkerHeartbeats> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(
      cursor,
      "MATCH",
      `${WORKER_HEARTBEAT_PREFIX}*`,
      "COUNT",
      SCAN_BATCH,
    );
    keys.push(...batch);
    cursor = next;
  } while (cursor !== "0" && keys.length < MAX_KEYS);
  if (keys.length === 0) return { count: 0, lastSeen: null };
  // Each value is the ISO time of that worker's last beat; a key may expire between SCAN and MGET.
  const beats = (await redis.mget(...keys))
    .map((value) => (value ? Date.parse(value) : Number.NaN))
    .filter((time) => Number.isFinite(time));
  const latest = beats.length > 0 ? Math.max(...beats) : null;
  return {
    count: beats.length,
    lastSeen: latest === null ? null : new Date(latest).toISOString(),
  };
}
