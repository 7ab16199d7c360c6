/**
 * Throttles failed sign-ins (ASVS 6.1.1 / 6.3.1) without letting an attacker lock the real user
 * out. Three counters of failures, kept in Redis (in memory if Redis is down):
 *  - per IP, any account: stops one source from spraying many accounts;
 *  - per (account, IP): stops guessing one account from one source;
 *  - per account, any IP: stops a distributed attack on one account, but it is only enforced for
 *    IPs that have never signed in to that account successfully, so the owner's usual network
 *    keeps working while the attack goes on.
 * No hard lockout anywhere: every block expires on its own.
 */
import { createHash } from "node:crypto";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
} from "rate-limiter-flexible";
import { getWebRedis } from "@/lib/redis/connection";

export const THROTTLE_RULES = {
  ip: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  accountAndIp: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  account: { points: 50, duration: 60 * 60, blockDuration: 60 * 60 },
} as const;

const KNOWN_IP_TTL_SECONDS = 90 * 24 * 60 * 60;

type Limiters = Record<keyof typeof THROTTLE_RULES, RateLimiterAbstract>;

let limiters: Limiters | undefined;

function getLimiters(): Limiters {
  if (limiters) return limiters;
  const storeClient = getWebRedis();
  const make = (name: keyof typeof THROTTLE_RULES) =>
    new RateLimiterRedis({
      storeClient,
      keyPrefix: `signin:${name}`,
      ...THROTTLE_RULES[name],
      insuranceLimiter: new RateLimiterMemory({
        keyPrefix: `signin:${name}`,
        ...THROTTLE_RULES[name],
      }),
    });
  limiters = { ip: make("ip"), accountAndIp: make("accountAndIp"), account: make("account") };
  return limiters;
}

// Emails are hashed in keys so Redis never holds a list of addresses.
const accountKey = (email: string) => createHash("sha256").update(email).digest("hex").slice(0, 32);
const knownIpsKey = (email: string) => `signin:known:${accountKey(email)}`;

async function isKnownIp(email: string, ip: string): Promise<boolean> {
  try {
    return (await getWebRedis().sismember(knownIpsKey(email), ip)) === 1;
  } catch {
    return false;
  }
}

async function blockedFor(
  limiter: RateLimiterAbstract,
  key: string,
  points: number,
): Promise<number> {
  const res = await limiter.get(key).catch(() => null);
  return res && res.consumedPoints > points ? res.msBeforeNext : 0;
}

/** How long this attempt must wait, in ms (0 = go ahead). */
export async function signInWaitMs(email: string, ip: string): Promise<number> {
  const l = getLimiters();
  const account = accountKey(email);
  const waits = await Promise.all([
    blockedFor(l.ip, ip, THROTTLE_RULES.ip.points - 1),
    blockedFor(l.accountAndIp, `${account}:${ip}`, THROTTLE_RULES.accountAndIp.points - 1),
    isKnownIp(email, ip).then((known) =>
      known ? 0 : blockedFor(l.account, account, THROTTLE_RULES.account.points - 1),
    ),
  ]);
  return Math.max(...waits);
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  const l = getLimiters();
  const account = accountKey(email);
  // consume() rejects once over the limit; that rejection is the block itself, not an error.
  await Promise.allSettled([
    l.ip.consume(ip),
    l.accountAndIp.consume(`${account}:${ip}`),
    l.account.consume(account),
  ]);
}

export async function recordSignInSuccess(email: string, ip: string): Promise<void> {
  const l = getLimiters();
  await l.accountAndIp.delete(`${accountKey(email)}:${ip}`).catch(() => false);
  try {
    const key = knownIpsKey(email);
    await getWebRedis().multi().sadd(key, ip).expire(key, KNOWN_IP_TTL_SECONDS).exec();
  } catch {
    // Remembering the IP only softens future throttling; signing in must not depend on it.
  }
}
