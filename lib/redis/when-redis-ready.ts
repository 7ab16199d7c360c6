/**
 * Waits (briefly) for the web process's Redis connection to be usable. That connection has no
 * offline queue (it fails fast, quality.md Q-5), so a command sent while it is still connecting,
 * e.g. on the first request after a start, would fail although Redis is fine.
 */
import type { Redis } from "ioredis";

export async function whenRedisReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === "ready") return;
  if (redis.status === "wait") redis.connect().catch(() => {});
  await new Promise<void>((resolve, reject) => {
    let lastError: Error | undefined;
    const finish = (error?: Error) => {
      clearTimeout(timer);
      redis.off("ready", onReady);
      redis.off("error", onError);
      if (error) reject(error);
      else resolve();
    };
    const onReady = () => finish();
    const onError = (error: Error) => {
      lastError = error;
    };
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            lastError?.message
              ? `Redis is not reachable (${lastError.message})`
              : `Redis did not answer within ${timeoutMs / 1000} s`,
          ),
        ),
      timeoutMs,
    );
    redis.on("ready", onReady);
    redis.on("error", onError);
  });
}
