// The admin connections list: attention-first order, the filters, and counts per status that
// respect every filter but the status one. The database is shared with other test files, so each
// test scopes itself with its own owner (or a search that only its rows match).
import { afterAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";
import { parseConnectionFilters } from "./connection-filters";
import { listConnections } from "./list-connections";
import { seedAccount, seedTarget } from "./testing/admin-fixtures";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

async function setState(
  id: string,
  data: {
    status?: "ACTIVE" | "EXPIRING" | "NEEDS_RECONNECT" | "REVOKED";
    statusReason?: string;
    lastRefreshError?: string;
  },
) {
  await db.socialAccount.update({ where: { id }, data });
}

/** One owner with one account in every state the order distinguishes. */
async function seedWorkspace() {
  const owner = await createUser("Olive Owner");
  const healthy = await seedAccount(owner.id, "x");
  const refreshFailing = await seedAccount(owner.id, "tiktok");
  const publishFailing = await seedAccount(owner.id, "instagram");
  const expiring = await seedAccount(owner.id, "facebook");
  const revoked = await seedAccount(owner.id, "x");
  const needsReconnect = await seedAccount(owner.id, "tiktok");
  await setState(refreshFailing.id, { lastRefreshError: "transient: TikTok answered 503" });
  await seedTarget(owner.id, publishFailing, "FAILED", "instagram");
  await seedTarget(owner.id, healthy, "PUBLISHED");
  await setState(expiring.id, { status: "EXPIRING", statusReason: "The grant ends in 5 days" });
  await setState(revoked.id, { status: "REVOKED", statusReason: "Access was removed at X" });
  await setState(needsReconnect.id, {
    status: "NEEDS_RECONNECT",
    statusReason: "TikTok refused the refresh token",
    lastRefreshError: "TikTok refused the refresh token",
  });
  return { owner, healthy, refreshFailing, publishFailing, expiring, revoked, needsReconnect };
}

describe("listConnections", () => {
  test("orders NEEDS_RECONNECT, REVOKED, EXPIRING, then errors, then healthy", async () => {
    const w = await seedWorkspace();
    const { connections, counts, matching } = await listConnections({ owner: w.owner.id });
    const ids = connections.map((row) => row.id);
    expect(ids.slice(0, 3)).toEqual([w.needsReconnect.id, w.revoked.id, w.expiring.id]);
    expect(new Set(ids.slice(3, 5))).toEqual(new Set([w.refreshFailing.id, w.publishFailing.id]));
    expect(ids[5]).toBe(w.healthy.id);
    expect(matching).toBe(6);
    expect(counts).toEqual({
      all: 6,
      ACTIVE: 3,
      EXPIRING: 1,
      NEEDS_RECONNECT: 1,
      REVOKED: 1,
      errors: 3,
    });

    const needsReconnect = connections[0]!;
    expect(needsReconnect).toMatchObject({
      status: "NEEDS_RECONNECT",
      statusReason: "TikTok refused the refresh token",
      owner: { id: w.owner.id, email: w.owner.email, name: "Olive Owner" },
    });
    const publishFailing = connections.find((row) => row.id === w.publishFailing.id)!;
    expect(publishFailing.failedTargets).toBe(1);
    expect(publishFailing.lastFailure).toMatchObject({
      status: "FAILED",
      errorMessage: "The network answered 503 every time.",
    });
    expect(connections.find((row) => row.id === w.healthy.id)!.lastFailure).toBeNull();
  });

  test("filters by status (and errors), network, owner and search", async () => {
    const w = await seedWorkspace();
    const other = await createUser("Someone Else");
    const othersX = await seedAccount(other.id, "x");
    const only = async (filters: Record<string, string>) =>
      (await listConnections(parseConnectionFilters(filters))).connections.map((row) => row.id);

    expect(await only({ owner: w.owner.id, status: "REVOKED" })).toEqual([w.revoked.id]);
    expect(await only({ owner: w.owner.id, status: "EXPIRING" })).toEqual([w.expiring.id]);
    expect(new Set(await only({ owner: w.owner.id, status: "ERRORS" }))).toEqual(
      new Set([w.needsReconnect.id, w.refreshFailing.id, w.publishFailing.id]),
    );
    expect(await only({ owner: w.owner.id, status: "ACTIVE" })).toHaveLength(3);
    expect(await only({ owner: w.owner.id, network: "x" })).toEqual([w.revoked.id, w.healthy.id]);
    expect(await only({ owner: other.id })).toEqual([othersX.id]);
    // Search: a handle (with or without @), or the owner's email, case-insensitively.
    expect(await only({ q: w.expiring.handle })).toEqual([w.expiring.id]);
    expect(await only({ q: `@${othersX.handle.toUpperCase()}` })).toEqual([othersX.id]);
    expect(await only({ q: other.email.toUpperCase() })).toEqual([othersX.id]);
    // Counts follow the network/owner/search filters, not the status filter.
    const narrowed = await listConnections({
      owner: w.owner.id,
      network: "tiktok",
      status: "ACTIVE",
    });
    expect(narrowed.counts).toMatchObject({ all: 2, ACTIVE: 1, NEEDS_RECONNECT: 1 });
    expect(narrowed.matching).toBe(1);
  });

  test("a search's wildcards are literal, and bad filter values are ignored", async () => {
    const owner = await createUser();
    const underscore = await seedAccount(owner.id, "x", { handle: `lit_${Date.now()}` });
    await seedAccount(owner.id, "x", { handle: `litX${Date.now()}` });
    const found = await listConnections(
      parseConnectionFilters({ q: underscore.handle.slice(0, 4) }),
    );
    expect(found.connections.map((row) => row.id)).toContain(underscore.id);
    expect(found.connections.every((row) => row.handle.startsWith("lit_"))).toBe(true);
    expect((await listConnections(parseConnectionFilters({ q: "%" }))).connections).toEqual([]);

    expect(
      parseConnectionFilters({ network: "myspace", status: "BROKEN", owner: "1; DROP", q: "  " }),
    ).toEqual({});
  });

  test("the limit keeps the most urgent rows", async () => {
    const w = await seedWorkspace();
    const { connections, matching } = await listConnections({ owner: w.owner.id }, 2);
    expect(connections.map((row) => row.id)).toEqual([w.needsReconnect.id, w.revoked.id]);
    expect(matching).toBe(6);
  });
});
