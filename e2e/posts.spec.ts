/**
 * The posts page against the real stack: a fault on one network leaves a partial result with
 * the reason in words, and Retry then posts it exactly once (the sandbox's counters say so); a
 * scheduled post shows as Scheduled in the list and the calendar, and Cancel stops it; a post
 * scheduled a minute ahead waits, then goes out at its time while the page watches.
 */
import { expect, type Page, test } from "@playwright/test";
import { signUp } from "./helpers/auth";
import { linkAccount, sandbox } from "./helpers/link-accounts";

const PUBLISH_TIMEOUT = 60_000;
const unique = (text: string) => `${text} #${Math.random().toString(36).slice(2, 8)}`;

async function compose(page: Page, accounts: RegExp[], text: string) {
  await page.goto("/compose");
  for (const name of accounts) await page.getByRole("checkbox", { name }).check();
  await page.getByLabel("Post text").fill(text);
}

const rowOf = (page: Page, postId: string, network: string) =>
  page.locator(`#post-${postId} [data-network="${network}"]`);

test.describe("posts", () => {
  test.describe.configure({ timeout: 180_000 });

  let armed: string | undefined;
  test.afterEach(async () => {
    if (armed) await sandbox.removeFault(armed).catch(() => {});
    armed = undefined;
  });

  test("a fault on one network gives a partial result; Retry posts it once", async ({ page }) => {
    // A fresh sandbox X account, so its post counter belongs to this test alone.
    const username = `e2e_${Math.random().toString(36).slice(2, 10)}`;
    const { user } = (await sandbox.createUser({ network: "x", username })) as {
      user: { id: string };
    };
    await signUp(page);
    await linkAccount(page, "x", { user: username });
    await linkAccount(page, "facebook");

    // The connection drops before X answers: Socialite can't know whether it posted.
    const { fault } = await sandbox.fault({
      network: "x",
      kind: "drop",
      endpoint: "tweets",
      account: user.id,
      count: 1,
    });
    armed = fault.id;
    await compose(page, [new RegExp(username), /Alice's Bakery/], unique("Partial on purpose"));
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page).toHaveURL(/\/posts\?created=/, { timeout: 30_000 });
    const postId = new URL(page.url()).searchParams.get("created")!;

    const status = (network: string) => rowOf(page, postId, network).getByTestId("target-status");
    await expect(status("facebook")).toHaveText("Published ✓", { timeout: PUBLISH_TIMEOUT });
    await expect(status("x")).toHaveText("Unconfirmed", { timeout: PUBLISH_TIMEOUT });
    await expect(rowOf(page, postId, "x")).toContainText("never confirmed it");
    await expect(page.locator(`#post-${postId} [data-post-status="partial"]`)).toBeVisible();
    // The in-app notice lists it too.
    await expect(page.getByRole("region", { name: /Needs your attention/ })).toContainText(
      "Unconfirmed on X",
    );
    expect((await sandbox.counters()).postsCreated.x?.[user.id] ?? 0).toBe(0);

    // Retry on an unconfirmed delivery asks first (it may already be live), then posts once.
    await sandbox.removeFault(fault.id).catch(() => {}); // already used up, normally
    await rowOf(page, postId, "x").getByRole("button", { name: "Retry on X" }).click();
    await rowOf(page, postId, "x").getByRole("button", { name: "Retry anyway" }).click();
    await expect(status("x")).toHaveText("Published ✓", { timeout: PUBLISH_TIMEOUT });
    await expect(page.locator(`#post-${postId} [data-post-status="published"]`)).toBeVisible();
    expect((await sandbox.counters()).postsCreated.x?.[user.id]).toBe(1);
    // Nothing left to retry, and a settled page stops polling.
    await expect(rowOf(page, postId, "x").getByRole("button", { name: /Retry/ })).toHaveCount(0);
    await expect(page.locator('[data-live-polling="off"]')).toBeAttached({ timeout: 10_000 });
  });

  test("a scheduled post shows as Scheduled, can be edited and cancelled", async ({ page }) => {
    await signUp(page);
    await linkAccount(page, "x");
    const text = unique("Scheduled for later");
    await compose(page, [/sandbox_alice/], text);

    await page.getByRole("radio", { name: "Schedule" }).check();
    await page.getByLabel("Time zone").selectOption("Europe/Paris");
    // Tomorrow, 09:00 in Paris.
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel("Date", { exact: true }).fill(tomorrow);
    await page.getByLabel("Time", { exact: true }).fill("09:00");
    await expect(
      page.getByText(/^Goes out \w{3} \d{1,2} \w{3}, 09:00 Europe\/Paris$/),
    ).toBeVisible();
    await page.getByRole("button", { name: "Schedule", exact: true }).click();

    await expect(page).toHaveURL(/\/posts\?created=/, { timeout: 30_000 });
    const postId = new URL(page.url()).searchParams.get("created")!;
    await expect(page.getByRole("status")).toContainText(/Scheduled for .*09:00 Europe\/Paris/);
    const card = page.locator(`#post-${postId}`);
    await expect(card.locator('[data-post-status="scheduled"]')).toBeVisible();
    await expect(card).toContainText(/Goes out .*09:00 Europe\/Paris/);
    await expect(rowOf(page, postId, "x").getByTestId("target-status")).toHaveText("Scheduled");

    // The week view shows it on its day.
    await page.getByRole("link", { name: "Week" }).click();
    await expect(page).toHaveURL(/view=week/);
    await page.goto(`/posts?view=week&date=${tomorrow}`);
    await expect(page.locator(`#post-${postId}`)).toBeVisible();
    await page.goto(`/posts?view=month&date=${tomorrow}`);
    await expect(page.getByRole("link", { name: /Scheduled/ }).first()).toBeVisible();

    // Edit before it goes out: new text and time, checked and saved.
    await page.goto("/posts");
    await card.getByRole("button", { name: "Edit" }).click();
    const editor = card.getByRole("form", { name: "Edit scheduled post" });
    await editor.getByLabel("Text").fill("a".repeat(281));
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor).toContainText("X allows 280 characters; this post has 281");
    const edited = unique("Edited before it went out");
    await editor.getByLabel("Text").fill(edited);
    await editor.getByLabel("Time", { exact: true }).fill("10:30");
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor).toHaveCount(0);
    await expect(card).toContainText(edited);
    await expect(card).toContainText(/Goes out .*10:30 Europe\/Paris/);

    // Cancel asks first, then cancels: nothing will go out.
    await card.getByRole("button", { name: "Cancel post" }).click();
    await card.getByRole("button", { name: "Cancel post" }).click();
    await expect(card.locator('[data-post-status="cancelled"]')).toBeVisible();
    await expect(rowOf(page, postId, "x").getByTestId("target-status")).toHaveText("Cancelled");
    await expect(card.getByRole("button", { name: "Cancel post" })).toHaveCount(0);
  });

  test("a scheduled post publishes at its time, and the page shows it live", async ({ page }) => {
    await signUp(page);
    await linkAccount(page, "x");
    const text = unique("Goes out on the minute");
    await compose(page, [/sandbox_alice/], text);

    // The next whole minute at least 30 s away (UTC), so the post is seen waiting first.
    const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
    await page.getByRole("radio", { name: "Schedule" }).check();
    await page.getByLabel("Time zone").selectOption("UTC");
    await page.getByLabel("Date", { exact: true }).fill(at.toISOString().slice(0, 10));
    await page.getByLabel("Time", { exact: true }).fill(at.toISOString().slice(11, 16));
    await page.getByRole("button", { name: "Schedule", exact: true }).click();

    await expect(page).toHaveURL(/\/posts\?created=/, { timeout: 30_000 });
    const postId = new URL(page.url()).searchParams.get("created")!;
    const status = rowOf(page, postId, "x").getByTestId("target-status");
    await expect(status).toHaveText("Scheduled");
    expect(Date.now()).toBeLessThan(at.getTime());

    // No reload: the page polls from shortly before the time and turns the row Published.
    await expect(status).toHaveText("Published ✓", { timeout: 150_000 });
    const [inbox] = await Promise.all([
      page.waitForEvent("popup"),
      rowOf(page, postId, "x")
        .getByRole("link", { name: /View post/ })
        .click(),
    ]);
    const posted = inbox.locator("article.post:target");
    await expect(posted).toContainText(text);
    // The network received it at its time, not before.
    const receivedAt = await posted.locator("time").getAttribute("datetime");
    expect(new Date(receivedAt!).getTime()).toBeGreaterThanOrEqual(at.getTime());
    await inbox.close();
  });

  test("the status endpoint wants a session and well-formed ids", async ({ page, request }) => {
    const anonymous = await request.get("/api/posts/status?ids=abc");
    expect(anonymous.status()).toBe(401);
    await signUp(page);
    const bad = await page.request.get("/api/posts/status?ids=not%20an%20id");
    expect(bad.status()).toBe(400);
    const foreign = await page.request.get("/api/posts/status?ids=someone-elses-post");
    expect(foreign.status()).toBe(200);
    expect(await foreign.json()).toEqual({ posts: [] });
  });
});
