/**
 * What the four publish flows share: reading saved steps defensively, bounded polling that a
 * worker shutdown can cut short, and matching a post found at the network with the one sent
 * (reconciliation after an unknown outcome).
 */
import type { z } from "zod";
import type { ProviderRuntime } from "./config";
import { ProviderError } from "./provider-error";
import type { ProviderId } from "./provider-id";
import type { JsonValue } from "./types";

/**
 * One saved step, parsed. Steps are Socialite's own writes, but they outlive deployments: a value
 * of an older shape reads as absent (the step is redone) rather than failing every retry.
 */
export function readStep<T>(
  steps: Record<string, JsonValue>,
  key: string,
  schema: z.ZodType<T>,
): T | undefined {
  const parsed = schema.safeParse(steps[key]);
  return parsed.success ? parsed.data : undefined;
}

export type PollOutcome<T> = { done: T } | { waitMs: number };

export type PollOptions<T> = {
  runtime: ProviderRuntime;
  provider: ProviderId;
  network: string;
  /** What is being waited for, for messages ("the video to finish processing"). */
  what: string;
  check: () => Promise<PollOutcome<T>>;
  /** Total waiting allowed in this attempt; the saved step lets the next attempt poll on. */
  budgetMs: number;
  signal?: AbortSignal;
};

/**
 * Polls until `check` is done. Running out of budget or being aborted is "transient": the ids
 * polled are saved steps, so the retry resumes polling instead of creating anything again.
 */
export async function pollUntil<T>(options: PollOptions<T>): Promise<T> {
  const { runtime, signal } = options;
  let waited = 0;
  for (;;) {
    const outcome = await options.check();
    if ("done" in outcome) return outcome.done;
    const wait = Math.max(0, Math.min(outcome.waitMs, options.budgetMs - waited));
    if (wait <= 0 || waited >= options.budgetMs) {
      throw new ProviderError({
        kind: "transient",
        provider: options.provider,
        providerCode: "still_processing",
        message: `${options.network} is still waiting for ${options.what}. Socialite will check again.`,
      });
    }
    try {
      await runtime.sleep(wait, signal);
    } catch {
      throw new ProviderError({
        kind: "transient",
        provider: options.provider,
        providerCode: "interrupted",
        message: `Socialite stopped waiting for ${options.what}; it will pick up where it left off.`,
      });
    }
    waited += wait;
  }
}

// Networks rewrite links (X: t.co) and trim whitespace, so both sides are compared without them.
const URL_PATTERN = /https?:\/\/\S+/giu;
const normalize = (text: string): string =>
  text.normalize("NFC").replace(URL_PATTERN, "<link>").replace(/\s+/gu, " ").trim();

/** True when a post found at the network carries the text Socialite sent. */
export const sameText = (sent: string, found: string | undefined): boolean =>
  normalize(sent) === normalize(found ?? "");

/**
 * Our clock and the network's may differ by a little; a post stamped slightly before `since` can
 * still be ours. Two minutes is far below any network's duplicate window.
 */
const CLOCK_SKEW_MS = 2 * 60_000;

export const createdSince = (createdAt: string | undefined, since: Date): boolean => {
  const time = createdAt ? Date.parse(createdAt.replace(/([+-]\d\d)(\d\d)$/, "$1:$2")) : Number.NaN;
  return Number.isFinite(time) && time >= since.getTime() - CLOCK_SKEW_MS;
};
