/**
 * The words the accounts page uses for a linked account's state: durations, the status badge,
 * the access-token line, permissions. Pure functions of their inputs (and an explicit `now`), so
 * they are unit-tested and render the same on every request.
 */
import type { BadgeTone } from "@/components/ui/badge";
import type { RefreshMechanism, ScopeDescription } from "@/lib/providers/types";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span as a person says it: "less than a minute", "4 min", "1 h 52 min", "1 day 3 h", "59 days". */
export function formatSpan(ms: number): string {
  const span = Math.abs(ms);
  if (span < MINUTE) return "less than a minute";
  if (span < HOUR) return `${Math.floor(span / MINUTE)} min`;
  if (span < DAY) {
    const hours = Math.floor(span / HOUR);
    const minutes = Math.floor((span % HOUR) / MINUTE);
    return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const days = Math.floor(span / DAY);
  if (days < 2) {
    const hours = Math.floor((span % DAY) / HOUR);
    return hours ? `1 day ${hours} h` : "1 day";
  }
  return `${days} days`;
}

/** "just now", "12 min ago", "3 days ago". */
export function ago(date: Date, now: Date): string {
  const ms = now.getTime() - date.getTime();
  if (ms < MINUTE) return "just now";
  return `${formatSpan(ms)} ago`;
}

/** "14 Mar 2026, 09:30 UTC": the exact moment, for a tooltip next to a relative time. */
export function exactTime(date: Date): string {
  return `${new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(date)} UTC`;
}

export type AccountStatus = "ACTIVE" | "EXPIRING" | "NEEDS_RECONNECT" | "REVOKED";

export const STATUS_VIEW = {
  ACTIVE: { label: "Active", tone: "success", hint: "Ready to publish" },
  EXPIRING: { label: "Expiring", tone: "warning", hint: "Reconnect soon to keep posting" },
  NEEDS_RECONNECT: {
    label: "Needs reconnect",
    tone: "danger",
    hint: "Posts wait until you reconnect",
  },
  REVOKED: { label: "Revoked", tone: "danger", hint: "Access was removed at the network" },
} as const satisfies Record<AccountStatus, { label: string; tone: BadgeTone; hint: string }>;

/** True when the account can't post until the person reconnects it. */
export const needsAttention = (status: AccountStatus): boolean =>
  status === "NEEDS_RECONNECT" || status === "REVOKED";

const RENEWAL: Record<RefreshMechanism, string> = {
  refresh_token: "refreshes itself",
  extend_access_token: "renewed automatically before it expires",
  none: "reconnect before then",
};

/**
 * The access-token line: "Access token expires in 1 h 52 min · refreshes itself",
 * "Access token doesn't expire", or, once expired, what happens next.
 */
export function accessLine(
  account: { status: AccountStatus; accessTokenExpiresAt: Date | null },
  mechanism: RefreshMechanism,
  now: Date,
): { text: string; tone: "normal" | "warning" | "danger" } {
  if (needsAttention(account.status)) {
    return { text: "Socialite can't post to this account until you reconnect it", tone: "danger" };
  }
  const expiresAt = account.accessTokenExpiresAt;
  if (!expiresAt) return { text: "Access token doesn't expire", tone: "normal" };
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) {
    return mechanism === "none"
      ? {
          text: `Access token expired ${formatSpan(left)} ago · reconnect to keep posting`,
          tone: "danger",
        }
      : {
          text: `Access token expired ${formatSpan(left)} ago · renewed before the next post`,
          tone: "normal",
        };
  }
  return {
    text: `Access token expires in ${formatSpan(left)} · ${RENEWAL[mechanism]}`,
    tone: mechanism === "none" && left < 7 * DAY ? "warning" : "normal",
  };
}

/** What the renewal line says when no refresh has happened yet. */
export function neverRefreshed(mechanism: RefreshMechanism): string {
  return mechanism === "none" ? "Never needed" : "Not yet needed";
}

/**
 * Without knowing the network: "@sandbox_alice" when the handle looks like a username and differs
 * from the display name, else null. Prefer network-terms' usernameOf(provider, handle) where the
 * network is known (Instagram stores its username as both).
 */
export function publicHandle(handle: string, displayName: string): string | null {
  if (!handle || handle === displayName || !/^[A-Za-z0-9_.]+$/.test(handle)) return null;
  return `@${handle}`;
}

/** Without knowing the network: "@sandbox_alice", or "Alice's Bakery" (see accountName). */
export const accountLabel = (handle: string, displayName: string): string =>
  publicHandle(handle, displayName) ?? displayName;

/**
 * Avatars load only when the CSP lets them (img-src 'self' data:): a same-origin path or a data:
 * image. Network CDNs (and the sandbox, on another port) fall back to initials.
 */
export function isDisplayableImage(url: string | null | undefined): url is string {
  if (!url) return false;
  if (/^data:image\/(png|jpe?g|gif|webp);base64,/i.test(url)) return true;
  return url.startsWith("/") && !url.startsWith("//") && !url.includes("\\");
}

/** Granted scopes by name, in the network's own order; unknown ones by their raw identifier. */
export function permissionsInWords(
  granted: readonly string[],
  known: readonly ScopeDescription[],
): { scope: string; name: string }[] {
  const grantedSet = new Set(granted);
  const described = known.filter((item) => grantedSet.has(item.scope));
  const knownSet = new Set(known.map((item) => item.scope));
  const unknown = granted
    .filter((scope) => !knownSet.has(scope))
    .map((scope) => ({ scope, name: scope }));
  return [...described, ...unknown];
}

/** Required scopes the account lacks, by name (posting needs them: reconnect to grant them). */
export function missingPermissions(
  granted: readonly string[],
  required: readonly string[],
  known: readonly ScopeDescription[],
): { scope: string; name: string }[] {
  const have = new Set(granted);
  return required
    .filter((scope) => !have.has(scope))
    .map((scope) => ({ scope, name: known.find((item) => item.scope === scope)?.name ?? scope }));
}
