import { describe, expect, it } from "vitest";
import { providerRejection as rejection } from "../testing/expect-error";
import { setupSandbox } from "../testing/suite";

const env = setupSandbox();

const ALICE = "-000SandboxCreatorAlice0000000001";

describe("TikTok against the sandbox", () => {
  it.each(["hex", "either"] as const)(
    "exchanges a code (PKCE challenge encoding accepted: %s) for tokens and the creator",
    async (pkceEncoding) => {
      await env.sandbox.configure({ tiktok: { pkceEncoding } });
      const result = await env.sandbox.link("tiktok", { user: ALICE });
      const [account] = result.accounts;
      expect(account).toMatchObject({
        externalId: ALICE,
        displayName: "Alice Creates",
        handle: "Alice Creates",
      });
      expect([...(account?.grantedScopes ?? [])].sort()).toEqual([
        "user.info.basic",
        "video.publish",
      ]);
      expect(account?.tokens.refreshToken).toBeTruthy();
      expect(account?.tokens.refreshTokenExpiresAt).toBeInstanceOf(Date);
    },
  );

  it("rotates the refresh token; the old one is refused afterwards as auth", async () => {
    const tiktok = env.sandbox.adapter("tiktok");
    const [account] = (await env.sandbox.link("tiktok", { adapter: tiktok })).accounts;
    const renewed = await tiktok.refresh(account!.tokens);
    expect(renewed.refreshToken).not.toBe(account!.tokens.refreshToken);
    const error = await rejection(tiktok.refresh(account!.tokens));
    expect(error.kind).toBe("auth");
    expect(JSON.stringify(error)).not.toContain(account!.tokens.refreshToken);
  });

  it("revokes: counted by the sandbox, and the grant is dead afterwards", async () => {
    const tiktok = env.sandbox.adapter("tiktok");
    const [account] = (await env.sandbox.link("tiktok", { adapter: tiktok })).accounts;
    await tiktok.revoke(account!.tokens);
    expect((await env.sandbox.counters()).revocations?.tiktok?.[ALICE]).toBe(1);
    expect((await rejection(tiktok.refresh(account!.tokens))).kind).toBe("auth");
  });

  it("a wrong client secret is auth and never appears in the error", async () => {
    const wrong = env.sandbox.adapter("tiktok", { clientSecret: "wrong-tt-secret-canary" });
    const error = await rejection(env.sandbox.link("tiktok", { adapter: wrong }));
    expect(error.kind).toBe("auth");
    expect(JSON.stringify(error)).not.toContain("wrong-tt-secret-canary");
  });

  it("a 5xx or a timeout is transient, never auth; the refresh token survives", async () => {
    const tiktok = env.sandbox.adapter("tiktok", { timeoutMs: 300 });
    const [account] = (await env.sandbox.link("tiktok", { adapter: tiktok })).accounts;
    await env.sandbox.fault({
      network: "tiktok",
      kind: "server_error",
      endpoint: "token",
      status: 500,
    });
    expect((await rejection(tiktok.refresh(account!.tokens))).kind).toBe("transient");
    await env.sandbox.fault({ network: "tiktok", kind: "hang", endpoint: "token" });
    expect(await rejection(tiktok.refresh(account!.tokens))).toMatchObject({
      kind: "transient",
      providerCode: "timeout",
    });
    await expect(tiktok.refresh(account!.tokens)).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
  });

  it("an invalid_grant on refresh is auth", async () => {
    const tiktok = env.sandbox.adapter("tiktok");
    const [account] = (await env.sandbox.link("tiktok", { adapter: tiktok })).accounts;
    await env.sandbox.fault({ network: "tiktok", kind: "invalid_grant" });
    expect((await rejection(tiktok.refresh(account!.tokens))).kind).toBe("auth");
  });
});
