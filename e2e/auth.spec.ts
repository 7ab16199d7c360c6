import { expect, test } from "@playwright/test";
import {
  newCredentials,
  passwordInput,
  SEEDED_ADMIN,
  signIn,
  signOut,
  signUp,
  submitSignIn,
  submitSignUp,
} from "./helpers/auth";

test.describe("sign up", () => {
  test("creates an account and lands on Compose, signed in", async ({ page }) => {
    const user = await signUp(page, { name: "Mina Okafor" });
    await expect(page.getByRole("heading", { level: 1, name: "Compose" })).toBeVisible();
    await expect(page.getByText("Mina Okafor")).toBeVisible();
    await expect(page.getByText(user.email)).toBeVisible();
  });

  test("refuses an email that already has an account", async ({ page }) => {
    const existing = await signUp(page);
    await signOut(page);
    await submitSignUp(page, newCredentials({ email: existing.email }));
    const email = page.getByLabel("Email");
    await expect(email).toHaveAccessibleDescription(/already exists/);
    await expect(page.getByText(/account with this email already exists/)).toBeVisible();
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveValue(existing.email);
    await expect(page).toHaveURL(/\/sign-up$/);
  });

  test("refuses a 7-character password", async ({ page }) => {
    await submitSignUp(page, newCredentials({ password: "1234567" }));
    await expect(page.getByText(/at least 8/)).toBeVisible();
    await expect(passwordInput(page)).toHaveAttribute("aria-invalid", "true");
    await expect(passwordInput(page)).toBeFocused();
    await expect(page).toHaveURL(/\/sign-up$/);
  });

  test("the submit button shows progress and is disabled while pending", async ({ page }) => {
    // Hold the server action's POST for a moment so the pending state is observable.
    await page.route("**/sign-up", async (route) => {
      if (route.request().method() === "POST") await new Promise((done) => setTimeout(done, 1_500));
      await route.continue();
    });
    await submitSignUp(page, newCredentials({ password: "short" }));
    await expect(page.getByRole("button", { name: "Creating account…" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
    await expect(page.getByText(/at least 8/)).toBeVisible();
  });

  test("links to sign-in", async ({ page }) => {
    await page.goto("/sign-up");
    await expect(
      page.getByRole("heading", { level: 1, name: "Create your Socialite account" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Sign in to Socialite" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(/\/sign-up$/);
  });
});

test.describe("sign out and sign in", () => {
  test("signing out shows a notice and closes the app until signing in again", async ({ page }) => {
    const user = await signUp(page);

    await signOut(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "Sign in to Socialite" }),
    ).toBeVisible();
    await expect(page.getByRole("status")).toContainText("signed out");

    await page.goto("/compose");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcompose$/);

    await signIn(page, user);
    await expect(page.getByRole("heading", { level: 1, name: "Compose" })).toBeVisible();
    await expect(page.getByText(user.name)).toBeVisible();
  });

  test("signing out works from the phone-width menu", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const user = await signUp(page);
    const menuButton = page.getByRole("button", { name: "Open menu" });
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await menuButton.click();
    await expect(page.getByRole("button", { name: "Close menu" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Compose" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await nav.getByRole("link", { name: "Posts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Posts" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();

    await page.getByRole("button", { name: "Open menu" }).click();
    // The desktop sidebar holds the same text, hidden at this width.
    await expect(page.getByText(user.email).filter({ visible: true })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  });

  test("a wrong password is refused with a message", async ({ page }) => {
    const user = await signUp(page);
    await signOut(page);
    await submitSignIn(page, { email: user.email, password: "not the right password" });
    await expect(page.getByText(/don't match/)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
  });

  test("a signed-out visit to a page returns there after signing in", async ({ page }) => {
    const user = await signUp(page);
    await signOut(page);

    await page.goto("/posts");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fposts$/);
    await submitSignIn(page, user, { navigate: false });
    await expect(page).toHaveURL(/\/posts$/);
    await expect(page.getByRole("heading", { level: 1, name: "Posts" })).toBeVisible();
  });

  test("a signed-out visit to /compose redirects to sign-in and back", async ({
    page,
    context,
  }) => {
    const user = await signUp(page);
    await context.clearCookies();

    await page.goto("/compose");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcompose$/);
    await submitSignIn(page, user, { navigate: false });
    await expect(page).toHaveURL(/\/compose$/);
    await expect(page.getByRole("heading", { level: 1, name: "Compose" })).toBeVisible();
  });

  test("signed-in visitors skip the auth pages", async ({ page }) => {
    await signUp(page);
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/compose$/);
    await page.goto("/sign-up");
    await expect(page).toHaveURL(/\/compose$/);
  });
});

test.describe("admin area", () => {
  test("a non-admin gets 403 on /admin", async ({ page }) => {
    await signUp(page);
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole("heading", { level: 1, name: "You don't have access to this page" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Back to home" }).click();
    await expect(page).toHaveURL(/\/compose$/);
  });

  test("an admin sees the admin overview", async ({ page }) => {
    await signIn(page, SEEDED_ADMIN);
    await page.getByRole("link", { name: "Admin" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    for (const section of ["Connections", "Pipeline", "Audit log", "Users"]) {
      await expect(page.getByRole("heading", { name: section })).toBeVisible();
    }
  });
});
