/**
 * Full-page screenshots of the composer and the posts page at desktop and phone width, for design
 * review (test-results/screenshots/, git-ignored): compose before any account is linked, compose
 * with four networks and a validation error, TikTok's unchosen audience, and the posts list, month
 * and week views.
 */
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { signUp } from "./helpers/auth";
import { linkAllNetworks } from "./helpers/link-accounts";

const SCREENSHOT_DIR = path.join(process.cwd(), "test-results", "screenshots");
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

async function capture(page: Page, name: string, width: number) {
  await page.addStyleTag({ content: "nextjs-portal { display: none !important; }" });
  // Fixed and sticky parts are drawn where they are on screen: start from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let thumbnails finish loading so the picture is the one a person sees.
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`),
    fullPage: true,
    animations: "disabled",
  });
}

for (const viewport of VIEWPORTS) {
  test(`compose and posts at ${viewport.width}px`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await signUp(page, { name: "Avery Quinn" });
    await capture(page, "compose-no-accounts", viewport.width);

    await linkAllNetworks(page);
    await page.goto("/compose");
    await expect(page.getByRole("heading", { level: 1, name: "Compose" })).toBeVisible();
    await capture(page, "compose-empty", viewport.width);

    await page.getByRole("button", { name: "Select all" }).click();
    await page
      .getByLabel("Post text")
      .fill(
        `Our autumn menu is here 🍂\n\nPumpkin loaf, chai buns and a new sourdough. Come by this weekend! #bakery #${Math.random().toString(36).slice(2, 7)}`,
      );
    await page.locator('input[type="file"]').setInputFiles("tests/fixtures/media/square-1080.jpg");
    await expect(page.getByRole("img", { name: /square-1080\.jpg/ })).toBeVisible({
      timeout: 20_000,
    });
    await page.getByRole("tab", { name: /^X/ }).click();
    await page.getByLabel(/Text for X/).fill(`${"Too much to say on X. ".repeat(14)}`);
    await expect(page.locator('[data-rule="x.text.too_long"]').first()).toBeVisible();
    await capture(page, "compose-filled-error", viewport.width);

    await page.getByRole("button", { name: "Reset to main text" }).click();
    await page.getByRole("tab", { name: /TikTok/ }).click();
    // The audience starts unchosen (TikTok's guidelines), with its problem named.
    await expect(page.getByLabel("Who can see this post")).toHaveValue("");
    await expect(page.locator('[data-rule="tiktok.privacyLevel.required"]').first()).toBeVisible();
    await capture(page, "compose-tiktok-audience", viewport.width);
    await page.getByLabel("Who can see this post").selectOption("SELF_ONLY");
    await page.getByRole("radio", { name: "Schedule" }).check();
    await capture(page, "compose-schedule", viewport.width);
    await page.getByRole("radio", { name: "Publish now" }).check();
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page).toHaveURL(/\/posts\?created=/, { timeout: 30_000 });
    await expect(page.locator('[data-post-status="published"]').first()).toBeVisible({
      timeout: 60_000,
    });
    await capture(page, "posts-list", viewport.width);

    await page.goto("/posts?view=month");
    await expect(page.getByRole("link", { name: "Month", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await capture(page, "posts-month", viewport.width);
    await page.goto("/posts?view=week");
    await capture(page, "posts-week", viewport.width);
  });
}
