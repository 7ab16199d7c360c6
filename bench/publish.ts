// npm run bench:publish [-- N] — N targets (default 2,000; e.g. 10000) through the real pipeline
// (PostgreSQL, BullMQ on Redis, the worker process, the sandbox over HTTP), against a baseline
// measured in the same run: the same N publish calls made straight to the sandbox at the same
// concurrency, with no queue and no database. Prints both rates and their ratio, duplicates
// (must be 0), the refresh contention figure (token calls for 50 concurrent publishes on one
// expired account) and the worker's peak RSS (target: under 300 MB at 10,000 targets).
// The worker runs as in production: the bundle from scripts/build-worker.ts under plain node.
// BENCH_WORKER=tsx runs the source under tsx instead (as `npm run dev` does), for comparison.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createTestDatabase, dropTestDatabase } from "../tests/test-database";

const N = Number(process.argv[2] ?? 2000);
const ACCOUNTS = 10;
// The worker runs 5 publishes at a time per network; the baseline uses the same.
const CONCURRENCY = 5;

process.env.DATABASE_URL = await createTestDatabase("socialite_bench_publish");
process.env.QUEUE_PREFIX = `bench-${process.pid}`;
process.env.LOG_LEVEL = "warn";

const { getDb } = await import("@/lib/db/client");
const { createPost } = await import("@/lib/posts/create-post");
const { startSandboxHarness } = await import("@/lib/providers/testing/sandbox-harness");
const { getWebRedis } = await import("@/lib/redis/connection");
const { createUser } = await import("../tests/integration/factories");
const { linkSandboxAccount } = await import("../tests/integration/link-account");
const { startWorker } = await import("../tests/integration/worker-process");
const { buildWorker } = await import("../scripts/build-worker");
const workerBundle =
  process.env.BENCH_WORKER === "tsx"
    ? undefined
    : await buildWorker(".data/bench-worker/index.mjs");

const db = getDb();
const harness = await startSandboxHarness();
await harness.configure({
  x: { rateLimits: { tweets: { limit: 10_000_000, windowSeconds: 900 } } },
});

type Counters = {
  postsCreated: Record<string, Record<string, number>>;
  tokenCalls: Record<string, Record<string, Record<string, number>>>;
};
const counters = async () => (await harness.counters()) as unknown as Counters;
const totalPosts = async () =>
  Object.values((await counters()).postsCreated.x ?? {}).reduce((a, b) => a + b, 0);
const refreshCalls = async () =>
  Object.values((await counters()).tokenCalls.x ?? {}).reduce(
    (sum, g) => sum + (g.refresh_token ?? 0),
    0,
  );

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

async function setupAccounts() {
  const user = await createUser("Bench");
  const accounts: { accountId: string; externalId: string }[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const username = `bench_${i}_${randomUUID().slice(0, 6)}`;
    await fetch(`${harness.url}/_sandbox/users`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ network: "x", username }),
    });
    accounts.push(await linkSandboxAccount(harness, user.id, "x", { user: username }));
  }
  return { userId: user.id, accounts };
}

/** The baseline: the adapter's publish straight at the sandbox, no queue, no database. */
async function baseline(count: number) {
  const linked = await harness.link("x");
  const token = linked.accounts[0]!.tokens.accessToken;
  const adapter = harness.adapter("x") as unknown as {
    publish(ctx: unknown): Promise<{ remoteId: string }>;
  };
  const account = {
    externalId: linked.accounts[0]!.externalId,
    handle: linked.accounts[0]!.handle,
    metadata: {},
  };
  const started = performance.now();
  await pool(
    Array.from({ length: count }, (_, i) => i),
    CONCURRENCY,
    (i) =>
      adapter.publish({
        accessToken: token,
        account,
        text: `baseline ${i} ${randomUUID()}`,
        media: [],
        settings: {},
        steps: {},
        saveSteps: async () => {},
        beforeCreate: async () => {},
      }),
  );
  return count / ((performance.now() - started) / 1000);
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

async function pipeline(userId: string, accounts: { accountId: string }[], count: number) {
  const worker = await startWorker(
    { SANDBOX_URL: harness.url, QUEUE_PREFIX: process.env.QUEUE_PREFIX! },
    { bundle: workerBundle },
  );
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, rssOf(worker.pid));
    } catch {}
  }, 200);
  const before = await totalPosts();
  const started = performance.now();
  await pool(
    Array.from({ length: count }, (_, i) => i),
    20,
    (i) =>
      createPost(userId, {
        idempotencyKey: randomUUID(),
        text: `pipeline ${i} ${randomUUID()}`,
        mediaIds: [],
        targets: [{ accountId: accounts[i % accounts.length]!.accountId, settings: {} }],
        schedule: { mode: "now" },
      }),
  );
  for (;;) {
    const done = await db.postTarget.count({
      where: { status: { in: ["PUBLISHED", "FAILED", "UNCONFIRMED"] } },
    });
    if (done >= count) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const published = await db.postTarget.count({ where: { status: "PUBLISHED" } });
  const created = (await totalPosts()) - before;
  const distinctRemote = (
    await db.postTarget.findMany({
      where: { status: "PUBLISHED" },
      distinct: ["remoteId"],
      select: { remoteId: true },
    })
  ).length;
  return {
    rate: count / seconds,
    seconds,
    published,
    duplicates: created - distinctRemote,
    worker,
    peakRss,
  };
}

async function contention(userId: string, worker: { stop(): Promise<void> }) {
  const account = await linkSandboxAccount(harness, userId, "x");
  await db.socialAccount.update({
    where: { id: account.accountId },
    data: { accessTokenExpiresAt: new Date(Date.now() - 1000) },
  });
  const before = await refreshCalls();
  await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      createPost(userId, {
        idempotencyKey: randomUUID(),
        text: `contention ${i} ${randomUUID()}`,
        mediaIds: [],
        targets: [{ accountId: account.accountId, settings: {} }],
        schedule: { mode: "now" },
      }),
    ),
  );
  for (;;) {
    const waiting = await db.postTarget.count({
      where: { socialAccountId: account.accountId, status: { in: ["QUEUED", "PUBLISHING"] } },
    });
    if (waiting === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await worker.stop();
  return (await refreshCalls()) - before;
}

try {
  const { userId, accounts } = await setupAccounts();
  const direct = await baseline(N);
  const piped = await pipeline(userId, accounts, N);
  const tokenCalls = await contention(userId, piped.worker);
  console.log(`\nPublishing ${N} targets (worker: ${workerBundle ? "bundled, node" : "tsx"})`);
  console.log(`  direct to the sandbox (baseline): ${direct.toFixed(0)} posts/s`);
  console.log(
    `  through the pipeline:             ${piped.rate.toFixed(0)} posts/s (${piped.seconds.toFixed(1)} s)`,
  );
  console.log(`  pipeline / baseline:              ${(piped.rate / direct).toFixed(2)}x`);
  console.log(`  published: ${piped.published}/${N}   duplicates: ${piped.duplicates}`);
  console.log(`  token calls for 50 concurrent publishes on one expired account: ${tokenCalls}`);
  console.log(
    `  worker peak RSS: ${(piped.peakRss / 1024 / 1024).toFixed(0)} MB (target < 300 MB at 10,000)`,
  );
} finally {
  await harness.close();
  await db.$disconnect();
  getWebRedis().disconnect();
  await dropTestDatabase(process.env.DATABASE_URL!);
}
