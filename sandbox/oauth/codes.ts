/**
 * Authorization codes, shared by the four networks: single use, short-lived, bound to the client,
 * the redirect URI, the chosen user (and Facebook Pages) and the PKCE challenge. A used code is
 * kept (not deleted) so a replay is told apart from a typo, as real servers do.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import { randomToken } from "../core/ids";

export type CodeGrant = {
  network: ProviderId;
  clientId: string;
  redirectUri: string;
  /** The scopes the person granted (requested minus declined). */
  scopes: string[];
  /** Requested scopes the person declined on the consent page (partial grant). */
  declinedScopes: string[];
  userId: string;
  pageIds: string[];
  codeChallenge?: string;
  codeChallengeMethod?: string;
};

export type CodeEntry = CodeGrant & {
  code: string;
  issuedAt: number;
  expiresAt: number;
  usedAt?: number;
};

export type CodeLookup =
  | { status: "ok"; entry: CodeEntry }
  | { status: "unknown" }
  | { status: "used"; entry: CodeEntry }
  | { status: "expired"; entry: CodeEntry };

export class CodeStore {
  private readonly codes = new Map<string, CodeEntry>();

  issue(grant: CodeGrant, now: number, ttlSeconds: number, prefix = ""): CodeEntry {
    const entry: CodeEntry = {
      ...grant,
      code: `${prefix}${randomToken()}`,
      issuedAt: now,
      expiresAt: now + ttlSeconds * 1000,
    };
    this.codes.set(entry.code, entry);
    return entry;
  }

  /** Looks a code up and burns it: any presentation counts as its one use (stricter than retrying). */
  redeem(network: ProviderId, code: string, now: number): CodeLookup {
    const entry = this.codes.get(code);
    if (!entry || entry.network !== network) return { status: "unknown" };
    if (entry.usedAt !== undefined) return { status: "used", entry };
    entry.usedAt = now;
    if (now >= entry.expiresAt) return { status: "expired", entry };
    return { status: "ok", entry };
  }
}
