/**
 * Words for times and durations in the admin views. Pure functions of their inputs and an explicit
 * `now`, so a page renders the same on every request and they are unit-tested.
 */
import { ago, exactTime, formatSpan } from "@/components/accounts/account-facts";

export { ago, exactTime, formatSpan };

/** "in 1 h 52 min", "3 min ago", or the fallback when there is no date. */
export function untilOrSince(date: Date | null, now: Date, none: string): string {
  if (!date) return none;
  const ms = date.getTime() - now.getTime();
  if (Math.abs(ms) < 60_000) return ms >= 0 ? "in less than a minute" : "just now";
  return ms > 0 ? `in ${formatSpan(ms)}` : `${formatSpan(ms)} ago`;
}

/** A token expiry line: "Expires in 1 h 52 min", "Expired 3 min ago", or the fallback. */
export function expiryText(date: Date | null, now: Date, none: string): string {
  if (!date) return none;
  const ms = date.getTime() - now.getTime();
  if (ms <= 0) return `Expired ${ms > -60_000 ? "just now" : `${formatSpan(ms)} ago`}`;
  return `Expires in ${ms < 60_000 ? "less than a minute" : formatSpan(ms)}`;
}

/** A job's wait: "12 s", "4 min", "1 h 3 min". */
export function waitText(ms: number): string {
  if (ms < 60_000) return `${Math.max(0, Math.round(ms / 1000))} s`;
  return formatSpan(ms);
}

/** A short, single-line summary of an AuditEvent's metadata: `key: value · key: value`. */
export function metadataSummary(metadata: unknown, maxChars = 160): string {
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata)) return "";
  const parts = Object.entries(metadata as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => {
      const text = typeof value === "object" ? JSON.stringify(value) : String(value);
      return `${key}: ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
    });
  const summary = parts.join(" · ");
  return summary.length > maxChars ? `${summary.slice(0, maxChars - 1)}…` : summary;
}
