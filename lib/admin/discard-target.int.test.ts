// Discarding a failed or unconfirmed target: CANCELLED with its error kept, one AuditEvent, and
// at most one change however many times (or however concurrently) it is clicked.
import { afterAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";
import { discardTarget } from "./discard-target";
import { listProblemTargets } from "./list-problem-targets";
import { seedAccount, seedTarget } from "./testing/admin-fixtures";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

async function scenario(status: "FAILED" | "UNCONFIRMED" | "QUEUED" | "PUBLISHED") {
  const owner = await createUser("Owen Owner");
  const admin = await createUser("Ada Admin");
  const account = await seedAccount(owner.id, "x");
  const target = await seedTarget(owner.id, account, status);
  return { owner, admin, account, target };
}

const targetOf = (id: string) =>
  db.postTarget.findUniqueOrThrow({
    where: { id },
    select: { status: true, errorCode: true, errorMessage: true, nextAttemptAt: true },
  });

describe("discardTarget", () => {
  test.each(["FAILED", "UNCONFIRMED"] as const)(
    "a %s target becomes CANCELLED, keeps its error, and is audited",
    async (status) => {
      const { admin, account, target } = await scenario(status);
      expect((await listProblemTargets(500)).targets.map((t) => t.id)).toContain(target.id);

      expect(await discardTarget(admin.id, target.id)).toEqual({
        ok: true,
        handle: account.handle,
        provider: "x",
      });
      expect(await targetOf(target.id)).toEqual({
        status: "CANCELLED",
        errorCode: "transient",
        errorMessage: "The network answered 503 every time.",
        nextAttemptAt: null,
      });
      const events = await db.auditEvent.findMany({
        where: { action: "target.discard", targetId: target.id },
        select: { actorId: true, targetType: true, metadata: true },
      });
      expect(events).toEqual([
        {
          actorId: admin.id,
          targetType: "PostTarget",
          metadata: {
            provider: "x",
            handle: account.handle,
            previousStatus: status,
            errorCode: "transient",
          },
        },
      ]);
      expect((await listProblemTargets(500)).targets.map((t) => t.id)).not.toContain(target.id);
    },
  );

  test.each(["QUEUED", "PUBLISHED"] as const)("a %s target is left alone", async (status) => {
    const { admin, target } = await scenario(status);
    expect(await discardTarget(admin.id, target.id)).toEqual({
      ok: false,
      reason: "not_discardable",
    });
    expect((await targetOf(target.id)).status).toBe(status);
    expect(await db.auditEvent.count({ where: { targetId: target.id } })).toBe(0);
  });

  test("a second discard, or five at once, change the row once", async () => {
    const { admin, target } = await scenario("FAILED");
    const results = await Promise.all(
      Array.from({ length: 5 }, () => discardTarget(admin.id, target.id)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toHaveLength(4);
    expect(await discardTarget(admin.id, target.id)).toEqual({
      ok: false,
      reason: "not_discardable",
    });
    expect(
      await db.auditEvent.count({ where: { action: "target.discard", targetId: target.id } }),
    ).toBe(1);
  });

  test("an unknown target is not found", async () => {
    const admin = await createUser();
    expect(await discardTarget(admin.id, "clzzzzzzzzzzzzzzzzzzzzzzz")).toEqual({
      ok: false,
      reason: "not_found",
    });
  });
});

describe("listProblemTargets", () => {
  test("lists failed and unconfirmed targets with the post excerpt and owner", async () => {
    const { owner, account, target } = await scenario("UNCONFIRMED");
    const row = (await listProblemTargets(500)).targets.find((t) => t.id === target.id);
    expect(row).toMatchObject({
      status: "UNCONFIRMED",
      provider: "x",
      accountHandle: account.handle,
      errorMessage: "The network answered 503 every time.",
      owner: { id: owner.id, email: owner.email, name: "Owen Owner" },
      postId: target.postId,
    });
    expect(row?.excerpt).toMatch(/^Integration post /);
  });
});
