// Starts the whole app (production build, web + worker + sandbox) on its own ports and a fresh
// database for a benchmark, and stops it afterwards.
import { type ChildProcess, spawn } from "node:child_process";
import { createTestDatabase, dropTestDatabase } from "../tests/test-database";

export type RunningApp = {
  baseUrl: string;
  sandboxUrl: string;
  databaseUrl: string;
  queuePrefix: string;
  stop(): Promise<void>;
};

export async function startApp(port = 3510, sandboxPort = 4510): Promise<RunningApp> {
  const databaseUrl = await createTestDatabase("socialite_bench");
  const baseUrl = `http://localhost:${port}`;
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const queuePrefix = `bench${port}`;
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/run-all.ts", "start"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      APP_URL: baseUrl,
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_URL: sandboxUrl,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    const ok = await fetch(`${baseUrl}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the app did not start");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return {
    baseUrl,
    sandboxUrl,
    databaseUrl,
    queuePrefix,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await dropTestDatabase(databaseUrl);
    },
  };
}
