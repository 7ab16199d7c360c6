/**
 * "Did it post?" after a create request whose answer was lost: asks the network (recent posts,
 * or the saved publish id) instead of guessing. Posting again without asking is how duplicates
 * happen; giving up without asking is how posts get lost.
 */

import type { Redis } from "ioredis";
import { getValidAccessToken } from "@/lib/accounts/get-valid-access-token";
import type { ProviderId } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";
import type { JsonValue } from "@/lib/providers/types";
import type { LoadedTarget } from "./load-target";
import type { AttemptResult } from "./publish-target";

export type Reconciliation =
  | { outcome: "found"; result: AttemptResult }
  | { outcome: "not_found" }
  | { outcome: "unknown"; result: AttemptResult };

// The network's clock and ours differ; a post a little older than our marker can still be ours.
const CLOCK_SLACK_MS = 2 * 60_000;

const asObject = (value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, JsonValue>)
    : {};

export async function reconcileTarget(target: LoadedTarget, redis: Redis): Promise<Reconciliation> {
  const unknown: Reconciliation = {
    outcome: "unknown",
    result: { outcome: "unconfirmed", message: "The network did not confirm the post." },
  };
  const publisher = getProvider(target.provider as ProviderId);
  const account = target.socialAccount;
  if (!publisher.findPublished || !account) return unknown;
  try {
    const { accessToken } = await getValidAccessToken(account.id, redis);
    const since = new Date((target.createSentAt ?? new Date()).getTime() - CLOCK_SLACK_MS);
    const found = await publisher.findPublished({
      accessToken,
      account: {
        externalId: account.externalId,
        handle: account.handle,
        metadata: asObject(account.metadata),
      },
      text: target.textOverride ?? target.post.text,
      since,
      steps: asObject(target.stepState),
    });
    return found
      ? {
          outcome: "found",
          result: { outcome: "published", remoteId: found.remoteId, url: found.url },
        }
      : { outcome: "not_found" };
  } catch {
    return unknown;
  }
}
