/**
 * Linking, reconnecting and unlinking X, Facebook Pages, Instagram and TikTok accounts through the
 * real sandbox consent pages, in Chromium, against the running app: what a person sees on
 * /accounts and on the page picker, that another user can neither see nor unlink an account, and
 * that no token ever reaches a page.
 */
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import {
  accountCard,
  createSandboxUser,
  DEFAULT_ACCOUNTS,
  decideConsent,
  expectNoTokensInPage,
  LINK_TIMEOUT,
  linkAccount,
  linkedCards,
  NETWORKS,
  type Network,
  openConsent,
  revocationsOf,
  SANDBOX_URL,
  sandboxCounters,
  setAccountState,
} from "./helpers/accounts";
import { signUp } from "./helpers/auth";

const network = (id: Network["id"]): Network => NETWORKS.find((item) => item.id === id)!;
const X = network("x");
const FACEBOOK = network("facebook");
const INSTAGRAM = network("instagram");
const TIKTOK = network("tiktok");

/** Signs a new user up and opens /accounts. */
async function freshUser(page: Page, name = "Avery Quinn") {
  const credentials = await signUp(page, { name });
  await page.goto("/accounts");
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  return credentials;
}

async function newUserPage(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const credentials = await freshUser(page, name);
  return { context, page, credentials };
}

test.describe("linking each network", () => {
  for (const item of NETWORKS) {
    test(`${item.name}: Allow on the consent page links the account, shown Active`, async ({
      page,
    }) => {
      const { email } = await freshUser(page);
      await expect(page.getByRole("heading", { name: "No accounts linked yet" })).toBeVisible();
      const expected = DEFAULT_ACCOUNTS[item.id];

      await openConsent(page, item);
      // Facebook offers both of Alice's Pages: share one, so the account links straight away.
      await decideConsent(page, item, item.id === "facebook" ? { pages: ["Alice's Bakery"] } : {});
      await expect(page).toHaveURL(new RegExp(`/accounts\\?linked=${item.id}&account=[a-z0-9]+$`), {
        timeout: LINK_TIMEOUT,
      });

      // The banner names the account; the URL carries only its id (no name in logs or history).
      const banner = page.getByRole("status").filter({ hasText: linkedName(item, expected) });
      await expect(banner).toContainText("It's ready to post.");
      await expect(banner.getByRole("link", { name: "Write a post" })).toHaveAttribute(
        "href",
        "/compose",
      );
      const cards = linkedCards(page);
      await expect(cards).toHaveCount(1);
      const card = accountCard(page, expected.displayName);
      const accountId = await card.getByTestId("account").getAttribute("data-account-id");
      expect(new URL(page.url()).searchParams.getAll("account")).toEqual([accountId]);
      expect(decodeURIComponent(page.url())).not.toContain(expected.displayName);
      await expect(card.getByText("Active", { exact: true })).toBeVisible();
      await expect(
        card.getByText(expected.handle ? `${expected.handle} · ${item.kind}` : item.kind, {
          exact: true,
        }),
      ).toBeVisible();
      // Permissions in words, and how access is kept alive, from the provider registry.
      await expect(
        card.getByRole("list", { name: `Permissions granted on ${item.name}` }),
      ).toBeVisible();
      await expect(
        card.getByText(/^Access token (expires in .+ · .+|doesn't expire)$/),
      ).toBeVisible();
      await expect(card.getByRole("link", { name: /^Reconnect/ })).toHaveAttribute(
        "href",
        `/api/connect/${item.id}?returnTo=%2Faccounts`,
      );
      // Sandbox mode says so, and links the network's sandbox inbox.
      await expect(
        page.getByRole("link", { name: new RegExp(`^${item.name} sandbox inbox`) }),
      ).toHaveAttribute("href", sandboxInbox(item.id));

      const { checkedStoredTokens } = await expectNoTokensInPage(page, email);
      test.info().annotations.push({
        type: "token canary",
        description: `${checkedStoredTokens} stored token(s) checked against the page`,
      });
    });
  }

  test("Cancel on each consent page shows the cancelled message and links nothing", async ({
    page,
  }) => {
    await freshUser(page);
    for (const item of NETWORKS) {
      await openConsent(page, item);
      await decideConsent(page, item, { decision: "cancel" });
      await expect(page).toHaveURL(
        new RegExp(`/accounts\\?connect_error=cancelled&network=${item.id}$`),
        { timeout: LINK_TIMEOUT },
      );
      const banner = page.getByRole("status").filter({ hasText: `${item.name} linking cancelled` });
      await expect(banner).toContainText(
        "You cancelled on the network's consent screen, so nothing was linked.",
      );
      await expect(banner.getByRole("link", { name: "Try again" })).toHaveAttribute(
        "href",
        `/api/connect/${item.id}?returnTo=%2Faccounts`,
      );
      await expect(page.getByRole("heading", { name: "No accounts linked yet" })).toBeVisible();
    }
  });
});

/** How the success banner names one account: "@sandbox_alice on X", "Alice's Bakery (Facebook Page)". */
function linkedName(
  item: Network,
  account: { handle: string | null; displayName: string },
  verb: "Linked" | "Reconnected" = "Linked",
) {
  return account.handle
    ? `${verb} ${account.handle} on ${item.name}`
    : `${verb} ${account.displayName} (${item.kind})`;
}

function sandboxInbox(id: Network["id"]) {
  // The app links the inbox on the sandbox origin it is configured with (SANDBOX_URL).
  return `${SANDBOX_URL}/_sandbox/inbox/${id}`;
}

test.describe("the Facebook page picker", () => {
  test("two Pages shared: the picker links exactly the one chosen", async ({ page, browser }) => {
    await freshUser(page);
    await openConsent(page, FACEBOOK);
    await decideConsent(page, FACEBOOK, { pages: ["Alice's Bakery", "Alice Runs"] });
    await expect(page).toHaveURL(/\/accounts\/connect\/[a-z0-9]+$/, { timeout: LINK_TIMEOUT });
    const pickerUrl = page.url();
    await expect(
      page.getByRole("heading", { level: 1, name: "Choose the Facebook Pages to link" }),
    ).toBeVisible();
    const bakery = page.getByRole("checkbox", { name: /Alice's Bakery/ });
    const runs = page.getByRole("checkbox", { name: /Alice Runs/ });
    // Opt-in: nothing is ticked, and linking nothing is refused with a message.
    await expect(bakery).not.toBeChecked();
    await expect(runs).not.toBeChecked();
    await page.getByRole("button", { name: "Link selected" }).click();
    await expect(page.getByText("Choose at least one Page to link.")).toBeVisible();
    await expect(page).toHaveURL(pickerUrl);

    // Another user opening this picker sees exactly what a made-up id shows.
    const other = await newUserPage(browser, "Blake Other");
    await other.page.goto(pickerUrl);
    const foreign = await other.page.locator("main").textContent();
    await other.page.goto("/accounts/connect/clzzzzzzzzzzzzzzzzzzzzzzz");
    const madeUp = await other.page.locator("main").textContent();
    expect(foreign).toBe(madeUp);
    await expect(
      other.page.getByRole("heading", { level: 1, name: "There's nothing to choose here" }),
    ).toBeVisible();
    await other.context.close();

    // The owner's choice is still open: pick one Page.
    await page.getByText("Alice Runs").click();
    await expect(runs).toBeChecked();
    await expect(page.getByText("1 Page selected")).toBeVisible();
    await page.getByRole("button", { name: "Link selected" }).click();
    await expect(page).toHaveURL(/\/accounts\?linked=facebook&account=[a-z0-9]+$/, {
      timeout: LINK_TIMEOUT,
    });
    await expect(
      page.getByRole("status").filter({ hasText: "Linked Alice Runs (Facebook Page)" }),
    ).toBeVisible();
    const cards = linkedCards(page);
    await expect(cards).toHaveCount(1);
    await expect(accountCard(page, "Alice Runs")).toBeVisible();

    // The choice is used up: the same picker URL now reads as not found.
    await page.goto(pickerUrl);
    await expect(
      page.getByRole("heading", { level: 1, name: "There's nothing to choose here" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Start again" })).toHaveAttribute(
      "href",
      "/accounts#link-an-account",
    );
  });

  test("choosing both Pages links two and says so", async ({ page }) => {
    await freshUser(page);
    await linkAccount(page, FACEBOOK, { pages: ["Alice's Bakery", "Alice Runs"] });
    await page.getByText("Alice's Bakery").click();
    await page.getByText("Alice Runs").click();
    await page.getByRole("button", { name: "Link selected" }).click();
    await expect(page).toHaveURL(
      /\/accounts\?linked=facebook&account=[a-z0-9]+&account=[a-z0-9]+$/,
      {
        timeout: LINK_TIMEOUT,
      },
    );
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "Linked 2 Facebook Pages: Alice's Bakery and Alice Runs" }),
    ).toBeVisible();
    await expect(linkedCards(page)).toHaveCount(2);
  });
});

test("reconnecting the same account keeps one row and says it was reconnected", async ({
  page,
}) => {
  const { email } = await freshUser(page);
  await linkAccount(page, X);
  const card = accountCard(page, "Alice Sandbox");
  const id = await card.getByTestId("account").getAttribute("data-account-id");
  expect(id).toBeTruthy();

  await card.getByRole("link", { name: "Reconnect @sandbox_alice" }).click();
  await page.waitForURL((url) => url.origin === SANDBOX_URL, { timeout: LINK_TIMEOUT });
  await decideConsent(page, X);
  await expect(page).toHaveURL(new RegExp(`/accounts\\?reconnected=x&account=${id}$`), {
    timeout: LINK_TIMEOUT,
  });
  await expect(
    page.getByRole("status").filter({ hasText: linkedName(X, DEFAULT_ACCOUNTS.x, "Reconnected") }),
  ).toBeVisible();
  const cards = linkedCards(page);
  await expect(cards).toHaveCount(1);
  await expect(card.getByTestId("account")).toHaveAttribute("data-account-id", id!);
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
  await expectNoTokensInPage(page, email);
});

test.describe("unlinking", () => {
  const cases = [
    { network: X, revokes: true },
    { network: TIKTOK, revokes: true },
    { network: FACEBOOK, revokes: false },
    { network: INSTAGRAM, revokes: false },
  ];
  for (const { network: item, revokes } of cases) {
    test(`${item.name}: unlink after confirming removes it${revokes ? " and revokes at the network" : ""}`, async ({
      page,
    }) => {
      await freshUser(page);
      // Networks that revoke get a sandbox user of their own, so the revocation count is ours.
      const own = revokes ? await createSandboxUser(item.id, `Una ${item.name} Unlinker`) : null;
      const expected = own
        ? {
            // Picked on the consent page by its unique @username.
            user: `@${own.username}`,
            displayName: own.name,
            label: item.id === "x" ? `@${own.username}` : own.name,
            sandboxId: own.id,
          }
        : {
            ...DEFAULT_ACCOUNTS[item.id],
            label: DEFAULT_ACCOUNTS[item.id].handle ?? DEFAULT_ACCOUNTS[item.id].displayName,
          };
      await linkAccount(page, item, {
        user: expected.user,
        ...(item.id === "facebook" ? { pages: ["Alice's Bakery"] } : {}),
      });
      const { label } = expected;
      const card = accountCard(page, expected.displayName);
      await expect(card).toBeVisible();

      // The first click only asks; Cancel changes nothing.
      await card.getByRole("button", { name: `Unlink ${label}` }).click();
      const dialog = page.getByRole("dialog", { name: `Unlink ${label}?` });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText("Your post history is kept.");
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();
      await expect(card).toBeVisible();

      const before = revocationsOf(await sandboxCounters(), item.id, expected.sandboxId);
      await card.getByRole("button", { name: `Unlink ${label}` }).click();
      await dialog.getByRole("button", { name: `Unlink ${item.kind}` }).click();
      await expect(page.getByText(`Unlinked ${label}. Your post history is kept.`)).toBeVisible();
      await expect(card).toHaveCount(0);
      await expect(page.getByRole("heading", { name: "No accounts linked yet" })).toBeVisible();

      const after = revocationsOf(await sandboxCounters(), item.id, expected.sandboxId);
      expect(after - before).toBe(revokes ? 1 : 0);
      // Still gone after a fresh load (the row was deleted, not just hidden).
      await page.goto("/accounts");
      await expect(page.getByRole("heading", { name: "No accounts linked yet" })).toBeVisible();
    });
  }
});

test("another user can't see or unlink an account (tampered unlink form)", async ({
  page,
  browser,
}) => {
  // User A links X.
  const { email: emailA } = await freshUser(page, "Ada Owner");
  const xUser = await createSandboxUser("x", "Ada On X");
  await linkAccount(page, X, { user: `@${xUser.username}` });
  const cardA = accountCard(page, xUser.name);
  const idA = await cardA.getByTestId("account").getAttribute("data-account-id");
  expect(idA).toBeTruthy();

  // User B links TikTok, sees only that, then submits an unlink with A's account id.
  const b = await newUserPage(browser, "Blake Other");
  await linkAccount(b.page, TIKTOK);
  const cardsB = linkedCards(b.page);
  await expect(cardsB).toHaveCount(1);
  await expect(b.page.getByText(xUser.name)).toHaveCount(0);
  expect(await b.page.content()).not.toContain(idA!);
  // A link-back naming A's account id shows B only the generic success, never A's name.
  await b.page.goto(`/accounts?linked=x&account=${idA}`);
  await expect(
    b.page.getByRole("status").filter({ hasText: "Your X account is linked" }),
  ).toBeVisible();
  expect(await b.page.content()).not.toContain(xUser.username);
  await expect(b.page.getByText(xUser.name)).toHaveCount(0);

  const before = revocationsOf(await sandboxCounters(), "x", xUser.id);
  const cardB = accountCard(b.page, "Alice Creates");
  await cardB.getByRole("button", { name: "Unlink Alice Creates" }).click();
  const dialog = b.page.getByRole("dialog", { name: "Unlink Alice Creates?" });
  await dialog.locator('input[name="accountId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, idA!);
  await dialog.getByRole("button", { name: "Unlink TikTok account" }).click();
  await expect(b.page.getByText("Nothing was unlinked", { exact: true })).toBeVisible();
  await expect(b.page.getByText(/isn't linked to your Socialite account/)).toBeVisible();
  await expect(cardsB).toHaveCount(1);
  await b.context.close();

  // A's account is untouched, and nothing was revoked at X.
  await page.goto("/accounts");
  await expect(accountCard(page, xUser.name).getByTestId("account")).toHaveAttribute(
    "data-account-id",
    idA!,
  );
  expect(revocationsOf(await sandboxCounters(), "x", xUser.id)).toBe(before);
  await expectNoTokensInPage(page, emailA);
});

test.describe("connect error banners", () => {
  test("missing_scope names each permission and what it's for, and offers Reconnect", async ({
    page,
  }) => {
    await freshUser(page);
    await page.goto(
      "/accounts?connect_error=missing_scope&network=x&missing=tweet.write&missing=media.write",
    );
    const banner = page.getByRole("alert").filter({ hasText: "didn't grant every permission" });
    await expect(banner).toContainText(
      "Your X account wasn't linked. Reconnect and allow these permissions on X's consent screen:",
    );
    await expect(
      banner.getByRole("list", { name: "Missing permissions" }).getByRole("listitem"),
    ).toHaveText([
      "Publish posts (tweet.write) Lets Socialite post on your behalf.",
      "Upload media (media.write) Lets Socialite attach images and videos to your posts.",
    ]);
    await expect(banner.getByRole("link", { name: "Reconnect X" })).toHaveAttribute(
      "href",
      "/api/connect/x?returnTo=%2Faccounts",
    );

    // Only the network's known scopes are shown: other text in the link is dropped, not echoed.
    await page.goto(
      "/accounts?connect_error=missing_scope&network=x&missing=tweet.write&missing=Send%20us%20your%20password&missing=pages_manage_posts&detail=Visit%20evil.example",
    );
    await expect(banner.getByRole("listitem")).toHaveText([/^Publish posts \(tweet\.write\)/]);
    await expect(page.locator("main")).not.toContainText("password");
    await expect(page.locator("main")).not.toContainText("evil.example");
    await expect(page.locator("main")).not.toContainText("pages_manage_posts");
  });

  test("a permission unticked on the consent page comes back as missing_scope", async ({
    page,
  }) => {
    await freshUser(page);
    await openConsent(page, X);
    const toggle = page.getByRole("checkbox", { name: /Post on your behalf|tweet\.write/ });
    await expect(toggle).toHaveCount(1);
    // The sandbox draws its own tick over the real checkbox.
    await toggle.uncheck({ force: true });
    await decideConsent(page, X);
    await expect(page).toHaveURL(
      /\/accounts\?connect_error=missing_scope&network=x&missing=tweet\.write$/,
      {
        timeout: LINK_TIMEOUT,
      },
    );
    const banner = page.getByRole("alert").filter({ hasText: "didn't grant every permission" });
    await expect(banner).toContainText(
      "Reconnect and allow this permission on X's consent screen:",
    );
    await expect(banner.getByRole("listitem")).toHaveText([
      "Publish posts (tweet.write) Lets Socialite post on your behalf.",
    ]);
    await expect(banner.getByRole("link", { name: "Reconnect X" })).toHaveAttribute(
      "href",
      "/api/connect/x?returnTo=%2Faccounts",
    );
    await expect(page.getByRole("heading", { name: "No accounts linked yet" })).toBeVisible();
  });

  test("other errors show their message, the network's words as text, and Try again", async ({
    page,
  }) => {
    await freshUser(page);
    await page.goto(
      "/accounts?connect_error=provider_error&network=tiktok&detail=%3Cb%3Escope%20refused%3C%2Fb%3E",
    );
    const banner = page.getByRole("alert").filter({ hasText: "Couldn't link your TikTok account" });
    await expect(banner).toContainText("The network refused the request.");
    await expect(banner).toContainText("TikTok said: “<b>scope refused</b>”");
    await expect(banner.getByRole("link", { name: "Try again" })).toHaveAttribute(
      "href",
      "/api/connect/tiktok?returnTo=%2Faccounts",
    );
    // Unknown codes and networks are ignored rather than echoed.
    await page.goto("/accounts?connect_error=made_up&network=myspace&linked=myspace");
    // (Next's route announcer is an alert too, outside <main>.)
    await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
    await expect(page.locator("main").getByRole("status")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "No accounts linked yet" })).toBeVisible();
  });
});

// ---- screenshots for design review (test-results/screenshots/, git-ignored) --------------------

const SCREENSHOT_DIR =
  process.env.ACCOUNTS_SCREENSHOTS ?? path.join(process.cwd(), "test-results", "screenshots");
const VIEWPORTS = [
  { label: "desktop", width: 1280, height: 800 },
  { label: "phone", width: 390, height: 844 },
] as const;

/** The whole page, or (fullPage: false) what the first screen shows, where the banners sit. */
async function capture(page: Page, name: string, { fullPage = true } = {}) {
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.addStyleTag({ content: "nextjs-portal { display: none !important; }" });
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`),
    fullPage,
    animations: "disabled",
  });
}

test("screenshots: accounts (empty, four accounts, success and permission banners, unlink dialog) and the page picker", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const credentials = await freshUser(page, "Avery Quinn");
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto("/accounts");
    await expect(page.getByRole("heading", { name: "No accounts linked yet" })).toBeVisible();
    await capture(page, "accounts-empty");
  }

  await page.setViewportSize(VIEWPORTS[0]);
  for (const item of NETWORKS) {
    await linkAccount(page, item, item.id === "facebook" ? { pages: ["Alice's Bakery"] } : {});
  }
  // A second Facebook consent offering both Pages stops at the picker.
  await linkAccount(page, FACEBOOK, { pages: ["Alice's Bakery", "Alice Runs"] });
  await expect(page).toHaveURL(/\/accounts\/connect\//);
  const pickerUrl = page.url();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(pickerUrl);
    await expect(
      page.getByRole("heading", { level: 1, name: /Choose the Facebook Pages/ }),
    ).toBeVisible();
    await capture(page, "accounts-picker");
  }
  await page.getByRole("button", { name: "Link selected" }).click();
  await expect(page.getByText("Choose at least one Page to link.")).toBeVisible();
  await capture(page, "accounts-picker-error");

  await page.goto("/accounts");
  const xId = await accountCard(page, "Alice Sandbox")
    .getByTestId("account")
    .getAttribute("data-account-id");
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(
      "/accounts?connect_error=missing_scope&network=instagram&missing=instagram_business_content_publish",
    );
    await expect(linkedCards(page)).toHaveCount(4);
    await capture(page, "accounts-four-error");
    await page.goto(
      "/accounts?connect_error=missing_scope&network=x&missing=tweet.write&missing=media.write",
    );
    await expect(page.getByRole("list", { name: "Missing permissions" })).toBeVisible();
    await capture(page, "accounts-banner-missing", { fullPage: false });
    await page.goto(`/accounts?linked=x&account=${xId}`);
    await expect(page.getByText("Linked @sandbox_alice on X")).toBeVisible();
    await capture(page, "accounts-four-linked");
    await capture(page, "accounts-banner-linked", { fullPage: false });
  }

  // Every health state at once, as the refresh worker would leave them (set in the database).
  const { email } = credentials;
  const states = await Promise.all([
    setAccountState(email, "x", {
      status: "NEEDS_RECONNECT",
      statusReason: "X refused to refresh the access (invalid_grant): reconnect to keep posting.",
      lastRefreshAgoMs: 3 * 60 * 60 * 1000,
      lastRefreshError: "invalid_grant",
      accessTokenExpiresInMs: -60 * 60 * 1000,
    }),
    setAccountState(email, "instagram", {
      status: "EXPIRING",
      statusReason: "Instagram wouldn't renew the access token yet; Socialite will try again.",
      accessTokenExpiresInMs: 5 * 24 * 60 * 60 * 1000,
      lastRefreshAgoMs: 26 * 60 * 60 * 1000,
    }),
    setAccountState(email, "tiktok", { lastRefreshAgoMs: 42 * 60 * 1000 }),
    setAccountState(email, "facebook", {
      grantedScopes: ["pages_show_list", "pages_manage_posts", "pages_read_engagement"],
    }),
  ]);
  if (states.every(Boolean)) {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.goto("/accounts");
      await expect(page.getByText("3 need attention")).toBeVisible();
      await capture(page, "accounts-states");
    }
  }

  await page.setViewportSize(VIEWPORTS[0]);
  await page.goto("/accounts");
  await accountCard(page, "Alice Sandbox")
    .first()
    .getByRole("button", { name: /^Unlink/ })
    .click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "accounts-unlink-dialog-1280.png") });

  // Both Pages chosen at once: the banner counts and names them.
  await page.goto("/accounts");
  await linkAccount(page, FACEBOOK, { pages: ["Alice's Bakery", "Alice Runs"] });
  await page.getByText("Alice's Bakery").click();
  await page.getByText("Alice Runs").click();
  await page.getByRole("button", { name: "Link selected" }).click();
  await expect(page).toHaveURL(/\/accounts\?linked=facebook&account=/, { timeout: LINK_TIMEOUT });
  const linkedPages = page.url();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(linkedPages);
    await expect(
      page.getByText("Linked 2 Facebook Pages: Alice's Bakery and Alice Runs"),
    ).toBeVisible();
    await capture(page, "accounts-banner-pages", { fullPage: false });
  }
});
