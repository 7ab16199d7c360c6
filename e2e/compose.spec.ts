/**
 * The composer against the real stack (web, worker, sandbox): a post with an image to all four
 * networks goes out and every delivery turns Published with a working "View post" link; an
 * over-long X text is refused live, and on the server when the browser's validators never arrive
 * (every rule is covered server-side by lib/posts/create-post.int.test.ts).
 */
import { expect, type Page, test } from "@playwright/test";
import { signUp } from "./helpers/auth";
import { linkAccount, linkAllNetworks } from "./helpers/link-accounts";

const IMAGE = "tests/fixtures/media/square-1080.jpg";
const PUBLISH_TIMEOUT = 60_000;

/** X refuses an exact duplicate of an earlier post by the same account: keep texts unique. */
const unique = (text: string) => `${text} #${Math.random().toString(36).slice(2, 8)}`;

/** The app's script chunks that contain `marker` fail to download, as offline or mid-deploy. */
async function neverDownload(page: Page, marker: string) {
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(marker)) return route.abort();
    return route.fulfill({ response, body });
  });
}

async function attachImage(page: Page) {
  await page.locator('input[type="file"]').setInputFiles(IMAGE);
  await expect(page.getByRole("img", { name: /square-1080\.jpg/ })).toBeVisible({
    timeout: 20_000,
  });
}

test.describe("composer", () => {
  test.describe.configure({ timeout: 180_000 });

  test("publishes an image post to all four networks and links to each", async ({ page }) => {
    await signUp(page);
    await linkAllNetworks(page);
    await page.goto("/compose");

    await page.getByRole("button", { name: "Select all" }).click();
    const text = unique("Hello from Socialite!\nOne post, four networks");
    await page.getByLabel("Post text").fill(text);
    // Instagram and TikTok need media: the checks say so until the image is attached.
    const checks = page.locator("[data-network]");
    await expect(checks.filter({ hasText: "Instagram" })).toContainText(
      "Instagram needs at least one image or video.",
    );
    await expect(page.getByRole("button", { name: "Publish now" })).toBeDisabled();
    await attachImage(page);
    await expect(checks.filter({ hasText: "Instagram" })).toContainText("Ready");

    // TikTok asks the person to choose the audience (no default), per creator_info: even "Only
    // me", the one choice while the app is unaudited, starts unselected and blocks publishing.
    const tiktokCheck = checks.filter({ hasText: "TikTok" });
    const audienceRequired = tiktokCheck.locator('[data-rule="tiktok.privacyLevel.required"]');
    await expect(audienceRequired).toHaveText("Choose who can see this post on TikTok.");
    const publish = page.getByRole("button", { name: "Publish now" });
    await expect(publish).toBeDisabled();
    await page.getByRole("tab", { name: /TikTok/ }).click();
    await expect(page.getByText(/Posting as/)).toBeVisible();
    const audience = page.getByLabel("Who can see this post");
    await expect(audience).toHaveValue("");
    await expect(audience.locator("option:checked")).toHaveText("Choose who can see it");
    await expect(audience.locator("option")).toHaveText(["Choose who can see it", "Only me"]);
    await audience.selectOption("SELF_ONLY");
    await expect(audienceRequired).toHaveCount(0);
    await expect(tiktokCheck).toContainText("Ready");
    await expect(page.locator('[data-preview="tiktok"]')).toBeVisible();

    await expect(publish).toBeEnabled();
    await publish.click();
    await expect(page).toHaveURL(/\/posts\?created=[a-z0-9]+/, { timeout: 30_000 });
    const postId = new URL(page.url()).searchParams.get("created")!;
    await expect(page.getByRole("status").filter({ hasText: /4 accounts/ })).toBeVisible();

    const card = page.locator(`#post-${postId}`);
    for (const network of ["x", "facebook", "instagram", "tiktok"]) {
      await expect(
        card.locator(`[data-network="${network}"] [data-testid="target-status"]`),
      ).toHaveText("Published ✓", { timeout: PUBLISH_TIMEOUT });
    }
    await expect(card.locator('[data-post-status="published"]')).toBeVisible();

    // Each "View post" opens the network's copy (the sandbox) in a new tab, without an opener.
    const links = card.getByRole("link", { name: /View post/ });
    await expect(links).toHaveCount(4);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", /noopener/);
    }
    // Each opens that account's inbox in the sandbox, scrolled to and marking this very post.
    for (const network of ["x", "facebook", "instagram", "tiktok"]) {
      const [popup] = await Promise.all([
        page.waitForEvent("popup"),
        card
          .locator(`[data-network="${network}"]`)
          .getByRole("link", { name: /View post/ })
          .click(),
      ]);
      await popup.waitForLoadState();
      expect(new URL(popup.url()).searchParams.get("account")).toBeTruthy();
      await expect(
        popup.locator("article.post:target, article.post:has(> .alias:target)"),
      ).toContainText(text.split("\n")[0]!);
      await popup.screenshot({
        path: `test-results/screenshots/sandbox-inbox-at-post-${network}.png`,
      });
      await popup.close();
    }
  });

  test("refuses an over-long X text live", async ({ page }) => {
    await signUp(page);
    await linkAccount(page, "x");
    await page.goto("/compose");
    await page.getByRole("checkbox", { name: /sandbox_alice/ }).check();

    const xCheck = page.locator('[data-network="x"]');
    await page.getByLabel("Post text").fill("a".repeat(280));
    await expect(xCheck).toContainText("280 / 280");
    await expect(xCheck).toContainText("Ready");
    await expect(page.getByRole("button", { name: "Publish now" })).toBeEnabled();

    // 281 weighted characters: the counter turns red, the rule is named in words, no publish.
    await page.getByLabel("Post text").fill("a".repeat(281));
    await expect(xCheck.locator('[data-over="true"]')).toHaveText(/281 \/ 280/);
    await expect(xCheck.locator('[data-rule="x.text.too_long"]')).toContainText(
      "X allows 280 characters; this post has 281",
    );
    await expect(page.getByRole("button", { name: "Publish now" })).toBeDisabled();
    await expect(page.getByText("Fix 1 problem to publish.")).toBeVisible();

    // Weighted counting (twitter-text): a URL counts 23, an emoji 2.
    await page
      .getByLabel("Post text")
      .fill(`${"b".repeat(250)} https://example.com/${"x".repeat(60)} 🎉`);
    await expect(xCheck).toContainText("277 / 280");

    // A shorter X-only text fixes it without touching the other networks' text.
    await page.getByLabel("Post text").fill("a".repeat(281));
    await page.getByRole("tab", { name: /^X/ }).click();
    await page.getByLabel(/Text for X/).fill(unique("Short for X"));
    await expect(page.getByRole("button", { name: "Reset to main text" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Publish now" })).toBeEnabled();
    await page.getByRole("button", { name: "Reset to main text" }).click();
    await expect(page.getByRole("button", { name: "Publish now" })).toBeDisabled();
  });

  test("refuses an over-long X text on the server when the browser can't check it", async ({
    page,
  }) => {
    await signUp(page);
    await linkAccount(page, "x");
    // The browser's validators (the chunk that names X's rules) never arrive: offline, or a
    // deploy in between. Publish is then left to the server, which must refuse in words.
    await neverDownload(page, "x.text.too_long");
    await page.goto("/compose");
    await page.getByRole("checkbox", { name: /sandbox_alice/ }).check();
    await page.getByLabel("Post text").fill(unique("a".repeat(290)));
    await expect(page.locator('[data-network="x"]')).toContainText("Checked when you publish");
    const publish = page.getByRole("button", { name: "Publish now" });
    await expect(publish).toBeEnabled();
    await publish.click();

    const refusal = page.getByRole("alert").filter({ hasText: "The post wasn't sent" });
    await expect(refusal).toBeVisible();
    await expect(refusal.locator('[data-rule="x.text.too_long"]')).toContainText(
      "X allows 280 characters",
    );
    // For design review with the other screenshots (test-results/screenshots/, git-ignored).
    await page.screenshot({
      path: "test-results/screenshots/compose-server-refusal-1280.png",
      fullPage: true,
    });
    // Nothing was stored: the posts page is still empty.
    await page.goto("/posts");
    await expect(page.getByRole("heading", { name: "No posts yet" })).toBeVisible();
  });

  test("a part of the composer that can't download keeps the draft, and the post still goes", async ({
    page,
  }) => {
    await signUp(page);
    await linkAccount(page, "x");
    // The per-network tabs and checks (the chunk with "Reset to main text") never arrive.
    await neverDownload(page, "Reset to main text");
    await page.goto("/compose");
    const text = unique("Still here");
    await page.getByLabel("Post text").fill(text);
    await page.getByRole("checkbox", { name: /sandbox_alice/ }).check();

    // No error page: the plain text stands in for the tabs, with what was typed.
    await expect(
      page.getByText("Each network's rules are checked when you publish."),
    ).toBeVisible();
    await expect(page.getByLabel("Post text")).toHaveValue(text);
    await expect(page.getByRole("tab")).toHaveCount(0);

    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page).toHaveURL(/\/posts\?created=/, { timeout: 30_000 });
    const postId = new URL(page.url()).searchParams.get("created")!;
    await expect(
      page.locator(`#post-${postId} [data-network="x"] [data-testid="target-status"]`),
    ).toHaveText("Published ✓", { timeout: PUBLISH_TIMEOUT });
  });
});
