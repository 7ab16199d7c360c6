/**
 * Links sandbox accounts through the app's real linking flow: the sandbox's auto-approve makes
 * the network's consent page redirect straight back with a code, so the browser goes
 * /api/connect/<network> → sandbox authorize → app callback → /accounts, with every check of the
 * real flow. Also small wrappers of the sandbox control API the publishing specs use.
 */
import { expect, type Page } from "@playwright/test";

export type Network = "x" | "facebook" | "instagram" | "tiktok";

export const sandboxUrl = (): string =>
  process.env.E2E_SANDBOX_URL ?? `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4310}`;

/** Default sandbox identities (sandbox/README.md), one linkable account each. */
export const SANDBOX_ACCOUNTS: Record<Network, { user: string; pages?: string[]; label: string }> =
  {
    x: { user: "sandbox_alice", label: "@sandbox_alice" },
    facebook: { user: "alice.sandbox", pages: ["200000000000001"], label: "Alice's Bakery" },
    instagram: { user: "sandbox_alice.ig", label: "@sandbox_alice.ig" },
    tiktok: { user: "sandbox_creator", label: "@sandbox_creator" },
  };

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandboxUrl()}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

export const sandbox = {
  autoApprove: (network: Network, user: string, pages?: string[]) =>
    control("PUT", "/_sandbox/auto-approve", { network, user, ...(pages ? { pages } : {}) }),
  createUser: (body: { network: Network; username: string; name?: string; isPrivate?: boolean }) =>
    control("POST", "/_sandbox/users", body),
  fault: (body: {
    network: Network;
    kind: string;
    endpoint?: string;
    account?: string;
    count?: number;
    status?: number;
  }) => control("POST", "/_sandbox/faults", body) as Promise<{ fault: { id: string } }>,
  /** Removes one fault (never all: other specs may have theirs armed at the same time). */
  removeFault: (id: string) => control("DELETE", `/_sandbox/faults/${encodeURIComponent(id)}`),
  counters: () =>
    control("GET", "/_sandbox/counters") as Promise<{
      postsCreated: Record<string, Record<string, number>>;
    }>,
  posts: (network: Network, account: string) =>
    control(
      "GET",
      `/_sandbox/posts?network=${network}&account=${encodeURIComponent(account)}`,
    ) as Promise<unknown>,
};

/**
 * Links one account of `network` for the signed-in user and waits for /accounts to confirm it.
 * The app's /api/connect answer (which sets the browser-binding cookie in this context) gives the
 * consent URL; `sandbox_auto_approve` on it approves for `identity` alone, so parallel tests never
 * share the sandbox's global auto-approve setting. A consent that yields several accounts
 * (Facebook Pages) lands on the picker: all are chosen.
 */
export async function linkAccount(
  page: Page,
  network: Network,
  identity: { user: string; pages?: string[] } = SANDBOX_ACCOUNTS[network],
) {
  const start = await page.request.get(`/api/connect/${network}`, { maxRedirects: 0 });
  expect(start.status(), "GET /api/connect redirects to the consent page").toBe(303);
  const consent = new URL(start.headers().location!);
  consent.searchParams.set("sandbox_auto_approve", identity.user);
  if (identity.pages) consent.searchParams.set("sandbox_pages", identity.pages.join(","));
  await page.goto(consent.toString());
  await expect(page).toHaveURL(/\/accounts(\/connect\/[^/?#]+)?(\?|$)/, { timeout: 20_000 });
  if (/\/accounts\/connect\//.test(page.url())) {
    for (const box of await page.getByRole("checkbox").all()) await box.check();
    await page.getByRole("button", { name: /link/i }).first().click();
    await expect(page).toHaveURL(/\/accounts(\?|$)/, { timeout: 20_000 });
  }
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
}

/** Links the default sandbox account of each network. */
export async function linkAllNetworks(page: Page) {
  for (const network of ["x", "facebook", "instagram", "tiktok"] as const) {
    await linkAccount(page, network);
  }
}
