// The callback against the real sandbox: a full link, then the refusals that need the network —
// a code it refuses, the network down, a grant missing a permission. None stores anything.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

const ports = vi.hoisted(() => {
  const sandbox = 20_000 + (process.pid % 20_000);
  process.env.SANDBOX_URL = `http://127.0.0.1:${sandbox}`;
  process.env.APP_URL = "http://localhost:3998";
  return { sandbox };
});

import { getDb } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";
import { startSandbox } from "@/sandbox/server";
import { createUser } from "@/tests/integration/factories";
import { completeConnect } from "./complete-connect";
import { ConnectError, type ConnectErrorCode } from "./connect-errors";
import { startConnect } from "./start-connect";

const db = getDb();
let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
  sandbox = await startSandbox({ port: ports.sandbox, appUrls: ["http://localhost:3998"] });
});

afterAll(async () => {
  await sandbox.close();
  await db.$disconnect();
});

async function control(path: string, body: unknown) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { location?: string };
}

/** Starts linking as the app does and answers the consent like the person would. */
async function consent(userId: string, provider: ProviderId, answer: Record<string, unknown> = {}) {
  const started = await startConnect({ userId, provider, returnPath: "/accounts" });
  const { location } = await control("/_sandbox/authorize", {
    url: started.authorizationUrl,
    ...answer,
  });
  if (!location) throw new Error(`no redirect from the consent: ${JSON.stringify(answer)}`);
  const params = new URL(location).searchParams;
  return { params, binding: started.binding };
}

async function refusal(promise: Promise<unknown>): Promise<ConnectErrorCode> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectError);
  return (error as ConnectError).code;
}

describe("completeConnect with the sandbox", () => {
  test("links an X account, then refuses the same answer replayed", async () => {
    const user = await createUser();
    const { params, binding } = await consent(user.id, "x");
    const outcome = await completeConnect({ provider: "x", userId: user.id, binding, params });
    expect(outcome).toMatchObject({ kind: "linked", returnPath: "/accounts", reconnected: false });
    const row = await db.socialAccount.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.accessToken).toMatch(/^v1\./);
    expect(row.grantedScopes).toContain("tweet.write");
    expect(
      await refusal(completeConnect({ provider: "x", userId: user.id, binding, params })),
    ).toBe("reused");
  });

  test("a code the network refuses (another flow's code) stores nothing", async () => {
    const user = await createUser();
    const first = await consent(user.id, "tiktok");
    const second = await consent(user.id, "tiktok");
    // The second attempt's state with the first attempt's code: the PKCE verifier cannot match.
    const mixed = new URLSearchParams(second.params);
    mixed.set("code", first.params.get("code")!);
    const code = await refusal(
      completeConnect({
        provider: "tiktok",
        userId: user.id,
        binding: second.binding,
        params: mixed,
      }),
    );
    expect(code).toBe("code_rejected");
    expect(await db.socialAccount.count({ where: { userId: user.id } })).toBe(0);
  });

  test.each(["server_error", "drop"] as const)(
    "the network failing (%s) is 'try again', not a broken link",
    async (kind) => {
      const user = await createUser();
      const { params, binding } = await consent(user.id, "x");
      await control("/_sandbox/faults", {
        network: "x",
        kind,
        endpoint: "token",
        count: 1,
        status: 503,
      });
      expect(
        await refusal(completeConnect({ provider: "x", userId: user.id, binding, params })),
      ).toBe("network_unavailable");
      expect(await db.socialAccount.count({ where: { userId: user.id } })).toBe(0);
    },
  );

  test("a grant without the posting permission names what is missing", async () => {
    const user = await createUser();
    const { params, binding } = await consent(user.id, "x", { declined: ["tweet.write"] });
    const error = await completeConnect({ provider: "x", userId: user.id, binding, params }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as ConnectError).code).toBe("missing_scope");
    expect((error as ConnectError).missingScopes).toEqual(["tweet.write"]);
    expect((error as ConnectError).detail).toBeUndefined();
    expect(await db.socialAccount.count({ where: { userId: user.id } })).toBe(0);
  });

  test("Facebook with two Pages waits for the person's choice", async () => {
    const user = await createUser();
    const { params, binding } = await consent(user.id, "facebook");
    const outcome = await completeConnect({
      provider: "facebook",
      userId: user.id,
      binding,
      params,
    });
    expect(outcome.kind).toBe("choose");
    expect(await db.socialAccount.count({ where: { userId: user.id } })).toBe(0);
  });
});
