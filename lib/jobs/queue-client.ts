/**
 * Producer-side queues for the web process. They share the fail-fast connection, so enqueueing
 * while Redis is down throws at once instead of hanging a request (quality.md Q-5).
 */
import { Queue } from "bullmq";
import { getEnv } from "@/lib/env";
import { getWebRedis } from "@/lib/redis/connection";
import type { QueueName } from "./queues";

const globalForQueues = globalThis as unknown as { socialiteQueues?: Map<QueueName, Queue> };

export function getQueue(name: QueueName): Queue {
  globalForQueues.socialiteQueues ??= new Map();
  let queue = globalForQueues.socialiteQueues.get(name);
  if (!queue) {
    queue = new Queue(name, { connection: getWebRedis(), prefix: getEnv().QUEUE_PREFIX });
    queue.on("error", () => {});
    globalForQueues.socialiteQueues.set(name, queue);
  }
  return queue;
}

export class QueueUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The publishing queue is unavailable right now.", { cause });
    this.name = "QueueUnavailableError";
  }
}
