/**
 * Helpers for the account-linking specs: the sandbox's address and control API, walking its
 * consent pages in the browser, and the token canary (the linked accounts' real tokens, read back
 * from the database and decrypted, must never appear in a page).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { TOKEN_PURPOSE } from "@/lib/crypto/purposes";
import { decryptToken } from "@/lib/crypto/token-cipher";
import type { ProviderId } from "@/lib/providers/provider-id";

/** Where the e2e sandbox listens (playwright.config.ts starts it on E2E_SANDBOX_PORT). */
export const SANDBOX_URL = `http://127.0.0.1:${Number(process.env.E2E_SANDBOX_PORT ?? 4310)}`;

/** Linking goes through two origins and a token exchange; give each hop room on a cold server. */
export const LINK_TIMEOUT = 20_000;

export const NETWORKS = [
  { id: "x", name: "X", kind: "X account" },
  { id: "facebook", name: "Facebook", kind: "Facebook Page" },
  { id: "instagram", name: "Instagram", kind: "Instagram professional account" },
  { id: "tiktok", name: "TikTok", kind: "TikTok account" },
] as const satisfies readonly { id: ProviderId; name: string; kind: string }[];

export type Network = (typeof NETWORKS)[number];

/** The default sandbox user of each network (first on the consent page) and how Socialite shows it. */
export const DEFAULT_ACCOUNTS = {
  x: {
    user: "Alice Sandbox",
    displayName: "Alice Sandbox",
    handle: "@sandbox_alice",
    sandboxId: "1500000000000000001",
  },
  facebook: {
    user: "Alice Sandbox",
    displayName: "Alice's Bakery",
    handle: null,
    sandboxId: "200000000000001",
  },
  instagram: {
    user: "Alice Sandbox",
    displayName: "sandbox_alice.ig",
    handle: "@sandbox_alice.ig",
    sandboxId: "17841400000000001",
  },
  tiktok: {
    user: "Alice Creates",
    displayName: "Alice Creates",
    handle: null,
    sandboxId: "-000SandboxCreatorAlice0000000001",
  },
} as const satisfies Record<
  ProviderId,
  { user: string; displayName: string; handle: string | null; sandboxId: string }
>;

export type SandboxCounters = {
  revocations: Record<string, Record<string, number>>;
  tokenCalls: Record<string, Record<string, Record<string, number>>>;
};

export async function sandboxCounters(): Promise<SandboxCounters> {
  const response = await fetch(`${SANDBOX_URL}/_sandbox/counters`);
  expect(response.ok).toBe(true);
  return (await response.json()) as SandboxCounters;
}

export const revocationsOf = (counters: SandboxCounters, network: ProviderId, account: string) =>
  counters.revocations[network]?.[account] ?? 0;

/**
 * A sandbox user of its own for one test (so counters such as revocations are this test's alone,
 * even with other specs running). Usernames are unique per call.
 */
export async function createSandboxUser(network: ProviderId, name: string) {
  const username = `e2e_${network}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const response = await fetch(`${SANDBOX_URL}/_sandbox/users`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ network, username, name }),
  });
  expect(response.ok).toBe(true);
  const { user } = (await response.json()) as { user: { id: string; username: string } };
  return { id: user.id, username: user.username, name };
}

/** The linked-account cards on /accounts (the list's own items, not the permission lists). */
export function linkedCards(page: Page): Locator {
  return page.getByRole("list", { name: "Linked accounts" }).locator(":scope > li");
}

/** The card of one linked account on /accounts, found by its display name. */
export function accountCard(page: Page, displayName: string): Locator {
  return linkedCards(page).filter({
    has: page.getByRole("heading", { level: 3, name: displayName, exact: true }),
  });
}

/** Clicks "Link <kind>" on /accounts (empty state or the link section) and waits for the consent page. */
export async function openConsent(page: Page, network: Network) {
  await page.getByRole("link", { name: new RegExp(`^Link (another )?${network.kind}$`) }).click();
  await page.waitForURL((url) => url.origin === SANDBOX_URL, { timeout: LINK_TIMEOUT });
  await expect(page.getByRole("button", { name: "Allow" })).toBeVisible();
}

/**
 * On the sandbox consent page: picks the sandbox user (the default one unless named), on
 * Facebook optionally only some Pages, then Allow or Cancel.
 */
export async function decideConsent(
  page: Page,
  network: Network,
  {
    decision = "allow",
    user = DEFAULT_ACCOUNTS[network.id].user,
    pages,
  }: { decision?: "allow" | "cancel"; user?: string; pages?: string[] } = {},
) {
  const radio = page.getByRole("radio", { name: new RegExp(user) });
  // The consent page draws its own avatar over the real radio button: click through it.
  await radio.check({ force: true });
  if (pages) {
    const userBlock = page.locator(".user").filter({ has: radio });
    const boxes = userBlock.locator('input[type="checkbox"][name="page"]');
    for (const box of await boxes.all()) {
      const label = ((await box.locator("xpath=..").textContent()) ?? "").trim();
      if (pages.some((name) => label.includes(name))) await box.check({ force: true });
      else await box.uncheck({ force: true });
    }
  }
  await page.getByRole("button", { name: decision === "allow" ? "Allow" : "Cancel" }).click();
}

/** Links the network's default sandbox account from /accounts and waits for the way back. */
export async function linkAccount(
  page: Page,
  network: Network,
  options: Parameters<typeof decideConsent>[2] = {},
) {
  if (!page.url().includes("/accounts")) await page.goto("/accounts");
  await openConsent(page, network);
  await decideConsent(page, network, options);
  await page.waitForURL(/\/accounts(\/connect\/[a-z0-9]+)?([?#]|$)/, { timeout: LINK_TIMEOUT });
}

// ---- token canary ------------------------------------------------------------------------------

/**
 * The plaintext tokens Socialite holds for the given user's linked accounts, decrypted from the
 * database the app writes to (the e2e runner passes DATABASE_URL and DATA_DIR to Playwright).
 * Returns null when this process can't read that database or its key (tests then fall back to
 * the sandbox token shapes only).
 */
export async function storedTokensOf(email: string): Promise<string[] | null> {
  const databaseUrl = process.env.DATABASE_URL;
  const keyKnown =
    process.env.TOKEN_ENCRYPTION_KEYS ||
    existsSync(path.resolve(process.env.DATA_DIR ?? ".data", "dev-secrets.json"));
  if (!databaseUrl || !keyKnown) return null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ accessToken: string; refreshToken: string | null }>(
      `SELECT a."accessToken", a."refreshToken" FROM "SocialAccount" a
         JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`,
      [email],
    );
    return rows.flatMap((row) => [
      decryptToken(row.accessToken, TOKEN_PURPOSE.accessToken),
      ...(row.refreshToken ? [decryptToken(row.refreshToken, TOKEN_PURPOSE.refreshToken)] : []),
    ]);
  } finally {
    await client.end();
  }
}

/**
 * For design review only: puts a user's account of one network into a given state (as the refresh
 * worker would after a failed refresh), straight in the database. Returns false when this process
 * can't reach the app's database.
 */
export async function setAccountState(
  email: string,
  provider: ProviderId,
  state: {
    status?: "ACTIVE" | "EXPIRING" | "NEEDS_RECONNECT" | "REVOKED";
    statusReason?: string | null;
    lastRefreshAgoMs?: number;
    lastRefreshError?: string | null;
    accessTokenExpiresInMs?: number;
    grantedScopes?: string[];
  },
): Promise<boolean> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return false;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const now = Date.now();
    await client.query(
      `UPDATE "SocialAccount" a SET
         "status" = COALESCE($3::"AccountStatus", a."status"),
         "statusReason" = CASE WHEN $4::boolean THEN $5 ELSE a."statusReason" END,
         "lastRefreshAt" = COALESCE($6::timestamptz, a."lastRefreshAt"),
         "lastRefreshError" = CASE WHEN $7::boolean THEN $8 ELSE a."lastRefreshError" END,
         "accessTokenExpiresAt" = COALESCE($9::timestamptz, a."accessTokenExpiresAt"),
         "grantedScopes" = COALESCE($10::text[], a."grantedScopes")
       FROM "User" u WHERE u.id = a."userId" AND u.email = $1 AND a."provider" = $2::"Provider"`,
      [
        email,
        provider,
        state.status ?? null,
        state.statusReason !== undefined,
        state.statusReason ?? null,
        state.lastRefreshAgoMs === undefined ? null : new Date(now - state.lastRefreshAgoMs),
        state.lastRefreshError !== undefined,
        state.lastRefreshError ?? null,
        state.accessTokenExpiresInMs === undefined
          ? null
          : new Date(now + state.accessTokenExpiresInMs),
        state.grantedScopes ?? null,
      ],
    );
    return true;
  } finally {
    await client.end();
  }
}

/** Sandbox token shapes with a recognisable prefix (TikTok act./rft., Meta EAA/IGAA). */
const PREFIXED_TOKEN = /(?:act\.|rft\.|\bEAA|\bIGAA)[A-Za-z0-9_-]{32,}/;

/**
 * Fetches the page's URL again with the browser's cookies (the raw HTML, including the RSC
 * payload) and checks it, and the live DOM, for every stored token and for token-shaped strings.
 */
export async function expectNoTokensInPage(page: Page, email: string) {
  const html = await (await page.request.get(page.url())).text();
  const dom = await page.content();
  const tokens = await storedTokensOf(email);
  // The e2e runner always passes DATABASE_URL: then the real tokens must be checked, not skipped.
  if (process.env.DATABASE_URL) expect(tokens, "stored tokens could not be read").not.toBeNull();
  if (tokens) {
    expect(tokens.length, "the canary needs at least one stored token").toBeGreaterThan(0);
    for (const token of tokens) {
      expect(html.includes(token), "a stored token appeared in the page HTML").toBe(false);
      expect(dom.includes(token), "a stored token appeared in the page DOM").toBe(false);
    }
  }
  expect(html).not.toMatch(PREFIXED_TOKEN);
  expect(dom).not.toMatch(PREFIXED_TOKEN);
  return { checkedStoredTokens: tokens?.length ?? 0 };
}
