// Starts the real worker (workers/index.ts) as a child process against a test sandbox, the test
// database and a private queue namespace, and stops it gently or with SIGKILL. By default it runs
// the source under tsx; `{ bundle }` runs a bundle from scripts/build-worker.ts with plain node and
// the production flags, as `npm start` does.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { WORKER_NODE_FLAGS } from "../../scripts/build-worker";

export type WorkerProcess = {
  pid: number;
  stop(): Promise<void>;
  kill(): Promise<void>;
  output(): string;
};

export async function startWorker(
  env: Record<string, string>,
  options: { bundle?: string } = {},
): Promise<WorkerProcess> {
  const args = options.bundle
    ? [...WORKER_NODE_FLAGS, path.resolve(options.bundle)]
    : ["--import", "tsx", path.resolve("workers/index.ts")];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // A test run that dies must not leave a worker behind consuming jobs.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("worker ready")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`worker exited with ${code}:\n${output}`)));
  });
  await ready;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      process.off("exit", killOnExit);
      resolve();
    }),
  );
  return {
    pid: child.pid ?? 0,
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
