// `npm run dev` / `npm start`: database (embedded PostgreSQL when DATABASE_URL is unset),
// migrations, demo seed, Redis, then web + worker + sandbox with prefixed output. Ctrl-C stops all.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import concurrently from "concurrently";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { EnvError, getEnv } from "@/lib/env";
import { buildWorker, WORKER_NODE_FLAGS } from "./build-worker";
import { ensureRedis } from "./ensure-redis";

const mode = process.argv[2] === "start" ? "start" : "dev";

async function main() {
  const env = getEnv();
  const embedded = env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  const databaseUrl = env.DATABASE_URL ?? embedded!.url;
  if (embedded)
    console.log(`[db] embedded PostgreSQL at ${databaseUrl.replace(/:[^:@]*@/, ":***@")}`);
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`[db] applied migrations: ${applied.join(", ")}`);

  const childEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  if (env.NODE_ENV !== "production") {
    spawnSync("npx", ["tsx", "prisma/seed.ts"], { env: childEnv, stdio: "inherit" });
  }
  const redis = await ensureRedis(env.REDIS_URL);
  if (redis) console.log(`[redis] started redis-server for ${env.REDIS_URL}`);

  if (mode === "start" && !existsSync(".next/BUILD_ID")) {
    console.log("[web] no production build yet: running `next build` first");
    const build = spawnSync("npx", ["next", "build"], { env: childEnv, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  // Production runs the worker pre-bundled under plain node (scripts/build-worker.ts), dev under tsx.
  const workerCommand =
    mode === "start"
      ? `node ${WORKER_NODE_FLAGS.join(" ")} ${await buildWorker()}`
      : "npx tsx workers/index.ts";

  const commands = [
    {
      name: "web",
      command: mode === "dev" ? `npx next dev -p ${env.PORT}` : `npx next start -p ${env.PORT}`,
      prefixColor: "cyan",
      env: childEnv,
    },
    { name: "worker", command: workerCommand, prefixColor: "magenta", env: childEnv },
  ];
  if (env.PROVIDER_MODE === "sandbox") {
    commands.push({
      name: "sandbox",
      command: "npx tsx sandbox/index.ts",
      prefixColor: "yellow",
      env: childEnv,
    });
  }
  console.log(
    `\n  Socialite is starting at ${env.APP_URL}\n  Sign in as demo@socialite.test / socialite-demo ` +
      "(admin: admin@socialite.test / socialite-admin-demo)\n",
  );
  const { result } = concurrently(commands, { killOthersOn: ["failure"], prefix: "name" });
  const stop = async () => {
    redis?.kill();
    await embedded?.stop();
  };
  await result.then(stop, async () => {
    await stop();
    process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  process.exit(1);
});
