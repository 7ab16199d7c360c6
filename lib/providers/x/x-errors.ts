/**
 * X error classification (providers.md §1.2, §1.6, §7). Token and revoke endpoints speak RFC 6749
 * errors, where any 4xx means the grant or the client credentials are refused ("auth"); the v2
 * API speaks problem details, classified by HTTP status, with rate-limit waits from
 * x-rate-limit-reset.
 */
import {
  isRecord,
  kindForStatus,
  msUntilEpochSeconds,
  networkMessage,
  retryAfterHeaderMs,
} from "../classify";
import type { ErrorClassifier, HttpFailure } from "../http";
import { xOAuthError, xProblem } from "./transform";

function rateLimitWait({ headers, now }: HttpFailure): number | undefined {
  return (
    msUntilEpochSeconds(headers.get("x-rate-limit-reset"), now) ?? retryAfterHeaderMs(headers, now)
  );
}

export const classifyXOAuthError: ErrorClassifier = (failure) => {
  const { status } = failure;
  const body = xOAuthError.safeParse(failure.body);
  const providerCode = body.success ? body.data.error : undefined;
  if (status === 429) {
    return {
      kind: "rate_limited",
      httpStatus: status,
      providerCode,
      retryAfterMs: rateLimitWait(failure),
      message: "X is limiting sign-in requests right now. Socialite will try again later.",
    };
  }
  if (status >= 500) {
    return {
      kind: "transient",
      httpStatus: status,
      providerCode,
      message: "X's sign-in service is unavailable. Socialite will try again.",
    };
  }
  const detail = networkMessage(body.success ? body.data.error_description : undefined, "");
  return {
    kind: status >= 400 ? "auth" : kindForStatus(status),
    httpStatus: status,
    providerCode,
    message: `X refused Socialite's authorization${detail ? `: ${detail}` : "."} Reconnect the account.`,
  };
};

function problemCode(body: unknown): string | undefined {
  const problem = xProblem.safeParse(body);
  if (!problem.success) return undefined;
  const { type, title, errors } = problem.data;
  if (type && type !== "about:blank") return type.slice(type.lastIndexOf("/") + 1);
  const legacy = errors?.[0]?.code;
  return legacy === undefined ? title : String(legacy);
}

function problemMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const problem = xProblem.safeParse(body);
  if (!problem.success) return undefined;
  return problem.data.detail ?? problem.data.errors?.[0]?.message ?? problem.data.title;
}

export const classifyXApiError: ErrorClassifier = (failure) => {
  const { status, body } = failure;
  const kind = kindForStatus(status);
  const detail = networkMessage(problemMessage(body), `HTTP ${status}`);
  const messages = {
    auth: "X no longer accepts Socialite's access to this account. Reconnect it.",
    rate_limited: "X is rate-limiting this account. Socialite will wait and try again.",
    transient: "X is having trouble right now. Socialite will try again.",
    invalid_content: `X refused the request: ${detail}`,
    unknown_outcome: `X refused the request: ${detail}`,
  } as const;
  return {
    kind,
    httpStatus: status,
    providerCode: problemCode(body),
    ...(kind === "rate_limited" ? { retryAfterMs: rateLimitWait(failure) } : {}),
    message: messages[kind],
  };
};
