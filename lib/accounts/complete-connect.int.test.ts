// The callback's refusals that need no network: each stores nothing and never redeems a code.
import { afterAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";
import { createUser } from "@/tests/integration/factories";
import { completeConnect } from "./complete-connect";
import { ConnectError, type ConnectErrorCode } from "./connect-errors";
import { startConnect } from "./start-connect";

const db = getDb();

async function start(userId: string, provider: ProviderId = "x") {
  const started = await startConnect({ userId, provider, returnPath: "/accounts" });
  const state = new URL(started.authorizationUrl).searchParams.get("state");
  if (!state) throw new Error("no state in the authorization URL");
  return { ...started, state };
}

async function expectRefusal(promise: Promise<unknown>, code: ConnectErrorCode) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectError);
  expect((error as ConnectError).code).toBe(code);
}

const params = (values: Record<string, string>) => new URLSearchParams(values);

afterAll(async () => {
  await db.$disconnect();
});

describe("completeConnect refusals", () => {
  test("the attempt stores only hashes and ciphertext, and expires in 10 minutes", async () => {
    const user = await createUser();
    const { state, binding } = await start(user.id);
    const row = await db.connectAttempt.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.stateHash).not.toContain(state);
    expect(row.bindingHash).not.toBe(binding);
    expect(row.codeVerifier).toMatch(/^v1\./);
    const ttl = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(ttl).toBeGreaterThan(9.9 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000 + 1000);
  });

  test("missing, unknown, other-network, other-user and other-browser states are refused", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { state, binding } = await start(owner.id, "x");
    const base = { provider: "x" as const, userId: owner.id, binding };

    await expectRefusal(
      completeConnect({ ...base, params: params({ code: "c" }) }),
      "missing_state",
    );
    await expectRefusal(
      completeConnect({ ...base, params: params({ code: "c", state: "not-a-real-state" }) }),
      "unknown_state",
    );
    // Mix-up: an X attempt delivered to the TikTok callback.
    await expectRefusal(
      completeConnect({ ...base, provider: "tiktok", params: params({ code: "c", state }) }),
      "wrong_network",
    );
    // Cross-user fixation: the authorize URL completed by someone else.
    await expectRefusal(
      completeConnect({ ...base, userId: other.id, params: params({ code: "c", state }) }),
      "wrong_user",
    );
    await expectRefusal(
      completeConnect({
        ...base,
        binding: "another-browser",
        params: params({ code: "c", state }),
      }),
      "wrong_browser",
    );
    await expectRefusal(
      completeConnect({ ...base, binding: undefined, params: params({ code: "c", state }) }),
      "wrong_browser",
    );
    // None of those consumed the attempt.
    const row = await db.connectAttempt.findFirstOrThrow({ where: { userId: owner.id } });
    expect(row.usedAt).toBeNull();
    expect(await db.socialAccount.count({ where: { userId: { in: [owner.id, other.id] } } })).toBe(
      0,
    );
  });

  test("Cancel on the consent page is reported and the state cannot be used again", async () => {
    const user = await createUser();
    const { state, binding } = await start(user.id, "tiktok");
    const cancel = params({ error: "access_denied", error_description: "User cancelled", state });
    await expectRefusal(
      completeConnect({ provider: "tiktok", userId: user.id, binding, params: cancel }),
      "cancelled",
    );
    await expectRefusal(
      completeConnect({
        provider: "tiktok",
        userId: user.id,
        binding,
        params: params({ code: "c", state }),
      }),
      "reused",
    );
    expect(await db.socialAccount.count({ where: { userId: user.id } })).toBe(0);
  });

  test("an expired attempt is refused", async () => {
    const user = await createUser();
    const { state, binding } = await start(user.id, "facebook");
    await db.connectAttempt.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expectRefusal(
      completeConnect({
        provider: "facebook",
        userId: user.id,
        binding,
        params: params({ code: "c", state }),
      }),
      "expired",
    );
  });

  test("a network error other than Cancel carries the network's words", async () => {
    const user = await createUser();
    const { state, binding } = await start(user.id, "instagram");
    const error = await completeConnect({
      provider: "instagram",
      userId: user.id,
      binding,
      params: params({
        error: "server_error",
        error_description: "Something broke upstream",
        state,
      }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as ConnectError).code).toBe("provider_error");
    expect((error as ConnectError).detail).toContain("Something broke upstream");
  });
});
