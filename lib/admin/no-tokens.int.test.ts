// Canary: accounts saved through saveLinkedAccount with recognisable access and refresh tokens
// must never appear in anything the admin area returns: the lib/admin loaders, the admin route
// handlers' JSON and the server actions' results. The same file checks the handlers' and actions'
// refusals (401 without a session, 403 / "Admins only." for a non-admin).
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";

vi.hoisted(() => {
  // A refresh attempt must not reach anyone's sandbox: nothing listens on port 1.
  process.env.SANDBOX_URL = "http://127.0.0.1:1";
});

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
  requireAdmin: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { getDb } = await import("@/lib/db/client");
const { createUser } = await import("@/tests/integration/factories");
const { seedAccount, seedTarget } = await import("./testing/admin-fixtures");
const { getAdminOverview } = await import("./admin-overview");
const { listAuditEvents } = await import("./list-audit-events");
const { listConnectionOwners } = await import("./list-connection-owners");
const { listConnections } = await import("./list-connections");
const { listProblemTargets } = await import("./list-problem-targets");
const { listUsers } = await import("./list-users");
const { refreshConnection } = await import("./refresh-connection");
const connectionsRoute = await import("@/app/api/admin/connections/route");
const queuesRoute = await import("@/app/api/admin/queues/route");
const connectionActions = await import("@/app/(app)/admin/connections/actions");
const queueActions = await import("@/app/(app)/admin/queues/actions");
const userActions = await import("@/app/(app)/admin/users/actions");

const db = getDb();
const canaries: string[] = [];
let owner: { id: string; email: string };
let admin: CurrentUser;
let accountId: string;
let targetId: string;

beforeAll(async () => {
  owner = await createUser("Canary Owner");
  const adminRow = await createUser("Canary Admin");
  admin = { id: adminRow.id, email: adminRow.email, name: "Canary Admin", role: "ADMIN" };
  for (const provider of ["x", "tiktok", "instagram", "facebook"] as const) {
    const account = await seedAccount(owner.id, provider);
    canaries.push(account.accessToken, account.refreshToken);
    accountId ??= account.id;
    const target = await seedTarget(owner.id, account, "FAILED", provider);
    targetId ??= target.id;
  }
});

afterAll(async () => {
  await db.$disconnect();
});

function expectNoCanary(output: unknown, where: string) {
  const text = typeof output === "string" ? output : JSON.stringify(output);
  expect(text.length, `${where} returned something`).toBeGreaterThan(2);
  for (const canary of canaries) {
    expect(text.includes(canary), `a token appeared in ${where}`).toBe(false);
    // Not even a recognisable part of one.
    expect(text.includes(canary.slice(-24)), `part of a token appeared in ${where}`).toBe(false);
  }
}

const request = (path: string) => new Request(`http://localhost${path}`);

describe("no admin output contains a token", () => {
  test("the stored ciphertexts really hold the canaries (the test can fail)", async () => {
    const { decryptToken } = await import("@/lib/crypto/token-cipher");
    const { TOKEN_PURPOSE } = await import("@/lib/crypto/purposes");
    const row = await db.socialAccount.findUniqueOrThrow({
      where: { id: accountId },
      select: { accessToken: true },
    });
    expect(canaries).toContain(decryptToken(row.accessToken, TOKEN_PURPOSE.accessToken));
  });

  test("lib/admin loaders", async () => {
    const connections = await listConnections({ owner: owner.id });
    expect(connections.connections).toHaveLength(4);
    expectNoCanary(connections, "listConnections");
    expectNoCanary(await listConnections({}), "listConnections (all)");
    expectNoCanary(await listConnectionOwners(), "listConnectionOwners");
    expectNoCanary(await listProblemTargets(500), "listProblemTargets");
    expectNoCanary(await listAuditEvents({}), "listAuditEvents");
    expectNoCanary(await listUsers({ q: owner.email }), "listUsers");
    expectNoCanary(await getAdminOverview(), "getAdminOverview");
  });

  test("an admin refresh (it fails: the network is unreachable) returns no token", async () => {
    const result = await refreshConnection(admin.id, accountId);
    expect(result.outcome).toBe("failed");
    expect(result.account?.id).toBe(accountId);
    expectNoCanary(result, "refreshConnection");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "admin.refresh", targetId: accountId },
      select: { actorId: true, metadata: true },
    });
    expect(audit).toMatchObject({ actorId: admin.id, metadata: { outcome: "failed" } });
    expectNoCanary(audit, "the admin.refresh AuditEvent");
  });

  test("admin route handlers' JSON", async () => {
    session.user = admin;
    const connections = await connectionsRoute.GET(
      request(`/api/admin/connections?owner=${owner.id}`),
    );
    expect(connections.status).toBe(200);
    const connectionsText = await connections.text();
    expect(connectionsText).toContain(owner.email);
    expectNoCanary(connectionsText, "GET /api/admin/connections");
    const queues = await queuesRoute.GET();
    expect(queues.status).toBe(200);
    expectNoCanary(await queues.text(), "GET /api/admin/queues");
  });

  test("server actions' results", async () => {
    session.user = admin;
    const form = (entries: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(entries)) data.set(key, value);
      return data;
    };
    const refreshed = await connectionActions.refreshConnectionAction(
      { status: "idle" },
      form({ accountId }),
    );
    expect(refreshed).toMatchObject({ status: "done", outcome: "failed" });
    expectNoCanary(refreshed, "refreshConnectionAction");
    const discarded = await queueActions.discardTargetAction(
      { status: "idle" },
      form({ targetId }),
    );
    expect(discarded).toMatchObject({ status: "done", ok: true, title: "Discarded" });
    expectNoCanary(discarded, "discardTargetAction");
  });
});

describe("admin route handlers and actions refuse everyone but admins", () => {
  const handlers = [
    ["GET /api/admin/connections", () => connectionsRoute.GET(request("/api/admin/connections"))],
    ["GET /api/admin/queues", () => queuesRoute.GET()],
  ] as const;

  test.each(handlers)("%s: 401 without a session", async (_name, call) => {
    session.user = null;
    const response = await call();
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in first." });
  });

  test.each(handlers)("%s: 403 for a signed-in non-admin", async (_name, call) => {
    session.user = { ...admin, role: "USER" };
    const response = await call();
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "Admins only." });
  });

  test("every admin action refuses a non-admin and changes nothing", async () => {
    session.user = { ...admin, role: "USER" };
    const victim = await createUser("Would-be Admin");
    const form = new FormData();
    form.set("accountId", accountId);
    form.set("targetId", targetId);
    form.set("userId", victim.id);
    form.set("role", "ADMIN");
    const results = [
      await connectionActions.refreshConnectionAction({ status: "idle" }, form),
      await queueActions.retryTargetAction({ status: "idle" }, form),
      await queueActions.discardTargetAction({ status: "idle" }, form),
      await userActions.changeRoleAction({ status: "idle" }, form),
    ];
    for (const result of results) expect(JSON.stringify(result)).toContain("Admins only.");
    const role = await db.user.findUniqueOrThrow({
      where: { id: victim.id },
      select: { role: true },
    });
    expect(role.role).toBe("USER");
    expect(
      await db.auditEvent.count({ where: { actorId: admin.id, action: "target.retry" } }),
    ).toBe(0);
  });
});
