/** Queue names: the contract between the web process (producer) and the worker (consumer). */
export const QUEUES = {
  publish: "publish",
  refresh: "refresh",
  maintenance: "maintenance",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Keys the worker writes so the web app can tell it is alive. */
export const WORKER_HEARTBEAT_PREFIX = "socialite:worker:heartbeat:";
export const WORKER_HEARTBEAT_TTL_SECONDS = 30;
