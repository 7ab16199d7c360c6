import { describe, expect, it } from "vitest";
import { providerRejection as rejection } from "../testing/expect-error";
import { setupSandbox } from "../testing/suite";

const env = setupSandbox();

const ALICE = "100000000000001";
const BAKERY = "200000000000001";
const RUNS = "200000000000002";
const REQUESTED = [
  "pages_show_list",
  "pages_manage_posts",
  "pages_read_engagement",
  "publish_video",
];

describe("Facebook against the sandbox", () => {
  it("links each Page the person granted, each with its own non-expiring Page token", async () => {
    const result = await env.sandbox.link("facebook", { user: ALICE });
    expect(
      result.accounts.map((account) => [account.externalId, account.displayName]).sort(),
    ).toEqual([
      [BAKERY, "Alice's Bakery"],
      [RUNS, "Alice Runs"],
    ]);
    for (const account of result.accounts) {
      expect(account.tokens.accessTokenExpiresAt).toBeUndefined();
      expect(account.tokens.refreshToken).toBeUndefined();
      // Graph lists public_profile as granted with every Login, requested or not.
      expect([...account.grantedScopes].sort()).toEqual([...REQUESTED, "public_profile"].sort());
      expect(account.metadata).toMatchObject({ pageId: account.externalId, userId: ALICE });
    }
    const [first, second] = result.accounts;
    expect(first?.tokens.accessToken).not.toBe(second?.tokens.accessToken);
  });

  it("links only the Pages picked in the dialog", async () => {
    const result = await env.sandbox.link("facebook", { user: ALICE, pages: [RUNS] });
    expect(result.accounts.map((account) => account.externalId)).toEqual([RUNS]);
  });

  it("Page tokens outlive the 60-day user token; refresh proves them, and fails as auth once revoked", async () => {
    const facebook = env.sandbox.adapter("facebook");
    const [page] = (
      await env.sandbox.link("facebook", { user: ALICE, pages: [BAKERY], adapter: facebook })
    ).accounts;
    await env.sandbox.advanceClock(61 * 24 * 3600);
    await expect(facebook.refresh(page!.tokens)).resolves.toEqual(page!.tokens);
    await env.sandbox.revokeAtNetwork("facebook", BAKERY);
    const error = await rejection(facebook.refresh(page!.tokens));
    expect(error.kind).toBe("auth");
    expect(error.message).not.toContain(page!.tokens.accessToken);
  });

  it("has nothing to revoke per Page: revoke makes no call", async () => {
    const facebook = env.sandbox.adapter("facebook");
    const [page] = (await env.sandbox.link("facebook", { user: ALICE, adapter: facebook }))
      .accounts;
    expect(facebook.supportsRevoke).toBe(false);
    await facebook.revoke(page!.tokens);
    expect((await env.sandbox.counters()).revocations?.facebook).toBeUndefined();
  });

  it("a wrong app secret is auth and never appears in the error", async () => {
    const wrong = env.sandbox.adapter("facebook", { clientSecret: "wrong-fb-secret-canary" });
    const error = await rejection(env.sandbox.link("facebook", { adapter: wrong }));
    expect(error.kind).toBe("auth");
    expect(JSON.stringify(error)).not.toContain("wrong-fb-secret-canary");
  });

  it("a 5xx or a timeout is transient, never auth", async () => {
    await env.sandbox.fault({
      network: "facebook",
      kind: "server_error",
      endpoint: "token",
      status: 503,
    });
    expect((await rejection(env.sandbox.link("facebook"))).kind).toBe("transient");

    const facebook = env.sandbox.adapter("facebook", { timeoutMs: 300 });
    const [page] = (await env.sandbox.link("facebook", { adapter: facebook })).accounts;
    await env.sandbox.fault({ network: "facebook", kind: "server_error", status: 500 });
    expect((await rejection(facebook.refresh(page!.tokens))).kind).toBe("transient");
    await env.sandbox.fault({ network: "facebook", kind: "hang" });
    expect(await rejection(facebook.refresh(page!.tokens))).toMatchObject({
      kind: "transient",
      providerCode: "timeout",
    });
  });

  it("throttling is rate_limited", async () => {
    const facebook = env.sandbox.adapter("facebook");
    const [page] = (await env.sandbox.link("facebook", { adapter: facebook })).accounts;
    await env.sandbox.fault({ network: "facebook", kind: "rate_limit", resetInSeconds: 600 });
    expect((await rejection(facebook.refresh(page!.tokens))).kind).toBe("rate_limited");
  });
});
