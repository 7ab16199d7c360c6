/**
 * A short per-key lock in Redis: SET NX PX with a random owner, released by compare-and-delete so
 * a holder whose lock expired can never release its successor's. It only reduces contention: the
 * database write that follows is still a compare-and-swap (quality.md B-4).
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export type LockOptions = { ttlMs: number; waitMs: number; pollMs?: number };

export type Lock = { release(): Promise<void> };

/** Waits up to waitMs for the lock; null when it stayed taken. */
export async function acquireLock(
  redis: Redis,
  key: string,
  options: LockOptions,
): Promise<Lock | null> {
  const owner = randomUUID();
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    if ((await redis.set(key, owner, "PX", options.ttlMs, "NX")) === "OK") {
      return {
        release: async () => {
          await redis.eval(RELEASE, 1, key, owner).catch(() => 0);
        },
      };
    }
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 50));
  }
}
