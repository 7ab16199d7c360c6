// Sign-in throttling against real PostgreSQL and Redis (ASVS 6.1.1/6.3.1): attacks are slowed,
// the owner is never locked out.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { getWebRedis } from "@/lib/redis/connection";
import { authenticate } from "./authenticate";
import { THROTTLE_RULES } from "./sign-in-throttle";
import { signUp } from "./sign-up";

const password = "a long enough passphrase";
const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

async function newUser() {
  const email = `throttle-${randomUUID()}@example.test`;
  const created = await signUp({ name: "Owner", email, password });
  expect(created.ok).toBe(true);
  return email;
}

afterAll(async () => {
  await getDb().$disconnect();
  getWebRedis().disconnect();
});

describe("authenticate", () => {
  test("accepts the right password and refuses a wrong one without saying which part was wrong", async () => {
    const email = await newUser();
    expect(await authenticate({ email, password }, ip())).toMatchObject({ ok: true });
    expect(await authenticate({ email, password: "wrong password" }, ip())).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await authenticate({ email: `nobody-${randomUUID()}@example.test`, password }, ip()),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  test("100 guesses from one IP are throttled, the owner on their own network still signs in", async () => {
    const email = await newUser();
    const home = ip();
    expect((await authenticate({ email, password }, home)).ok).toBe(true);

    const attacker = ip();
    const results = [];
    for (let i = 0; i < 100; i++)
      results.push(await authenticate({ email, password: `guess-${i}` }, attacker));
    const throttled = results.filter((r) => !r.ok && r.reason === "throttled");
    expect(throttled.length).toBeGreaterThanOrEqual(100 - THROTTLE_RULES.accountAndIp.points);
    // The right password from the attacker's IP is refused too: the block does not leak validity.
    expect(await authenticate({ email, password }, attacker)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await authenticate({ email, password }, home)).toMatchObject({ ok: true });
  });

  test("a distributed attack on one account blocks new IPs but not the owner's known IP", async () => {
    const email = await newUser();
    const home = ip();
    expect((await authenticate({ email, password }, home)).ok).toBe(true);
    for (let i = 0; i < THROTTLE_RULES.account.points + 5; i++) {
      await authenticate({ email, password: `guess-${i}` }, ip());
    }
    expect(await authenticate({ email, password }, ip())).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await authenticate({ email, password }, home)).toMatchObject({ ok: true });
  });

  test("one IP spraying many accounts is throttled", async () => {
    const sprayer = ip();
    for (let i = 0; i < THROTTLE_RULES.ip.points; i++) {
      await authenticate(
        { email: `spray-${i}-${randomUUID()}@example.test`, password: "x" },
        sprayer,
      );
    }
    const email = await newUser();
    const result = await authenticate({ email, password }, sprayer);
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    if (!result.ok && result.reason === "throttled") expect(result.retryAfterMs).toBeGreaterThan(0);
  });
});
