/**
 * Full-page screenshots of every shell page at desktop and phone width, for design review. They
 * land in test-results/screenshots/ (git-ignored); each test also checks the page's h1 is visible.
 */
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { SEEDED_ADMIN, signIn, signUp } from "./helpers/auth";

const SCREENSHOT_DIR = path.join(process.cwd(), "test-results", "screenshots");

const VIEWPORTS = [
  { label: "desktop", width: 1280, height: 800 },
  { label: "phone", width: 390, height: 844 },
] as const;

async function capture(page: Page, name: string, width: number, heading: string) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  // The dev server's floating "N" badge is not part of the product.
  await page.addStyleTag({ content: "nextjs-portal { display: none !important; }" });
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`),
    fullPage: true,
    animations: "disabled",
  });
}

for (const viewport of VIEWPORTS) {
  test.describe(`screenshots at ${viewport.width}px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("auth pages", async ({ page }) => {
      await page.goto("/sign-in");
      await capture(page, "sign-in", viewport.width, "Sign in to Socialite");
      await page.goto("/sign-in?signedOut=1");
      await capture(page, "sign-in-signed-out", viewport.width, "Sign in to Socialite");
      await page.goto("/sign-up");
      await capture(page, "sign-up", viewport.width, "Create your Socialite account");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByText("Tell us your name.")).toBeVisible();
      await capture(page, "sign-up-errors", viewport.width, "Create your Socialite account");
    });

    test("signed-in pages and 403", async ({ page }) => {
      await signUp(page, { name: "Avery Quinn" });
      await capture(page, "compose", viewport.width, "Compose");
      await page.goto("/posts");
      await capture(page, "posts", viewport.width, "Posts");
      await page.goto("/accounts");
      await capture(page, "accounts", viewport.width, "Accounts");
      await page.goto("/admin");
      await capture(page, "forbidden", viewport.width, "You don't have access to this page");
      await page.goto("/this-page-does-not-exist");
      await capture(page, "not-found", viewport.width, "We couldn't find that page");
      if (viewport.label === "phone") {
        await page.goto("/compose");
        await page.getByRole("button", { name: "Open menu" }).click();
        await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
        await capture(page, "compose-menu-open", viewport.width, "Compose");
      }
    });

    test("admin overview", async ({ page }) => {
      await signIn(page, SEEDED_ADMIN);
      await page.goto("/admin");
      await capture(page, "admin", viewport.width, "Admin");
      if (viewport.label === "phone") {
        await page.getByRole("button", { name: "Open menu" }).click();
        await expect(page.getByRole("link", { name: "Admin" })).toBeVisible();
        await capture(page, "admin-menu-open", viewport.width, "Admin");
      }
    });
  });
}
