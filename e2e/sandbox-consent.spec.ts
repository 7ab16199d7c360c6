/**
 * Walks the sandbox's consent pages in a real browser: Allow returns code + state to the
 * registered redirect URI, Cancel returns error=access_denied. The sandbox runs in-process on an
 * ephemeral port and the app's callback is intercepted, so this needs no web app.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { sandboxApps } from "@/lib/providers/sandbox-apps";
import { type RunningSandbox, startSandbox } from "@/sandbox/server";

const APP = "http://localhost:3999";
const callback = (network: string) => `${APP}/api/connect/${network}/callback`;
let sandbox: RunningSandbox;

test.beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, appUrls: [APP] });
});
test.afterAll(() => sandbox.close());

const pkce = () => {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

const authorizeUrls = {
  x: (challenge: string) =>
    `${sandbox.url}/x.com/i/oauth2/authorize?${new URLSearchParams({ response_type: "code", client_id: sandboxApps.x.clientId, redirect_uri: callback("x"), scope: "tweet.read tweet.write users.read offline.access media.write", state: "state-x", code_challenge: challenge, code_challenge_method: "S256" })}`,
  facebook: () =>
    `${sandbox.url}/www.facebook.com/v24.0/dialog/oauth?${new URLSearchParams({ client_id: sandboxApps.facebook.clientId, redirect_uri: callback("facebook"), state: "state-fb", scope: "pages_show_list,pages_manage_posts,pages_read_engagement,publish_video" })}`,
  instagram: () =>
    `${sandbox.url}/www.instagram.com/oauth/authorize?${new URLSearchParams({ client_id: sandboxApps.instagram.clientId, redirect_uri: callback("instagram"), response_type: "code", scope: "instagram_business_basic,instagram_business_content_publish", state: "state-ig" })}`,
  tiktok: (challenge: string) =>
    `${sandbox.url}/www.tiktok.com/v2/auth/authorize/?${new URLSearchParams({ client_key: sandboxApps.tiktok.clientId, response_type: "code", scope: "user.info.basic,video.publish", redirect_uri: callback("tiktok"), state: "state-tt", code_challenge: challenge, code_challenge_method: "S256" })}`,
};

/** Redeems an X code at the sandbox's token endpoint (Basic client auth) for its access token. */
async function redeemXCode(code: string, verifier: string): Promise<string> {
  const basic = Buffer.from(`${sandboxApps.x.clientId}:${sandboxApps.x.clientSecret}`).toString(
    "base64",
  );
  const token = await fetch(`${sandbox.url}/api.x.com/2/oauth2/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${basic}`,
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: callback("x"),
      code_verifier: verifier,
    }),
  });
  return ((await token.json()) as { access_token: string }).access_token;
}

/** Stands in for Socialite's callback route and returns the query it received. */
async function interceptCallback(page: Page): Promise<() => Promise<URL>> {
  let resolve: (url: URL) => void = () => {};
  const received = new Promise<URL>((done) => {
    resolve = done;
  });
  await page.route(`${APP}/**`, async (route) => {
    resolve(new URL(route.request().url()));
    await route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<h1>Socialite callback</h1>",
    });
  });
  return () => received;
}

test("X: Allow returns code and state; the code redeems at the token endpoint", async ({
  page,
}) => {
  const { verifier, challenge } = pkce();
  const callbackUrl = await interceptCallback(page);
  await page.goto(authorizeUrls.x(challenge));
  await expect(
    page.getByRole("heading", { name: "Socialite wants to access your X account" }),
  ).toBeVisible();
  await expect(page.getByText("SANDBOX", { exact: true })).toBeVisible();
  await expect(page.getByText("Post and repost for you")).toBeVisible();
  await page.getByText("Bob Sandbox").click();
  await page.getByRole("button", { name: "Allow" }).click();
  const url = await callbackUrl();
  expect(`${url.origin}${url.pathname}`).toBe(callback("x"));
  expect(url.searchParams.get("state")).toBe("state-x");
  const code = url.searchParams.get("code") ?? "";
  expect(code).not.toBe("");

  const access_token = await redeemXCode(code, verifier);
  const me = await fetch(`${sandbox.url}/api.x.com/2/users/me`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  expect(((await me.json()) as { data: { username: string } }).data.username).toBe("sandbox_bob");
});

test("X: Cancel returns error=access_denied with the state", async ({ page }) => {
  const callbackUrl = await interceptCallback(page);
  await page.goto(authorizeUrls.x(pkce().challenge));
  await page.getByRole("button", { name: "Cancel" }).click();
  const url = await callbackUrl();
  expect(url.searchParams.get("error")).toBe("access_denied");
  expect(url.searchParams.get("state")).toBe("state-x");
  expect(url.searchParams.get("code")).toBeNull();
});

test("Facebook: the Page picker grants only the ticked Pages", async ({ page }) => {
  const callbackUrl = await interceptCallback(page);
  await page.goto(authorizeUrls.facebook());
  await expect(page.getByText("Alice's Bakery")).toBeVisible();
  await page.getByRole("checkbox", { name: /Alice Runs/ }).uncheck();
  await page.getByRole("button", { name: "Allow" }).click();
  const url = await callbackUrl();
  expect(url.searchParams.get("state")).toBe("state-fb");
  const { clientId, clientSecret } = sandboxApps.facebook;
  const exchange = await fetch(
    `${sandbox.url}/graph.facebook.com/v24.0/oauth/access_token?${new URLSearchParams({ client_id: clientId, client_secret: clientSecret, redirect_uri: callback("facebook"), code: url.searchParams.get("code") ?? "" })}`,
  );
  const { access_token } = (await exchange.json()) as { access_token: string };
  const accounts = await fetch(
    `${sandbox.url}/graph.facebook.com/v24.0/me/accounts?access_token=${access_token}`,
  );
  const { data } = (await accounts.json()) as { data: { name: string }[] };
  expect(data.map((p) => p.name)).toEqual(["Alice's Bakery"]);
});

test("Facebook: an unticked permission is declined and GET /me/permissions says so", async ({
  page,
}) => {
  const callbackUrl = await interceptCallback(page);
  await page.goto(`${authorizeUrls.facebook()}&return_scopes=true`);
  await expect(page.getByText("Edit access: untick a permission to decline it.")).toBeVisible();
  await page.getByText("Create, edit and delete your Page posts").click();
  await expect(
    page.getByRole("checkbox", { name: /Create, edit and delete your Page posts/ }),
  ).not.toBeChecked();
  await page.getByRole("button", { name: "Allow" }).click();
  const url = await callbackUrl();
  expect(url.searchParams.get("denied_scopes")).toBe("pages_manage_posts");
  const { clientId, clientSecret } = sandboxApps.facebook;
  const exchange = await fetch(
    `${sandbox.url}/graph.facebook.com/v24.0/oauth/access_token?${new URLSearchParams({ client_id: clientId, client_secret: clientSecret, redirect_uri: callback("facebook"), code: url.searchParams.get("code") ?? "" })}`,
  );
  const { access_token } = (await exchange.json()) as { access_token: string };
  const permissions = await fetch(
    `${sandbox.url}/graph.facebook.com/v24.0/me/permissions?status=declined&access_token=${access_token}`,
  );
  expect(await permissions.json()).toEqual({
    data: [{ permission: "pages_manage_posts", status: "declined" }],
  });
});

test("Instagram: a user created on the consent page can authorize", async ({ page }) => {
  const callbackUrl = await interceptCallback(page);
  await page.goto(authorizeUrls.instagram());
  await page.getByText("Create a sandbox Instagram user").click();
  await page.getByLabel("Username").fill("sandbox_newbie.ig");
  await page.getByLabel("Display name").fill("Nina Newbie");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("radio", { name: /Nina Newbie/ })).toBeChecked();
  await page.getByRole("button", { name: "Allow" }).click();
  const url = await callbackUrl();
  expect(url.searchParams.get("code")).toBeTruthy();
  expect(url.searchParams.get("state")).toBe("state-ig");
});

test("TikTok: Cancel returns error=access_denied", async ({ page }) => {
  const callbackUrl = await interceptCallback(page);
  await page.goto(authorizeUrls.tiktok(pkce().challenge));
  await expect(page.getByText("Directly post content to your TikTok profile")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  const url = await callbackUrl();
  expect(url.searchParams.get("error")).toBe("access_denied");
  expect(url.searchParams.get("state")).toBe("state-tt");
});

/** Posts a text and an image tweet as sandbox_alice so the inbox has something to show. */
async function seedInbox(): Promise<void> {
  const { verifier, challenge } = pkce();
  const approve = await fetch(`${sandbox.url}/_sandbox/authorize`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ url: authorizeUrls.x(challenge), user: "sandbox_alice" }),
  });
  const { code } = (await approve.json()) as { code: string };
  const auth = { authorization: `Bearer ${await redeemXCode(code, verifier)}` };
  const upload = new FormData();
  upload.append(
    "media",
    new Blob([
      readFileSync(path.resolve(import.meta.dirname, "../tests/fixtures/media/portrait-4x5.jpg")),
    ]),
    "photo.jpg",
  );
  upload.append("media_category", "tweet_image");
  const media = (await (
    await fetch(`${sandbox.url}/api.x.com/2/media/upload`, {
      method: "POST",
      headers: auth,
      body: upload,
    })
  ).json()) as { data: { id: string } };
  for (const body of [
    { text: "Cross-posted from Socialite: launch day! 🚀 https://example.com/launch" },
    { text: "Behind the scenes at the sandbox studio", media: { media_ids: [media.data.id] } },
  ]) {
    await fetch(`${sandbox.url}/api.x.com/2/tweets`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }
}

// Design review aid: every page at desktop and phone width (SANDBOX_SCREENSHOTS=<dir> to choose where).
test("screenshots of consent and inbox pages", async ({ page }) => {
  const dir = process.env.SANDBOX_SCREENSHOTS ?? test.info().outputPath("screens");
  mkdirSync(dir, { recursive: true });
  await seedInbox();
  const pages: Record<string, string> = {
    "consent-x": authorizeUrls.x(pkce().challenge),
    "consent-facebook": authorizeUrls.facebook(),
    "consent-instagram": authorizeUrls.instagram(),
    "consent-tiktok": authorizeUrls.tiktok(pkce().challenge),
    "inbox-x": `${sandbox.url}/_sandbox/inbox/x`,
    index: `${sandbox.url}/`,
  };
  for (const [name, url] of Object.entries(pages)) {
    for (const [label, size] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(url);
      await expect(page.getByText("SANDBOX", { exact: true })).toBeVisible();
      await page.screenshot({ path: path.join(dir, `${name}-${label}.png`), fullPage: true });
    }
  }
});
