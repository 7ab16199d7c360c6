// Role changes never leave the workspace without an admin, even when admins demote each other at
// the same moment (the admin rows are locked inside the transaction). The invariant is global, so
// each test starts from "no admins"; no other integration test relies on an admin existing.
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";
import { changeRole } from "./change-role";

const db = getDb();

beforeEach(async () => {
  await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "USER" } });
});

afterAll(async () => {
  await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "USER" } });
  await db.$disconnect();
});

async function createAdmin(name = "Admin") {
  const user = await createUser(name);
  await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
  return user;
}

const roleOf = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;

describe("changeRole", () => {
  test("promotes and demotes, with an AuditEvent for each change", async () => {
    const admin = await createAdmin();
    const person = await createUser("Person");

    const promoted = await changeRole(admin.id, person.id, "ADMIN");
    expect(promoted).toEqual({
      ok: true,
      changed: true,
      user: { id: person.id, email: person.email, role: "ADMIN" },
    });
    const demoted = await changeRole(admin.id, person.id, "USER");
    expect(demoted).toMatchObject({ ok: true, changed: true, user: { role: "USER" } });
    expect(await roleOf(person.id)).toBe("USER");

    const events = await db.auditEvent.findMany({
      where: { action: "user.role_change", targetId: person.id },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, targetType: true, metadata: true },
    });
    expect(events).toEqual([
      {
        actorId: admin.id,
        targetType: "User",
        metadata: { email: person.email, from: "USER", to: "ADMIN" },
      },
      {
        actorId: admin.id,
        targetType: "User",
        metadata: { email: person.email, from: "ADMIN", to: "USER" },
      },
    ]);
  });

  test("setting the role a user already has changes nothing and records nothing", async () => {
    const admin = await createAdmin();
    const person = await createUser();
    expect(await changeRole(admin.id, person.id, "USER")).toMatchObject({
      ok: true,
      changed: false,
    });
    expect(
      await db.auditEvent.count({ where: { action: "user.role_change", targetId: person.id } }),
    ).toBe(0);
  });

  test("the last admin can't be demoted, by themselves or anyone", async () => {
    const admin = await createAdmin();
    expect(await changeRole(admin.id, admin.id, "USER")).toEqual({
      ok: false,
      reason: "last_admin",
    });
    expect(await roleOf(admin.id)).toBe("ADMIN");

    // With a second admin, either may step down; then the remaining one is the last again.
    const second = await createAdmin("Second");
    expect(await changeRole(admin.id, admin.id, "USER")).toMatchObject({ ok: true, changed: true });
    expect(await changeRole(second.id, second.id, "USER")).toEqual({
      ok: false,
      reason: "last_admin",
    });
    expect(await db.auditEvent.count({ where: { targetId: second.id } })).toBe(0);
  });

  test("an unknown user is refused", async () => {
    const admin = await createAdmin();
    expect(await changeRole(admin.id, "clzzzzzzzzzzzzzzzzzzzzzzz", "ADMIN")).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  test("two admins demoting each other at the same moment: exactly one succeeds", async () => {
    for (let round = 0; round < 10; round += 1) {
      await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "USER" } });
      const a = await createAdmin("A");
      const b = await createAdmin("B");
      const results = await Promise.all([
        changeRole(a.id, b.id, "USER"),
        changeRole(b.id, a.id, "USER"),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "last_admin" }]);
      expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    }
  });

  test("three admins all stepping down at once leave at least one admin", async () => {
    for (let round = 0; round < 5; round += 1) {
      await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "USER" } });
      const admins = await Promise.all(["A", "B", "C"].map((name) => createAdmin(name)));
      const results = await Promise.all(
        admins.map((admin) => changeRole(admin.id, admin.id, "USER")),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(2);
      expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    }
  });
});
