/**
 * Reading an authorization redirect. The query is untrusted input (quality.md OA-18): repeated
 * parameters, oversized or non-printable values are refused as a malformed answer rather than
 * guessed at. Networks differ only in names, described by CallbackDialect.
 */
import { networkMessage } from "./classify";
import { redact } from "./redact";
import type { CallbackResult } from "./types";

export type CallbackDialect = {
  /** Parameters that may carry the human-readable reason of an error, in order of preference. */
  descriptionParams: readonly string[];
  /** A parameter listing the granted scopes (TikTok `scopes`). */
  grantedScopesParam?: string;
};

const MAX_CODE_LENGTH = 2048;
const MAX_STATE_LENGTH = 512;
const PRINTABLE = /^[\x21-\x7e]+$/;
const ERROR_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

const malformed = (state?: string): CallbackResult => ({
  outcome: "error",
  error: "invalid_request",
  description: "The network sent back an answer Socialite could not read. Please try again.",
  state,
});

/** The single value of a parameter; undefined if absent, null if repeated (never guess which). */
function single(params: URLSearchParams, name: string): string | undefined | null {
  const values = params.getAll(name);
  if (values.length > 1) return null;
  return values[0];
}

const validState = (value: string | undefined | null): value is string =>
  typeof value === "string" && value.length <= MAX_STATE_LENGTH && PRINTABLE.test(value);

export function parseCallbackParams(
  params: URLSearchParams,
  dialect: CallbackDialect,
): CallbackResult {
  const rawState = single(params, "state");
  const state = validState(rawState) ? rawState : undefined;
  const error = single(params, "error");
  if (error === null) return malformed(state);
  if (error !== undefined) {
    const describedBy = dialect.descriptionParams.map((name) => params.get(name)).find(Boolean);
    return {
      outcome: "error",
      error: ERROR_CODE.test(error) ? error : "unknown_error",
      description: redact(networkMessage(describedBy, "The network did not grant access.")),
      state,
    };
  }

  // Instagram appends "#_" to the redirect; it normally stays in the fragment, but a code pasted
  // or forwarded with it must still be read correctly.
  const code = single(params, "code")?.replace(/#_$/, "");
  if (!code || code.length > MAX_CODE_LENGTH || !PRINTABLE.test(code) || !state) {
    return malformed(state);
  }
  const granted = dialect.grantedScopesParam
    ? single(params, dialect.grantedScopesParam)
    : undefined;
  if (granted === null) return malformed(state);
  return {
    outcome: "code",
    code,
    state,
    ...(granted === undefined ? {} : { grantedScopes: splitScopes(granted) }),
  };
}

/**
 * Scope lists arrive space-separated (X), comma-separated (TikTok, Instagram) or either
 * (Facebook); no scope name contains either character, so one splitter reads them all.
 */
export function splitScopes(value: string | readonly string[]): string[] {
  const parts = typeof value === "string" ? value.split(/[\s,]+/) : value;
  return [...new Set(parts.map((scope) => scope.trim()).filter(Boolean))];
}
