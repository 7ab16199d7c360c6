/**
 * ioredis connections. Web requests fail fast when Redis is down (no offline queue, one retry),
 * so a page answers with a clear message instead of hanging; the worker waits for Redis forever,
 * as BullMQ requires (maxRetriesPerRequest: null).
 */
import { Redis, type RedisOptions } from "ioredis";
import { getEnv } from "@/lib/env";

export type RedisRole = "web" | "worker";

export function redisOptions(role: RedisRole): RedisOptions {
  return role === "web"
    ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 }
    : { maxRetriesPerRequest: null, enableReadyCheck: true };
}

export function createRedis(role: RedisRole, url: string = getEnv().REDIS_URL): Redis {
  const redis = new Redis(url, redisOptions(role));
  // Without a listener ioredis prints every failed reconnect as an unhandled error.
  redis.on("error", () => {});
  return redis;
}

const globalForRedis = globalThis as unknown as { socialiteWebRedis?: Redis };

/** The web process's shared connection. */
export function getWebRedis(): Redis {
  globalForRedis.socialiteWebRedis ??= createRedis("web");
  return globalForRedis.socialiteWebRedis;
}
