import { describe, expect, it } from "vitest";
import { providerRejection as rejection } from "../testing/expect-error";
import { setupSandbox } from "../testing/suite";

const env = setupSandbox();

const ALICE = "1500000000000000001";

describe("X against the sandbox", () => {
  it("exchanges a PKCE code for tokens and the user's profile", async () => {
    const result = await env.sandbox.link("x");
    expect(result.skipped).toEqual([]);
    expect(result.accounts).toHaveLength(1);
    const [account] = result.accounts;
    expect(account).toMatchObject({
      externalId: ALICE,
      handle: "sandbox_alice",
      displayName: "Alice Sandbox",
    });
    expect(account?.grantedScopes.sort()).toEqual(
      ["media.write", "offline.access", "tweet.read", "tweet.write", "users.read"].sort(),
    );
    expect(account?.tokens.refreshToken).toBeTruthy();
    const ttl = (account?.tokens.accessTokenExpiresAt?.getTime() ?? 0) - Date.now();
    expect(ttl).toBeGreaterThan(7_100_000);
    expect(ttl).toBeLessThanOrEqual(7_200_000);
  });

  it("refuses a code presented twice", async () => {
    const x = env.sandbox.adapter("x");
    const { code } = await env.sandbox.link("x", { adapter: x });
    const error = await rejection(
      x.exchangeCode({
        code,
        redirectUri: env.sandbox.redirectUri("x"),
        codeVerifier: "a".repeat(43),
      }),
    );
    expect(error.kind).toBe("auth");
  });

  it("rotates the refresh token; the old one is refused afterwards as auth", async () => {
    const x = env.sandbox.adapter("x");
    const [account] = (await env.sandbox.link("x", { adapter: x })).accounts;
    const first = account!.tokens;
    const second = await x.refresh(first);
    expect(second.refreshToken).toBeTruthy();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.scopes.length).toBeGreaterThan(0);

    const reuse = await rejection(x.refresh(first));
    expect(reuse).toMatchObject({ kind: "auth", provider: "x", httpStatus: 400 });
    expect(JSON.stringify(reuse)).not.toContain(first.refreshToken);
    expect(reuse.message).not.toContain(first.refreshToken!);
  });

  it("revokes the grant: counted by the sandbox, and the tokens stop working", async () => {
    const x = env.sandbox.adapter("x");
    const [account] = (await env.sandbox.link("x", { adapter: x })).accounts;
    await x.revoke(account!.tokens);
    const counters = await env.sandbox.counters();
    expect(counters.revocations?.x?.[ALICE]).toBe(1);
    expect((await rejection(x.refresh(account!.tokens))).kind).toBe("auth");
    // Revoking again is harmless (RFC 7009).
    await expect(x.revoke(account!.tokens)).resolves.toBeUndefined();
  });

  it("a wrong client secret is auth, and the secret never appears in the error", async () => {
    const wrong = env.sandbox.adapter("x", { clientSecret: "wrong-secret-canary-123" });
    const error = await rejection(env.sandbox.link("x", { adapter: wrong }));
    expect(error).toMatchObject({
      kind: "auth",
      providerCode: "unauthorized_client",
      httpStatus: 401,
    });
    expect(JSON.stringify(error)).not.toContain("wrong-secret-canary-123");
  });

  it.each([500, 502, 503, 504] as const)(
    "a %i from the token endpoint is transient, never auth",
    async (status) => {
      const x = env.sandbox.adapter("x");
      const [account] = (await env.sandbox.link("x", { adapter: x })).accounts;
      await env.sandbox.fault({ network: "x", kind: "server_error", endpoint: "token", status });
      const error = await rejection(x.refresh(account!.tokens));
      expect(error).toMatchObject({ kind: "transient", httpStatus: status });
      // The refresh token survived the outage.
      await expect(x.refresh(account!.tokens)).resolves.toMatchObject({
        accessToken: expect.any(String),
      });
    },
  );

  it("a token endpoint that hangs is transient (timeout), and a dropped connection too", async () => {
    const x = env.sandbox.adapter("x", { timeoutMs: 300 });
    const [account] = (await env.sandbox.link("x", { adapter: x })).accounts;
    await env.sandbox.fault({ network: "x", kind: "hang", endpoint: "token" });
    expect(await rejection(x.refresh(account!.tokens))).toMatchObject({
      kind: "transient",
      providerCode: "timeout",
    });
    await env.sandbox.fault({ network: "x", kind: "drop", endpoint: "token" });
    expect((await rejection(x.refresh(account!.tokens))).kind).toBe("transient");
  });

  it("a 5xx or a rate limit on the profile call during linking is transient / rate_limited", async () => {
    await env.sandbox.fault({
      network: "x",
      kind: "server_error",
      endpoint: "users_me",
      status: 503,
    });
    expect((await rejection(env.sandbox.link("x"))).kind).toBe("transient");
    await env.sandbox.fault({
      network: "x",
      kind: "rate_limit",
      endpoint: "users_me",
      resetInSeconds: 120,
    });
    const limited = await rejection(env.sandbox.link("x"));
    expect(limited.kind).toBe("rate_limited");
    expect(limited.retryAfterMs).toBeGreaterThan(100_000);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(121_000);
  });

  it("an invalid_grant on refresh is auth", async () => {
    const x = env.sandbox.adapter("x");
    const [account] = (await env.sandbox.link("x", { adapter: x })).accounts;
    await env.sandbox.fault({ network: "x", kind: "invalid_grant", endpoint: "token" });
    expect((await rejection(x.refresh(account!.tokens))).kind).toBe("auth");
  });
});
