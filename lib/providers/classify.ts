/**
 * Building blocks the per-network classifiers share: HTTP-status fallbacks, wait times from
 * standard headers, and trimming of the network's message before it is shown to a person.
 */
import type { ProviderErrorKind } from "./provider-error";

/** The kind an HTTP status implies when the body names no code the network documents. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 401) return "auth";
  if (status === 429) return "rate_limited";
  if (status === 408 || status >= 500) return "transient";
  return "invalid_content";
}

/** Milliseconds until an epoch-seconds instant (X's x-rate-limit-reset), never negative. */
export function msUntilEpochSeconds(value: string | null, now: Date): number | undefined {
  const seconds = Number(value);
  if (value === null || value.trim() === "" || !Number.isFinite(seconds)) return undefined;
  return Math.max(0, seconds * 1000 - now.getTime());
}

/** RFC 9110 Retry-After: delay-seconds or an HTTP date. */
export function retryAfterHeaderMs(headers: Headers, now: Date): number | undefined {
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

const MAX_MESSAGE_LENGTH = 300;

/** The network's own message, single-line and bounded, or a fallback when it sent none. */
export function networkMessage(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.trim() === "") return fallback;
  const line = value.replace(/\s+/g, " ").trim();
  return line.length > MAX_MESSAGE_LENGTH ? `${line.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : line;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
