/**
 * Grants (one consent of one user to one client) and the tokens issued under them, shared by
 * the four networks. Revoking a grant kills every token it issued, which is how both "the user
 * removed the app" and refresh-token reuse detection are modelled.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import { randomToken } from "../core/ids";

export type Grant = {
  id: string;
  network: ProviderId;
  clientId: string;
  userId: string;
  /** Granted scopes (a partial grant lacks the declined ones). */
  scopes: string[];
  /** Requested but declined on the consent page, or removed later (Facebook DELETE permissions/{p}). */
  declinedScopes?: string[];
  /** Facebook: the Pages the person picked in the dialog. */
  pageIds: string[];
  createdAt: number;
  revokedAt?: number;
};

export type TokenKind = "access" | "refresh";

export type TokenRecord = {
  value: string;
  grantId: string;
  network: ProviderId;
  kind: TokenKind;
  issuedAt: number;
  /** null = never expires (Facebook Page tokens from a long-lived user token). */
  expiresAt: number | null;
  revokedAt?: number;
  revokeReason?: "rotated" | "revoked" | "replaced";
  /** Facebook: a Page access token acts as this Page. */
  pageId?: string;
  /** Meta: a 60-day token (only those may be refreshed or yield non-expiring Page tokens). */
  longLived?: boolean;
};

export type TokenCheck =
  | { status: "valid" | "expired" | "revoked"; token: TokenRecord; grant: Grant }
  | { status: "unknown" };

export class TokenStore {
  private readonly grants = new Map<string, Grant>();
  private readonly tokens = new Map<string, TokenRecord>();

  createGrant(input: Omit<Grant, "id" | "createdAt">, now: number): Grant {
    const grant: Grant = { ...input, id: randomToken(12), createdAt: now };
    this.grants.set(grant.id, grant);
    return grant;
  }

  issue(
    grant: Grant,
    kind: TokenKind,
    now: number,
    ttlSeconds: number | null,
    options: { prefix?: string; pageId?: string; longLived?: boolean } = {},
  ): TokenRecord {
    const record: TokenRecord = {
      value: `${options.prefix ?? ""}${randomToken()}`,
      grantId: grant.id,
      network: grant.network,
      kind,
      issuedAt: now,
      expiresAt: ttlSeconds === null ? null : now + ttlSeconds * 1000,
      ...(options.pageId ? { pageId: options.pageId } : {}),
      ...(options.longLived ? { longLived: true } : {}),
    };
    this.tokens.set(record.value, record);
    return record;
  }

  check(network: ProviderId, value: string | undefined, now: number): TokenCheck {
    const token = value ? this.tokens.get(value) : undefined;
    const grant = token ? this.grants.get(token.grantId) : undefined;
    if (!token || !grant || token.network !== network) return { status: "unknown" };
    if (token.revokedAt !== undefined || grant.revokedAt !== undefined)
      return { status: "revoked", token, grant };
    if (token.expiresAt !== null && now >= token.expiresAt)
      return { status: "expired", token, grant };
    return { status: "valid", token, grant };
  }

  /** Marks one token dead (rotation, replacement or explicit revocation). */
  retire(token: TokenRecord, now: number, reason: TokenRecord["revokeReason"]): void {
    token.revokedAt ??= now;
    token.revokeReason ??= reason;
  }

  revokeGrant(grantId: string, now: number): void {
    const grant = this.grants.get(grantId);
    if (grant) grant.revokedAt ??= now;
  }

  /** Every live grant of a user (or, on Facebook, of the user owning a Page) on a network. */
  grantsOf(network: ProviderId, accountId: string): Grant[] {
    return [...this.grants.values()].filter(
      (grant) =>
        grant.network === network &&
        grant.revokedAt === undefined &&
        (grant.userId === accountId || grant.pageIds.includes(accountId)),
    );
  }

  revokeAccount(network: ProviderId, accountId: string, now: number): number {
    const grants = this.grantsOf(network, accountId);
    for (const grant of grants) grant.revokedAt = now;
    return grants.length;
  }

  /** Forces every access token of an account to be expired now (refresh tokens stay usable). */
  expireAccount(network: ProviderId, accountId: string, now: number): number {
    const grantIds = new Set(this.grantsOf(network, accountId).map((grant) => grant.id));
    let count = 0;
    for (const token of this.tokens.values()) {
      if (token.kind === "access" && grantIds.has(token.grantId)) {
        token.expiresAt = Math.min(token.expiresAt ?? now, now);
        count += 1;
      }
    }
    return count;
  }
}
