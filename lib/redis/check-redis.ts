/**
 * Start-up checks of Redis. BullMQ needs maxmemory-policy "noeviction" (any eviction can silently
 * drop jobs); a managed Redis may forbid CONFIG, in which case the check reports "unknown".
 */
import type { Redis } from "ioredis";

export type RedisCheck = {
  reachable: boolean;
  evictionPolicy: string | "unknown";
  problem?: string;
};

export async function checkRedis(redis: Redis): Promise<RedisCheck> {
  try {
    await redis.ping();
  } catch (error) {
    return { reachable: false, evictionPolicy: "unknown", problem: (error as Error).message };
  }
  try {
    const reply = (await redis.config("GET", "maxmemory-policy")) as string[];
    const policy = reply[1] ?? "unknown";
    return policy === "noeviction" || policy === "unknown"
      ? { reachable: true, evictionPolicy: policy }
      : {
          reachable: true,
          evictionPolicy: policy,
          problem: `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" or jobs can be lost.`,
        };
  } catch {
    return { reachable: true, evictionPolicy: "unknown" };
  }
}
