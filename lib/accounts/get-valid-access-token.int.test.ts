// Refresh contention across processes (quality.md, B-1..B-4): many callers on one account
// whose token expired make exactly one token call, with no invalid_grant, even from 3 processes.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { type SandboxHarness, startSandboxHarness } from "@/lib/providers/testing/sandbox-harness";
import { createUser } from "@/tests/integration/factories";
import { linkSandboxAccount } from "@/tests/integration/link-account";
import { runChild } from "@/tests/integration/spawn-child";

let harness: SandboxHarness;
const db = getDb();

beforeAll(async () => {
  harness = await startSandboxHarness();
});

afterAll(async () => {
  await harness.close();
  await db.$disconnect();
});

type Counters = {
  tokenCalls: Record<string, Record<string, Record<string, number>>>;
  refreshes: Record<string, Record<string, number>>;
  rejected: Record<string, Record<string, number>>;
};

async function expireInDatabase(accountId: string) {
  await db.socialAccount.update({
    where: { id: accountId },
    data: { accessTokenExpiresAt: new Date(Date.now() - 1000) },
  });
}

describe("getValidAccessToken under contention", () => {
  test("51 concurrent callers in 3 processes refresh an expired X token exactly once", async () => {
    const user = await createUser();
    const { accountId, externalId } = await linkSandboxAccount(harness, user.id, "x");
    await expireInDatabase(accountId);
    const before = (await harness.counters()) as unknown as Counters;
    const refreshGrantsBefore = Object.values(before.tokenCalls.x ?? {}).reduce(
      (sum, grants) => sum + (grants.refresh_token ?? 0),
      0,
    );

    const env = { SANDBOX_URL: harness.url };
    const runs = await Promise.all(
      [0, 1, 2].map(() =>
        runChild("tests/integration/children/refresh-burst.ts", [accountId, "17"], env),
      ),
    );
    const outputs = runs.map((run) => {
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as {
        refreshed: number;
        errors: string[];
      };
    });

    expect(outputs.flatMap((o) => o.errors)).toEqual([]);
    // Within a process every caller shares the one in-flight refresh; across processes, the lock
    // and the re-read leave exactly one process that refreshed.
    expect(outputs.filter((o) => o.refreshed > 0)).toHaveLength(1);
    const after = (await harness.counters()) as unknown as Counters;
    const refreshGrantsAfter = Object.values(after.tokenCalls.x ?? {}).reduce(
      (sum, grants) => sum + (grants.refresh_token ?? 0),
      0,
    );
    expect(refreshGrantsAfter - refreshGrantsBefore).toBe(1);
    expect(after.refreshes.x?.[externalId]).toBe(1);

    const row = await db.socialAccount.findUniqueOrThrow({ where: { id: accountId } });
    expect(row.status).toBe("ACTIVE");
    expect(row.tokenVersion).toBe(1);
    expect(row.accessTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
  });

  test("a refresh token refused by the network marks the account NEEDS_RECONNECT; an outage does not", async () => {
    const user = await createUser();
    const outage = await linkSandboxAccount(harness, user.id, "x", { user: "sandbox_bob" });
    await expireInDatabase(outage.accountId);
    await harness.fault({
      network: "x",
      kind: "server_error",
      endpoint: "token",
      count: 3,
      status: 503,
    });
    const down = await runChild(
      "tests/integration/children/refresh-burst.ts",
      [outage.accountId, "1"],
      {
        SANDBOX_URL: harness.url,
      },
    );
    expect(JSON.parse(down.stdout.trim()).errors).toHaveLength(1);
    const afterOutage = await db.socialAccount.findUniqueOrThrow({
      where: { id: outage.accountId },
    });
    expect(afterOutage.status).toBe("ACTIVE");
    expect(afterOutage.lastRefreshError).toMatch(/transient/);

    await harness.reset();
    const dead = await linkSandboxAccount(harness, user.id, "x", { user: "sandbox_alice" });
    await expireInDatabase(dead.accountId);
    await harness.fault({ network: "x", kind: "invalid_grant", count: 1 });
    const refused = await runChild(
      "tests/integration/children/refresh-burst.ts",
      [dead.accountId, "1"],
      {
        SANDBOX_URL: harness.url,
      },
    );
    expect(JSON.parse(refused.stdout.trim()).errors[0]).toMatch(/reconnect/);
    const afterRefusal = await db.socialAccount.findUniqueOrThrow({
      where: { id: dead.accountId },
    });
    expect(afterRefusal.status).toBe("NEEDS_RECONNECT");
    expect(afterRefusal.statusReason).toBeTruthy();
  });
});
