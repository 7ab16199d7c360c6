/**
 * The one interface every network adapter implements. This file holds the account-linking half
 * (OAuth, profile, refresh, revoke); the publishing half (limits, validate, publish) is
 * `ProviderPublishing` in publishing-types.ts, joined here so the registry forces every network
 * to implement both.
 */
import type { ProviderId } from "./provider-id";
import type { ProviderPublishing } from "./publishing-types";

/** Values that survive JSON (and Prisma Json columns) unchanged. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

export type TokenSet = {
  accessToken: string;
  /** Absent for networks without refresh tokens (Facebook, Instagram). */
  refreshToken?: string;
  /** Absent = the token does not expire (Facebook Page tokens derived from a long-lived user token). */
  accessTokenExpiresAt?: Date;
  refreshTokenExpiresAt?: Date;
  /** Scopes the network says were granted with this token. */
  scopes: string[];
};

export type ScopeDescription = {
  /** The network's identifier, e.g. "tweet.write". */
  scope: string;
  /** The permission as a person names it, e.g. "Publish posts". */
  name: string;
  /** What Socialite needs it for, as a sentence, e.g. "Lets Socialite post on your behalf." */
  purpose: string;
};

/** One account the person can link from a single consent (Facebook may yield several Pages). */
export type LinkableAccount = {
  /** The network's stable id for the account; with the provider id it identifies the link. */
  externalId: string;
  handle: string;
  displayName: string;
  avatarUrl?: string;
  tokens: TokenSet;
  grantedScopes: string[];
  /** Network-specific ids the publishing half needs (Page id, IG user id, …); never secrets. */
  metadata: Record<string, JsonValue>;
};

/** An account the consent returned but that Socialite cannot post to, with a reason for the UI. */
export type SkippedAccount = { externalId: string; displayName: string; reason: string };

export type LinkResult = { accounts: LinkableAccount[]; skipped: SkippedAccount[] };

/**
 * How a network renews access:
 * - "refresh_token": an OAuth refresh grant (X, TikTok);
 * - "extend_access_token": the access token itself is exchanged for a fresh one (Instagram);
 * - "none": the stored token does not expire (Facebook Page tokens).
 */
export type RefreshMechanism = "refresh_token" | "extend_access_token" | "none";

export type RefreshPolicy = {
  mechanism: RefreshMechanism;
  /** Refresh once the access token expires within this many milliseconds. */
  marginMs: number;
  /** The network refuses to refresh younger tokens (Instagram: 24 h). */
  minTokenAgeMs?: number;
  /**
   * A successful refresh kills the previous credential: the refresh token (X, TikTok: rotation)
   * or the access token itself (Instagram, per the sandbox's stricter reading). Persist the new
   * TokenSet before anything else; a lost one means a reconnect.
   */
  invalidatesPrevious: boolean;
};

export type AuthorizationUrlInput = {
  state: string;
  redirectUri: string;
  /** S256 challenge; required when `supportsPkce` is true. */
  codeChallenge?: string;
};

export type ExchangeCodeInput = {
  code: string;
  redirectUri: string;
  /** Required when `supportsPkce` is true. */
  codeVerifier?: string;
};

/** The redirect's query, read per the network's own parameter names. */
export type CallbackResult =
  | { outcome: "code"; code: string; state: string; grantedScopes?: string[] }
  | { outcome: "error"; error: string; description: string; state?: string };

export interface ProviderIdentity {
  readonly id: ProviderId;
  readonly displayName: string;
  /** Brand colour as #rrggbb, for badges and buttons. */
  readonly brandColor: string;
}

export interface ProviderAuth {
  /** The least set of scopes that lets Socialite identify the account and post, with UI text. */
  readonly scopes: readonly ScopeDescription[];
  /** Scopes posting cannot work without; a granted set missing one needs a reconnect. */
  readonly requiredScopes: readonly string[];
  readonly supportsPkce: boolean;
  readonly supportsRevoke: boolean;
  readonly refreshPolicy: RefreshPolicy;

  /** The consent URL to redirect the browser to. */
  buildAuthorizationUrl(input: AuthorizationUrlInput): string;
  /** Reads the callback query (untrusted input) per the network's parameter names. */
  parseCallback(params: URLSearchParams): CallbackResult;
  /** Redeems the code and returns the accounts it gives access to, each with its own tokens. */
  exchangeCode(input: ExchangeCodeInput): Promise<LinkResult>;
  /**
   * Returns a fresh TokenSet; when `refreshPolicy.invalidatesPrevious`, persist it before anything
   * else. Throws ProviderError "auth" only when the grant is dead (reconnect); "transient" or
   * "rate_limited" when the network could not answer, "invalid_content" when it refused this
   * refresh without declaring the token dead (Instagram: younger than 24 h): keep the old tokens.
   */
  refresh(tokens: TokenSet): Promise<TokenSet>;
  /** Revokes the grant at the network; a no-op when `supportsRevoke` is false. */
  revoke(tokens: TokenSet): Promise<void>;
}

/** Everything a network adapter is: who it is, how it links accounts, how it publishes. */
export interface SocialProvider extends ProviderIdentity, ProviderAuth, ProviderPublishing {}
