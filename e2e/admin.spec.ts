/**
 * The admin console, in Chromium against the running app, worker and sandbox: a revoked grant
 * turning into "Needs reconnect" with its reason on "Refresh now", the connection filters, Retry
 * (published exactly once) and Discard of failed targets, the audit log of what was just done,
 * role changes, and access control on every admin page and route handler. Accounts are linked
 * through the real OAuth flow with a per-request sandbox auto-approve (sandbox_auto_approve on
 * the authorize URL), never the global switch, so specs running in parallel are not affected.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import type { ProviderId } from "@/lib/providers/provider-id";
import { expectNoTokensInPage, SANDBOX_URL, storedTokensOf } from "./helpers/accounts";
import { SEEDED_ADMIN, SEEDED_DEMO_USER, signIn, signUp } from "./helpers/auth";

const LINK_TIMEOUT = 20_000;
const ADMIN_PAGES = [
  "/admin",
  "/admin/connections",
  "/admin/queues",
  "/admin/audit",
  "/admin/users",
] as const;
const ADMIN_ROUTES = ["/api/admin/queues", "/api/admin/connections"] as const;

// ---- sandbox and database helpers ---------------------------------------------------------------

async function sandboxControl<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** A sandbox user of its own per test, so revocations and post counts are this test's alone. */
async function sandboxUser(network: ProviderId, prefix: string): Promise<string> {
  const username = `${prefix}_${randomBytes(4).toString("hex")}`;
  await sandboxControl("POST", "/_sandbox/users", { network, username, name: `Admin ${prefix}` });
  return username;
}

const sandboxPosts = (network: ProviderId, account: string) =>
  sandboxControl<{ posts: { text: string }[] }>(
    "GET",
    `/_sandbox/posts?network=${network}&account=${encodeURIComponent(account)}`,
  ).then((body) => body.posts);

/**
 * Links `username` on `network` for the signed-in user through the app's real flow; the sandbox
 * approves this one authorize request at once (its sandbox_auto_approve parameter).
 */
async function linkViaSandbox(page: Page, network: ProviderId, username: string) {
  const start = await page.request.get(`/api/connect/${network}?returnTo=%2Faccounts`, {
    maxRedirects: 0,
  });
  expect(start.status(), "the connect route redirects to the consent page").toBe(303);
  const authorize = new URL(start.headers().location!);
  authorize.searchParams.set("sandbox_auto_approve", username);
  await page.goto(authorize.toString());
  await expect(page).toHaveURL(new RegExp(`/accounts\\?linked=${network}`), {
    timeout: LINK_TIMEOUT,
  });
}

async function withDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is needed (npm run test:e2e passes it)");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const newId = () => `c${randomBytes(12).toString("hex")}`;

async function accountIdOf(username: string): Promise<string> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "SocialAccount" WHERE handle = $1`,
      [username],
    );
    expect(rows, `one linked account for ${username}`).toHaveLength(1);
    return rows[0]!.id;
  });
}

/**
 * A post whose target already failed (or went unconfirmed), as the worker leaves one after its
 * attempts ran out. Written directly: making the real pipeline fail 8 times with backoff would take
 * minutes. Retrying it afterwards goes through the real queue, worker and sandbox.
 */
async function seedProblemTarget(input: {
  email: string;
  accountId: string;
  handle: string;
  text: string;
  status: "FAILED" | "UNCONFIRMED";
}): Promise<{ postId: string; targetId: string }> {
  const postId = newId();
  const targetId = newId();
  await withDb(async (client) => {
    await client.query(
      `INSERT INTO "Post" (id, "userId", text, "updatedAt")
         SELECT $1, id, $2, now() FROM "User" WHERE email = $3`,
      [postId, input.text, input.email],
    );
    await client.query(
      `INSERT INTO "PostTarget" (id, "postId", "socialAccountId", provider, "accountHandle", status,
         attempts, "errorCode", "errorMessage", "updatedAt")
       VALUES ($1, $2, $3, 'x', $4, $5::"TargetStatus", 8, $6, $7, now())`,
      [
        targetId,
        postId,
        input.accountId,
        input.handle,
        input.status,
        input.status === "FAILED" ? "transient" : "unknown_outcome",
        input.status === "FAILED"
          ? "X answered 503 Service Unavailable on every attempt."
          : "No answer after the post was sent.",
      ],
    );
  });
  return { postId, targetId };
}

async function targetRow(targetId: string) {
  return withDb(async (client) => {
    const { rows } = await client.query<{
      status: string;
      errorMessage: string | null;
      remoteId: string | null;
    }>(`SELECT status, "errorMessage", "remoteId" FROM "PostTarget" WHERE id = $1`, [targetId]);
    return rows[0];
  });
}

async function userPage(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const credentials = await signUp(page, { name });
  return { context, page, credentials };
}

async function adminPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SEEDED_ADMIN);
  return { context, page };
}

// ---- the tests ----------------------------------------------------------------------------------

test.describe("connections", () => {
  test("a grant revoked at X shows Needs reconnect with its reason after Refresh now", async ({
    browser,
  }) => {
    const username = await sandboxUser("x", "revoked");
    const owner = await userPage(browser, "Riley Revoked");
    await linkViaSandbox(owner.page, "x", username);
    const tokensBefore = await storedTokensOf(owner.credentials.email);

    const admin = await adminPage(browser);
    const { page } = admin;
    await page.goto(`/admin/connections?q=${username}`);
    await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
    const row = page.getByTestId("connection").filter({ hasText: `@${username} · X` });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await expect(row.getByText(`@${username} · X`)).toBeVisible();
    await expect(row.getByText(owner.credentials.email)).toBeVisible();
    await expect(row.getByText(/^Expires in 1 h 5\d min$/)).toBeVisible();

    // The person removes Socialite at X: every token of the grant dies.
    const revoked = await sandboxControl<{ revokedGrants: number }>(
      "POST",
      "/_sandbox/tokens/revoke",
      { network: "x", account: username },
    );
    expect(revoked.revokedGrants).toBeGreaterThan(0);

    await row.getByRole("button", { name: `Refresh now @${username}` }).click();
    await expect(row.getByText("Needs reconnect", { exact: true })).toBeVisible();
    // The reason is the network's refusal, shown on the row and as the refresh's outcome.
    const reason = row.getByTestId("status-reason");
    await expect(reason).toBeVisible();
    const reasonText = ((await reason.textContent()) ?? "").replace(/^Reason:\s*/, "").trim();
    expect(reasonText.length).toBeGreaterThan(5);
    await expect(row.getByText(`Needs reconnect: ${reasonText}`)).toBeVisible();
    await expect(row.getByText("Failed (the reason above)")).toBeVisible();
    // In the unfiltered list it now comes before every active account: attention first.
    const accountId = await row.getAttribute("data-account-id");
    await page.goto("/admin/connections");
    const order = await page
      .getByTestId("connection")
      .evaluateAll((rows) =>
        rows.map((item) => [
          item.getAttribute("data-account-id"),
          item.getAttribute("data-status"),
        ]),
      );
    const position = order.findIndex(([id]) => id === accountId);
    const firstActive = order.findIndex(([, status]) => status === "ACTIVE");
    expect(position).toBeGreaterThanOrEqual(0);
    if (firstActive >= 0) expect(position).toBeLessThan(firstActive);

    // Neither the page nor the JSON route carries a token (the canary: this user's stored tokens).
    await page.goto(`/admin/connections?q=${username}`);
    if (tokensBefore) expect(tokensBefore.length).toBeGreaterThan(0);
    await expectNoTokensInPage(page, owner.credentials.email);
    const json = await (await page.request.get(`/api/admin/connections?q=${username}`)).text();
    expect(json).toContain(username);
    for (const token of [
      ...(tokensBefore ?? []),
      ...((await storedTokensOf(owner.credentials.email)) ?? []),
    ])
      expect(json.includes(token), "a stored token appeared in /api/admin/connections").toBe(false);

    // The owner sees the same state on their accounts page.
    await owner.page.goto("/accounts");
    await expect(owner.page.getByText("Needs reconnect", { exact: true })).toBeVisible();
    await owner.context.close();
    await admin.context.close();
  });

  test("status chips, network, owner and search narrow the list", async ({ browser }) => {
    const xUser = await sandboxUser("x", "filterx");
    const tiktokUser = await sandboxUser("tiktok", "filtertt");
    const owner = await userPage(browser, "Fran Filters");
    await linkViaSandbox(owner.page, "x", xUser);
    await linkViaSandbox(owner.page, "tiktok", tiktokUser);
    // One of them needs a reconnect (as a refused refresh leaves it).
    const tiktokId = await withDb(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `UPDATE "SocialAccount" a SET status = 'NEEDS_RECONNECT',
           "statusReason" = 'TikTok refused the refresh token', "updatedAt" = now()
         FROM "User" u WHERE u.id = a."userId" AND u.email = $1 AND a.provider = 'tiktok'
         RETURNING a.id`,
        [owner.credentials.email],
      );
      return rows[0]!.id;
    });
    const other = await userPage(browser, "Oli Other");
    const otherX = await sandboxUser("x", "otherx");
    await linkViaSandbox(other.page, "x", otherX);

    const { page, context } = await adminPage(browser);
    await page.goto("/admin/connections");
    const list = page.getByRole("list", { name: "Connections" }).getByTestId("connection");
    const chips = page.getByRole("navigation", { name: "Filter by status" });

    // Search by email: only that person's two accounts, the one needing attention first.
    await page.getByLabel("Search").fill(owner.credentials.email);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(list).toHaveCount(2);
    await expect(list.first()).toHaveAttribute("data-account-id", tiktokId);
    await expect(chips.getByRole("link", { name: /^All\s*2$/ })).toBeVisible();
    await expect(chips.getByRole("link", { name: /^Needs reconnect\s*1$/ })).toBeVisible();
    await expect(chips.getByRole("link", { name: /^Active\s*1$/ })).toBeVisible();

    // A status chip keeps the search and narrows further.
    await chips.getByRole("link", { name: /^Needs reconnect/ }).click();
    await expect(page).toHaveURL(/status=NEEDS_RECONNECT/);
    await expect(list).toHaveCount(1);
    await expect(list.first()).toHaveAttribute("data-account-id", tiktokId);
    await expect(list.first().getByText("TikTok refused the refresh token")).toBeVisible();
    await chips.getByRole("link", { name: /^Active/ }).click();
    await expect(list).toHaveCount(1);
    await expect(list.first().getByText(`@${xUser} · X`)).toBeVisible();

    // Network filter with no search: only X accounts.
    await page.goto("/admin/connections");
    await page.getByLabel("Network").selectOption("x");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/network=x/);
    await expect(list.first()).toBeVisible();
    for (const row of await list.all()) await expect(row.getByText(/ · X$/).first()).toBeVisible();
    await expect(list.filter({ hasText: "TikTok" })).toHaveCount(0);

    // Owner filter: only the other person's account.
    await page.goto("/admin/connections");
    await page
      .getByLabel("Owner")
      .selectOption({ label: `Oli Other (${other.credentials.email})` });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(list).toHaveCount(1);
    await expect(list.first().getByText(`@${otherX} · X`)).toBeVisible();

    // Search by handle, and a search that matches nothing.
    await page.goto(`/admin/connections?q=${encodeURIComponent(`@${xUser}`)}`);
    await expect(list).toHaveCount(1);
    await page.goto("/admin/connections?q=no-such-handle-anywhere");
    await expect(page.getByRole("heading", { name: "No connections match" })).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/admin\/connections$/);

    await context.close();
    await owner.context.close();
    await other.context.close();
  });
});

test.describe("pipeline", () => {
  test("Retry of a failed target publishes it exactly once; Discard keeps its error", async ({
    browser,
  }) => {
    const username = await sandboxUser("x", "retry");
    const owner = await userPage(browser, "Pat Publisher");
    await linkViaSandbox(owner.page, "x", username);
    const accountId = await accountIdOf(username);
    const text = `Admin retry check ${randomBytes(3).toString("hex")}: published once, not twice.`;
    const failed = await seedProblemTarget({
      email: owner.credentials.email,
      accountId,
      handle: username,
      text,
      status: "FAILED",
    });
    const unconfirmedText = `Admin discard check ${randomBytes(3).toString("hex")}`;
    const unconfirmed = await seedProblemTarget({
      email: owner.credentials.email,
      accountId,
      handle: username,
      text: unconfirmedText,
      status: "UNCONFIRMED",
    });

    const { page, context } = await adminPage(browser);
    await page.goto("/admin/queues");
    await expect(page.getByRole("heading", { level: 1, name: "Pipeline" })).toBeVisible();
    // Every publish queue and the maintenance queue, each with counts (or a reason it's down).
    for (const name of [
      "publish-x",
      "publish-facebook",
      "publish-instagram",
      "publish-tiktok",
      "maintenance",
    ]) {
      const card = page.locator(`[data-testid="queue"][data-queue="${name}"]`);
      await expect(card).toBeVisible();
      await expect(card).toContainText(/\d|Queue unavailable/);
    }
    await expect(page.getByTestId("worker-summary")).toContainText("alive");

    const problems = page.getByRole("list", { name: "Failed and unconfirmed targets" });
    const failedRow = problems.locator(`[data-target-id="${failed.targetId}"]`);
    await expect(failedRow).toContainText(text);
    await expect(failedRow).toContainText(owner.credentials.email);
    await expect(failedRow).toContainText("X answered 503 Service Unavailable");
    await expect(failedRow.getByText("Failed", { exact: true })).toBeVisible();

    await failedRow.getByRole("button", { name: `Retry @${username} on X` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Retry queued" })).toBeVisible();
    await expect(failedRow).toHaveCount(0);

    // The worker publishes it: PUBLISHED in the database, one post at the sandbox.
    await expect
      .poll(async () => (await targetRow(failed.targetId))?.status, { timeout: 30_000 })
      .toBe("PUBLISHED");
    await expect.poll(async () => (await sandboxPosts("x", username)).length).toBe(1);
    expect((await sandboxPosts("x", username))[0]?.text).toBe(text);

    // Gone from the list after a fresh load too.
    await page.goto("/admin/queues");
    await expect(problems.locator(`[data-target-id="${failed.targetId}"]`)).toHaveCount(0);

    // Discard asks first; Keep changes nothing.
    const unconfirmedRow = problems.locator(`[data-target-id="${unconfirmed.targetId}"]`);
    await expect(unconfirmedRow.getByText("Unconfirmed", { exact: true })).toBeVisible();
    await unconfirmedRow.getByRole("button", { name: `Discard @${username} on X` }).click();
    await expect(unconfirmedRow.getByText(/It may already be live on the network/)).toBeVisible();
    await unconfirmedRow.getByRole("button", { name: "Keep" }).click();
    await expect((await targetRow(unconfirmed.targetId))?.status).toBe("UNCONFIRMED");
    await unconfirmedRow.getByRole("button", { name: `Discard @${username} on X` }).click();
    await unconfirmedRow.getByRole("button", { name: `Discard @${username} on X` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Discarded" })).toBeVisible();
    await expect(unconfirmedRow).toHaveCount(0);
    const discarded = await targetRow(unconfirmed.targetId);
    expect(discarded?.status).toBe("CANCELLED");
    expect(discarded?.errorMessage).toBe("No answer after the post was sent.");

    // Still exactly one post after the worker had time to misbehave.
    await page.waitForTimeout(3_000);
    expect(await sandboxPosts("x", username)).toHaveLength(1);

    // The audit log shows what was just done, filterable by action.
    await page.goto(`/admin/audit?actor=${encodeURIComponent(SEEDED_ADMIN.email)}`);
    const events = page.getByTestId("audit-event");
    await expect(
      events.filter({ hasText: failed.targetId }).filter({ hasText: "target.retry" }),
    ).toHaveCount(1);
    await expect(
      events.filter({ hasText: unconfirmed.targetId }).filter({ hasText: "target.discard" }),
    ).toHaveCount(1);
    await page.getByLabel("Action").selectOption("target.discard");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/action=target\.discard/);
    await expect(events.first()).toBeVisible();
    for (const action of await events.evaluateAll((rows) =>
      rows.map((row) => row.getAttribute("data-action")),
    ))
      expect(action).toBe("target.discard");

    await context.close();
    await owner.context.close();
  });
});

test.describe("audit log and users", () => {
  test("a role change is recorded, takes effect at once, and the audit log lists it", async ({
    browser,
  }) => {
    const person = await userPage(browser, "Morgan Promoted");
    await person.page.goto("/admin");
    await expect(
      person.page.getByRole("heading", { level: 1, name: "You don't have access to this page" }),
    ).toBeVisible();

    const { page, context } = await adminPage(browser);
    await page.goto(`/admin/users?q=${encodeURIComponent(person.credentials.email)}`);
    const row = page.locator(`[data-testid="user"][data-email="${person.credentials.email}"]`);
    await expect(row.getByText("User", { exact: true })).toBeVisible();
    await row.getByRole("button", { name: `Make admin for ${person.credentials.email}` }).click();
    await row
      .getByRole("button", { name: `Confirm make admin for ${person.credentials.email}` })
      .click();
    await expect(row.getByText(`${person.credentials.email} is now an admin.`)).toBeVisible();
    await expect(row.getByText("Admin", { exact: true })).toBeVisible();

    // The promoted person's next request sees the admin area (roles are read per request).
    await person.page.goto("/admin");
    await expect(person.page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();

    await row.getByRole("button", { name: `Remove admin for ${person.credentials.email}` }).click();
    await row
      .getByRole("button", { name: `Confirm remove admin for ${person.credentials.email}` })
      .click();
    await expect(row.getByText(`${person.credentials.email} is now a user.`)).toBeVisible();
    await person.page.goto("/admin/users");
    await expect(
      person.page.getByRole("heading", { level: 1, name: "You don't have access to this page" }),
    ).toBeVisible();

    await page.goto("/admin/audit?action=user.role_change&period=1h");
    const events = page
      .getByTestId("audit-event")
      .filter({ hasText: `email: ${person.credentials.email}` });
    await expect(events).toHaveCount(2);
    // Newest first: the demotion, then the promotion.
    await expect(events.first()).toContainText("from: ADMIN");
    await expect(events.first()).toContainText("to: USER");
    await expect(events.last()).toContainText("from: USER");
    await expect(events.last()).toContainText("to: ADMIN");
    await expect(events.first()).toContainText(SEEDED_ADMIN.email);

    await context.close();
    await person.context.close();
  });

  test("the audit log pages with a cursor, 50 per page, newest first", async ({ browser }) => {
    const person = await userPage(browser, "Casey Cursor");
    await withDb(async (client) => {
      // 55 events of one made-up action by this person, one second apart, two days ago (so they
      // sit below today's events in an unfiltered log).
      for (let index = 0; index < 55; index += 1) {
        await client.query(
          `INSERT INTO "AuditEvent" (id, "actorId", action, "targetType", "targetId", metadata, "createdAt")
           SELECT $1, id, 'test.paging', 'Test', $2, '{}'::jsonb, now() - interval '2 days' - ($3 || ' seconds')::interval
           FROM "User" WHERE email = $4`,
          [
            newId(),
            `item-${String(index).padStart(2, "0")}`,
            String(index),
            person.credentials.email,
          ],
        );
      }
    });
    const { page, context } = await adminPage(browser);
    await page.goto(`/admin/audit?actor=${encodeURIComponent(person.credentials.email)}`);
    const events = page.getByTestId("audit-event");
    await expect(events).toHaveCount(50);
    await expect(events.first()).toContainText("item-00");
    await expect(events.last()).toContainText("item-49");
    await page.getByRole("link", { name: "Older events" }).click();
    await expect(events).toHaveCount(5);
    await expect(events.first()).toContainText("item-50");
    await expect(page.getByRole("link", { name: "Older events" })).toHaveCount(0);
    await page.getByRole("link", { name: "Back to newest" }).click();
    await expect(events).toHaveCount(50);
    await context.close();
    await person.context.close();
  });
});

test.describe("access control", () => {
  test("a non-admin gets 403 on every admin page and route handler", async ({ page }) => {
    await signIn(page, SEEDED_DEMO_USER);
    for (const path of ADMIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(
        page.getByRole("heading", { level: 1, name: "You don't have access to this page" }),
      ).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
      await expect(page.getByRole("list", { name: "System health" })).toHaveCount(0);
    }
    for (const path of ADMIN_ROUTES) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(403);
      expect(await response.json()).toEqual({ error: "Admins only." });
    }
  });

  test("signed out: admin pages redirect to sign-in, route handlers answer 401", async ({
    page,
  }) => {
    for (const path of ADMIN_PAGES) {
      await page.goto(path);
      await expect(page).toHaveURL(
        new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}$`),
      );
    }
    for (const path of ADMIN_ROUTES) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(401);
      expect(await response.json()).toEqual({ error: "Sign in first." });
    }
  });

  test("/api/health answers for load balancers without secrets", async ({ request }) => {
    const response = await request.get("/api/health");
    expect([200, 503]).toContain(response.status());
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      status: response.status() === 200 ? "ok" : "degraded",
      database: { ok: expect.any(Boolean) },
      redis: { ok: expect.any(Boolean) },
      worker: { ok: expect.any(Boolean), heartbeats: expect.any(Number) },
    });
    // The e2e stack runs all three.
    expect(body.status).toBe("ok");
    expect(body.redis.maxmemoryPolicy).toBe("noeviction");
    expect(JSON.stringify(body)).not.toMatch(/postgres(ql)?:\/\/|rediss?:\/\/|password/i);
  });

  test("the admin sub-navigation and health dots are on every admin page", async ({ page }) => {
    await signIn(page, SEEDED_ADMIN);
    const tabs = [
      ["Overview", "/admin", "Admin"],
      ["Connections", "/admin/connections", "Connections"],
      ["Pipeline", "/admin/queues", "Pipeline"],
      ["Audit log", "/admin/audit", "Audit log"],
      ["Users", "/admin/users", "Users"],
    ] as const;
    await page.goto("/admin");
    for (const [label, path, heading] of tabs) {
      const nav = page.getByRole("navigation", { name: "Admin" });
      await nav.getByRole("link", { name: label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(
        page.getByRole("heading", { level: 1, name: heading, exact: true }),
      ).toBeVisible();
      await expect(nav.getByRole("link", { name: label, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      const health = page.getByRole("list", { name: "System health" });
      await expect(health).toContainText("Database");
      await expect(health).toContainText("Redis");
      await expect(health).toContainText("Worker");
    }
    // The overview's cards lead to their pages.
    await page.goto("/admin");
    await page.getByRole("heading", { name: "Pipeline" }).getByRole("link").click();
    await expect(page).toHaveURL(/\/admin\/queues$/);
  });
});

// ---- screenshots for design review (test-results/screenshots/admin-*.png) ------------------------

const SCREENSHOT_DIR = path.join(process.cwd(), "test-results", "screenshots");
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

test.describe("screenshots", () => {
  test("every admin page at desktop and phone width", async ({ browser }) => {
    test.setTimeout(120_000);
    // Something in every state: an active and a revoked connection, a failed target.
    const username = await sandboxUser("x", "shots");
    const owner = await userPage(browser, "Sam Screens");
    await linkViaSandbox(owner.page, "x", username);
    const tiktok = await sandboxUser("tiktok", "shotstt");
    await linkViaSandbox(owner.page, "tiktok", tiktok);
    await sandboxControl("POST", "/_sandbox/tokens/revoke", { network: "tiktok", account: tiktok });
    await seedProblemTarget({
      email: owner.credentials.email,
      accountId: await accountIdOf(username),
      handle: username,
      text: "Spring menu is live! Three new pastries, all week long. Come early: the lemon tarts go fast.",
      status: "FAILED",
    });
    await owner.context.close();

    const { page, context } = await adminPage(browser);
    // TikTok accounts are named by their display name: find it by its owner and network.
    await page.goto(
      `/admin/connections?network=tiktok&q=${encodeURIComponent(owner.credentials.email)}`,
    );
    await page.getByRole("button", { name: /^Refresh now/ }).click();
    await expect(page.getByText("Needs reconnect", { exact: true })).toBeVisible();

    const pages = [
      ["admin-overview", "/admin", "Admin"],
      ["admin-connections", "/admin/connections", "Connections"],
      ["admin-queues", "/admin/queues", "Pipeline"],
      ["admin-audit", "/admin/audit", "Audit log"],
      ["admin-users", "/admin/users", "Users"],
    ] as const;
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const [name, url, heading] of pages) {
        await page.goto(url);
        await expect(
          page.getByRole("heading", { level: 1, name: heading, exact: true }),
        ).toBeVisible();
        await page.addStyleTag({ content: "nextjs-portal { display: none !important; }" });
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `${name}-${viewport.width}.png`),
          fullPage: true,
          animations: "disabled",
        });
      }
    }
    await context.close();
  });
});
