import { describe, expect, it } from "vitest";
import { providerRejection as rejection } from "../testing/expect-error";
import { setupSandbox } from "../testing/suite";

const env = setupSandbox();

const ALICE_IG = "17841400000000001";
const DAY = 24 * 3600;

describe("Instagram against the sandbox", () => {
  it.each(["data", "flat"] as const)(
    "exchanges the code (%s token response), then links the professional account with a 60-day token",
    async (shape) => {
      await env.sandbox.configure({ instagram: { tokenResponseShape: shape } });
      const result = await env.sandbox.link("instagram", { user: ALICE_IG });
      expect(result.skipped).toEqual([]);
      const [account] = result.accounts;
      expect(account).toMatchObject({
        externalId: ALICE_IG,
        handle: "sandbox_alice.ig",
        metadata: { igUserId: ALICE_IG, appScopedId: "27000000000000001", accountType: "BUSINESS" },
      });
      expect([...(account?.grantedScopes ?? [])].sort()).toEqual([
        "instagram_business_basic",
        "instagram_business_content_publish",
      ]);
      const ttlDays =
        ((account?.tokens.accessTokenExpiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
      expect(ttlDays).toBeGreaterThan(59);
      expect(ttlDays).toBeLessThanOrEqual(60);
    },
  );

  it("a personal account is refused at consent (the adapter's own skip is unit-tested)", async () => {
    await expect(env.sandbox.link("instagram", { user: "sandbox_personal.ig" })).rejects.toThrow();
  });

  it("refreshes a long-lived token once it is a day old (refresh_access_token), counted by the sandbox", async () => {
    const instagram = env.sandbox.adapter("instagram");
    const [account] = (await env.sandbox.link("instagram", { user: ALICE_IG, adapter: instagram }))
      .accounts;
    await env.sandbox.advanceClock(2 * DAY);
    const renewed = await instagram.refresh(account!.tokens);
    expect(renewed.accessToken).not.toBe(account!.tokens.accessToken);
    expect(renewed.scopes).toEqual(account!.tokens.scopes);
    expect((await env.sandbox.counters()).refreshes?.instagram?.[ALICE_IG]).toBe(1);
    // The refreshed token replaces the old one (refreshPolicy.invalidatesPrevious).
    expect((await rejection(instagram.refresh(account!.tokens))).kind).toBe("auth");
  });

  it("a token too young to refresh is refused without being declared dead (not auth)", async () => {
    const instagram = env.sandbox.adapter("instagram");
    const [account] = (await env.sandbox.link("instagram", { user: ALICE_IG, adapter: instagram }))
      .accounts;
    const error = await rejection(instagram.refresh(account!.tokens));
    expect(error.kind).toBe("invalid_content");
    await env.sandbox.advanceClock(2 * DAY);
    await expect(instagram.refresh(account!.tokens)).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
  });

  it("an expired long-lived token cannot be refreshed: auth", async () => {
    const instagram = env.sandbox.adapter("instagram");
    const [account] = (await env.sandbox.link("instagram", { user: ALICE_IG, adapter: instagram }))
      .accounts;
    await env.sandbox.advanceClock(61 * DAY);
    const error = await rejection(instagram.refresh(account!.tokens));
    expect(error.kind).toBe("auth");
    expect(JSON.stringify(error)).not.toContain(account!.tokens.accessToken);
  });

  it("a wrong app secret is auth and never appears in the error", async () => {
    const wrong = env.sandbox.adapter("instagram", { clientSecret: "wrong-ig-secret-canary" });
    const error = await rejection(env.sandbox.link("instagram", { adapter: wrong }));
    expect(error.kind).toBe("auth");
    expect(JSON.stringify(error)).not.toContain("wrong-ig-secret-canary");
  });

  it("a 5xx or a timeout is transient, never auth", async () => {
    await env.sandbox.fault({
      network: "instagram",
      kind: "server_error",
      endpoint: "token",
      status: 502,
    });
    expect((await rejection(env.sandbox.link("instagram"))).kind).toBe("transient");

    const instagram = env.sandbox.adapter("instagram", { timeoutMs: 300 });
    const [account] = (await env.sandbox.link("instagram", { adapter: instagram })).accounts;
    await env.sandbox.advanceClock(2 * DAY);
    await env.sandbox.fault({ network: "instagram", kind: "server_error", status: 500 });
    expect((await rejection(instagram.refresh(account!.tokens))).kind).toBe("transient");
    await env.sandbox.fault({ network: "instagram", kind: "hang" });
    expect(await rejection(instagram.refresh(account!.tokens))).toMatchObject({
      kind: "transient",
      providerCode: "timeout",
    });
    await expect(instagram.refresh(account!.tokens)).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
  });
});
