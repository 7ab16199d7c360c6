/**
 * One publish attempt of one target (ARCHITECTURE.md "Publishing a target"): claim, token,
 * resumable network steps, one final write. The database decides what happens, so a re-delivered
 * job for a published target makes no network call, and a crash after the create request was
 * sent is reconciled against the network instead of posting again.
 */

import type { Redis } from "ioredis";
import {
  AccountNeedsReconnectError,
  AccountNotFoundError,
  getValidAccessToken,
} from "@/lib/accounts/get-valid-access-token";
import { db, type Prisma } from "@/lib/db/client";
import { ProviderError } from "@/lib/providers/provider-error";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { PublishContext, PublishedPost } from "@/lib/providers/publishing-types";
import { getProvider } from "@/lib/providers/registry";
import type { JsonValue } from "@/lib/providers/types";
import { type LoadedTarget, loadTarget } from "./load-target";
import { toPublishMedia } from "./publish-media";
import { reconcileTarget } from "./reconcile-target";
import { settleTarget } from "./settle-target";

export type AttemptResult =
  | { outcome: "published"; remoteId: string; url: string }
  | { outcome: "noop"; reason: string }
  | { outcome: "failed"; message: string }
  | { outcome: "waiting"; reason: string }
  | { outcome: "unconfirmed"; message: string }
  | { outcome: "retry"; error: ProviderError; delayMs?: number };

export type PublishDeps = { redis: Redis; lastAttempt: boolean; signal?: AbortSignal };

const asJsonObject = (value: unknown): Record<string, JsonValue> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, JsonValue>)
    : {};

async function claim(targetId: string): Promise<boolean> {
  const { count } = await db.postTarget.updateMany({
    where: { id: targetId, status: { in: ["QUEUED", "PUBLISHING"] } },
    data: { status: "PUBLISHING", attempts: { increment: 1 }, nextAttemptAt: null },
  });
  return count === 1;
}

function contextFor(
  target: LoadedTarget,
  accessToken: string,
  signal?: AbortSignal,
): PublishContext {
  const account = target.socialAccount!;
  let steps = asJsonObject(target.stepState);
  return {
    accessToken,
    account: {
      externalId: account.externalId,
      handle: account.handle,
      metadata: asJsonObject(account.metadata),
    },
    text: target.textOverride ?? target.post.text,
    media: target.post.media.map(({ media }) => toPublishMedia(media)),
    settings: asJsonObject(target.settings),
    steps,
    signal,
    saveSteps: async (update) => {
      steps = { ...steps, ...update };
      for (const [key, value] of Object.entries(update)) if (value === null) delete steps[key];
      await db.postTarget.update({
        where: { id: target.id },
        data: { stepState: steps as Prisma.InputJsonObject },
      });
    },
    beforeCreate: async () => {
      await db.postTarget.update({ where: { id: target.id }, data: { createSentAt: new Date() } });
    },
  };
}

async function publishWithAuthRetry(
  target: LoadedTarget,
  deps: PublishDeps,
): Promise<PublishedPost> {
  const publisher = getProvider(target.provider as ProviderId);
  const accountId = target.socialAccount!.id;
  const first = await getValidAccessToken(accountId, deps.redis);
  try {
    return await publisher.publish(contextFor(target, first.accessToken, deps.signal));
  } catch (error) {
    if (!(error instanceof ProviderError) || error.kind !== "auth") throw error;
    // The network refused a token we believed valid: refresh once and try again (E-3).
    const fresh = await getValidAccessToken(accountId, deps.redis, { force: true });
    const reloaded = (await loadTarget(target.id)) ?? target;
    return publisher.publish(contextFor(reloaded, fresh.accessToken, deps.signal));
  }
}

export async function publishTarget(targetId: string, deps: PublishDeps): Promise<AttemptResult> {
  const target = await loadTarget(targetId);
  if (!target) return { outcome: "noop", reason: "the target no longer exists" };
  if (target.status !== "QUEUED" && target.status !== "PUBLISHING") {
    return { outcome: "noop", reason: `the target is ${target.status.toLowerCase()}` };
  }
  const account = target.socialAccount;
  if (!account)
    return settleTarget(target, {
      outcome: "failed",
      message: "The account was unlinked before this post went out.",
    });
  if (account.userId !== target.post.userId) {
    return settleTarget(target, {
      outcome: "failed",
      message: "This account doesn't belong to the post's author.",
    });
  }
  if (account.status === "NEEDS_RECONNECT" || account.status === "REVOKED") {
    return settleTarget(target, {
      outcome: "waiting",
      reason: `Waiting for you to reconnect @${account.handle}.`,
    });
  }
  if (!(await claim(target.id))) return { outcome: "noop", reason: "another attempt settled it" };

  // A previous attempt sent the create request and never recorded the answer (crash, lost reply).
  if (target.createSentAt && !target.remoteId) {
    const reconciled = await reconcileTarget(target, deps.redis);
    if (reconciled.outcome !== "not_found") return settleTarget(target, reconciled.result);
    target.createSentAt = null;
  }

  const attempt = await db.publishAttempt.create({
    data: { targetId: target.id },
    select: { id: true },
  });
  const result = await runAttempt(target, deps);
  await settleTarget(target, result, attempt.id);
  return result;
}

async function runAttempt(target: LoadedTarget, deps: PublishDeps): Promise<AttemptResult> {
  try {
    const published = await publishWithAuthRetry(target, deps);
    return { outcome: "published", remoteId: published.remoteId, url: published.url };
  } catch (error) {
    if (error instanceof AccountNeedsReconnectError) {
      return {
        outcome: "waiting",
        reason: `Waiting for you to reconnect @${target.accountHandle}: ${error.reason}`,
      };
    }
    if (error instanceof AccountNotFoundError) {
      return { outcome: "failed", message: "The account was unlinked before this post went out." };
    }
    if (!(error instanceof ProviderError)) throw error;
    switch (error.kind) {
      case "invalid_content":
        return { outcome: "failed", message: error.message };
      case "auth": {
        // Refused even with a fresh token: the grant lost a permission. Tell the person.
        const reason = `The network refused Socialite's access: ${error.message}`;
        await db.socialAccount.updateMany({
          where: { id: target.socialAccount!.id, status: { in: ["ACTIVE", "EXPIRING"] } },
          data: { status: "NEEDS_RECONNECT", statusReason: reason.slice(0, 500) },
        });
        return { outcome: "waiting", reason };
      }
      case "unknown_outcome": {
        const latest = (await loadTarget(target.id)) ?? target;
        const reconciled = await reconcileTarget(latest, deps.redis);
        return reconciled.outcome === "found"
          ? reconciled.result
          : { outcome: "unconfirmed", message: error.message };
      }
      case "rate_limited":
        return { outcome: "retry", error, delayMs: error.retryAfterMs ?? 60_000 };
      case "transient":
        return deps.lastAttempt
          ? { outcome: "failed", message: `The network kept failing: ${error.message}` }
          : { outcome: "retry", error };
    }
  }
}
