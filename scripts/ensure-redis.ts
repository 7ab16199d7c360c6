/**
 * Finds a Redis for `npm run dev` / `npm start`: REDIS_URL (default 127.0.0.1:6379) if it answers;
 * otherwise, for a local URL, a redis-server child process if one is installed.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { Redis } from "ioredis";

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1500,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export async function ensureRedis(url: string): Promise<ChildProcess | undefined> {
  if (await answers(url)) return undefined;
  const parsed = new URL(url);
  const local = ["127.0.0.1", "localhost", "::1", "[::1]"].includes(parsed.hostname);
  const installed = spawnSync("sh", ["-c", "command -v redis-server"]).status === 0;
  if (!local || !installed) {
    throw new Error(
      `Redis is not answering at ${url}. ` +
        (local
          ? "Install it (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`) or set REDIS_URL."
          : "Check REDIS_URL."),
    );
  }
  const port = parsed.port || "6379";
  const child = spawn(
    "redis-server",
    [
      "--port",
      port,
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--maxmemory-policy",
      "noeviction",
    ],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 50; i++) {
    if (await answers(url)) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`Started redis-server on port ${port}, but it did not answer.`);
}
