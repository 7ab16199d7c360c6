/**
 * Sign-up / sign-in helpers for e2e specs. They drive the real forms (no API shortcuts), so every
 * spec that uses them also exercises the auth UI. Emails are unique per call.
 */
import { expect, type Page } from "@playwright/test";

/** Password hashing (argon2id) and a cold dev server can make the first auth round-trip slow. */
export const AUTH_TIMEOUT = 15_000;

export type Credentials = { name: string; email: string; password: string };

/** Seeded by prisma/seed.ts before the e2e run. */
export const SEEDED_ADMIN = {
  email: "admin@socialite.test",
  password: "socialite-admin-demo",
} as const;
export const SEEDED_DEMO_USER = {
  email: "demo@socialite.test",
  password: "socialite-demo",
} as const;

export function uniqueEmail(prefix = "user"): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now()}-${random}@example.test`;
}

export function newCredentials(overrides: Partial<Credentials> = {}): Credentials {
  return {
    name: "Avery Quinn",
    email: uniqueEmail(),
    password: "correct horse battery staple",
    ...overrides,
  };
}

/** The password input; `exact` keeps the "Show password" toggle out of the match. */
export function passwordInput(page: Page) {
  return page.getByLabel("Password", { exact: true });
}

/** Fills and submits the sign-up form; does not wait for the outcome. */
export async function submitSignUp(page: Page, credentials: Credentials) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(credentials.name);
  await page.getByLabel("Email").fill(credentials.email);
  await passwordInput(page).fill(credentials.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Creates a new account through the UI and waits until it lands on Compose, signed in. */
export async function signUp(
  page: Page,
  overrides: Partial<Credentials> = {},
): Promise<Credentials> {
  const credentials = newCredentials(overrides);
  await submitSignUp(page, credentials);
  await expect(page).toHaveURL(/\/compose$/, { timeout: AUTH_TIMEOUT });
  return credentials;
}

/** Fills and submits the sign-in form at the current page (or /sign-in); does not wait. */
export async function submitSignIn(
  page: Page,
  { email, password }: { email: string; password: string },
  { navigate = true } = {},
) {
  if (navigate) await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await passwordInput(page).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signIn(page: Page, credentials: { email: string; password: string }) {
  await submitSignIn(page, credentials);
  await expect(page).toHaveURL(/\/compose$/, { timeout: AUTH_TIMEOUT });
}

/** Signs out through the shell, opening the phone-width menu first when the sidebar is hidden. */
export async function signOut(page: Page) {
  const menu = page.getByRole("button", { name: "Open menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/, { timeout: AUTH_TIMEOUT });
}
