/** Queue names: the contract between the web process (producer) and the worker (consumer). */
import { PROVIDER_IDS, type ProviderId } from "@/lib/providers/provider-id";

export const QUEUES = {
  publish: "publish",
  refresh: "refresh",
  maintenance: "maintenance",
} as const;

export type QueueName =
  | (typeof QUEUES)[keyof typeof QUEUES]
  | `${typeof QUEUES.publish}-${ProviderId}`;

/**
 * One publish queue per network, so each network gets its own concurrency cap (its rate limits
 * differ) and a throttled network never holds up the others.
 */
export const publishQueueName = (provider: ProviderId) => `${QUEUES.publish}-${provider}` as const;

export const PUBLISH_QUEUES = PROVIDER_IDS.map(publishQueueName);

/** Keys the worker writes so the web app can tell it is alive. */
export const WORKER_HEARTBEAT_PREFIX = "socialite:worker:heartbeat:";
export const WORKER_HEARTBEAT_TTL_SECONDS = 30;
