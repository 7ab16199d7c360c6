/**
 * The only error adapters throw for a network outcome. `kind` tells the worker what to do
 * (ARCHITECTURE.md "Publishing a target", step 5); `message` is safe to show the user: it is
 * redacted on construction, and the raw response body is never kept.
 */
import type { ProviderId } from "./provider-id";
import { redact } from "./redact";

export type ProviderErrorKind =
  /** The network could not answer (5xx, timeout before a write, network down): retry with backoff. */
  | "transient"
  /** Throttled or capped: wait `retryAfterMs` when the network announced it. */
  | "rate_limited"
  /** The grant is dead or lacks a permission: refresh once, else the account needs a reconnect. */
  | "auth"
  /** The network refused the request as such: retrying the same request cannot succeed. */
  | "invalid_content"
  /** A write was sent and no answer came back: it may have happened; reconcile, never blind-retry. */
  | "unknown_outcome";

export type ProviderErrorInit = {
  kind: ProviderErrorKind;
  message: string;
  provider?: ProviderId;
  retryAfterMs?: number;
  /** The network's own error code (e.g. "invalid_grant", "190/460", "access_token_invalid"). */
  providerCode?: string;
  httpStatus?: number;
};

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly provider?: ProviderId;
  readonly retryAfterMs?: number;
  readonly providerCode?: string;
  readonly httpStatus?: number;

  constructor(init: ProviderErrorInit, secrets: readonly (string | undefined)[] = []) {
    super(redact(init.message, secrets));
    this.name = "ProviderError";
    this.kind = init.kind;
    this.provider = init.provider;
    this.retryAfterMs = init.retryAfterMs;
    this.providerCode =
      init.providerCode === undefined ? undefined : redact(init.providerCode, secrets);
    this.httpStatus = init.httpStatus;
  }

  /** The shape stored on a PublishAttempt or returned to the UI. */
  toJSON(): ProviderErrorInit & { name: string } {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      provider: this.provider,
      retryAfterMs: this.retryAfterMs,
      providerCode: this.providerCode,
      httpStatus: this.httpStatus,
    };
  }
}

export const isProviderError = (value: unknown): value is ProviderError =>
  value instanceof ProviderError;

/** A refresh asked of a grant that never carried a refresh token: only a reconnect helps. */
export const noRefreshTokenError = (provider: ProviderId, network: string): ProviderError =>
  new ProviderError({
    kind: "auth",
    provider,
    providerCode: "no_refresh_token",
    message: `${network} gave Socialite no way to stay connected to this account. Reconnect it.`,
  });
