/**
 * Graph API error classification, shared by the two Meta networks (providers.md §2.5, §2.6, §3,
 * §7): both answer with {"error":{message,type,code,error_subcode,…}} and announce throttling in
 * X-Business-Use-Case-Usage. At the OAuth endpoints every client error means the code, token or
 * app credentials were refused, whatever the code number ("Error validating client secret" comes
 * with code 1, which elsewhere means a temporary failure).
 */
import { z } from "zod";
import { isRecord, kindForStatus, networkMessage, retryAfterHeaderMs } from "../classify";
import type { ErrorClassifier } from "../http";
import type { ProviderErrorKind } from "../provider-error";

export const graphErrorBody = z.object({
  error: z.object({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    error_user_msg: z.string().optional(),
  }),
});

// The flat shape api.instagram.com/oauth/access_token has been seen to use for OAuth errors.
const flatOAuthError = z.object({
  error_type: z.string().optional(),
  code: z.number().optional(),
  error_message: z.string().optional(),
});

const THROTTLE_CODES = new Set([4, 17, 32, 341, 368, 613, 80001, 80002]);
const AUTH_CODES = new Set([102, 190, 10]);
const TEMPORARY_CODES = new Set([1, 2]);
// 459: checkpointed, 464: unconfirmed user: only the person, on Meta's site, can fix these.
const USER_ACTION_SUBCODES = new Set([459, 464]);

// Instagram publishing subcodes (IG error-code table): the 24 h publishing cap (code 9) is a
// wait, a container not ready yet (9007) and a failed media download (9004: Socialite's media
// host did not answer) are worth another attempt; every other subcode is about the content.
const PUBLISH_WAIT_SUBCODES = new Set([2207042]);
const PUBLISH_RETRY_SUBCODES = new Set([2207027, 2207052]);

export function graphErrorKind(
  code: number | undefined,
  status: number,
  subcode?: number,
): ProviderErrorKind {
  if (subcode !== undefined && PUBLISH_WAIT_SUBCODES.has(subcode)) return "rate_limited";
  if (subcode !== undefined && PUBLISH_RETRY_SUBCODES.has(subcode)) return "transient";
  if (code === undefined) return kindForStatus(status);
  if (THROTTLE_CODES.has(code)) return "rate_limited";
  if (AUTH_CODES.has(code) || (code >= 200 && code <= 299)) return "auth";
  if (TEMPORARY_CODES.has(code)) return "transient";
  if (code === 3 || code === 100 || code === 506 || code === 1609005) return "invalid_content";
  return kindForStatus(status);
}

/** The longest wait any business object announces, in ms (the header counts minutes). */
export function businessUseCaseWaitMs(headers: Headers): number | undefined {
  const raw = headers.get("x-business-use-case-usage");
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed)) return undefined;
    const minutes = Object.values(parsed)
      .flatMap((entries) => (Array.isArray(entries) ? entries : []))
      .map((entry) =>
        isRecord(entry) ? Number(entry.estimated_time_to_regain_access) : Number.NaN,
      )
      .filter((value) => Number.isFinite(value) && value > 0);
    return minutes.length > 0 ? Math.max(...minutes) * 60_000 : undefined;
  } catch {
    return undefined;
  }
}

type GraphContext = { network: string; endpoint: "oauth" | "api" };

export function createGraphClassifier({ network, endpoint }: GraphContext): ErrorClassifier {
  return ({ status, headers, body, now }) => {
    const graph = graphErrorBody.safeParse(body);
    const flat = graph.success ? undefined : flatOAuthError.safeParse(body);
    const error = graph.success ? graph.data.error : undefined;
    const code = error?.code;
    const subcode = error?.error_subcode;
    let kind = graphErrorKind(code, status, subcode);
    if (endpoint === "oauth" && status >= 400 && status < 500 && kind !== "rate_limited")
      kind = "auth";
    const providerCode =
      code === undefined
        ? (flat?.data?.error_type ?? undefined)
        : [code, subcode].filter(Boolean).join("/");
    const detail = networkMessage(
      error?.error_user_msg ?? error?.message ?? flat?.data?.error_message,
      `HTTP ${status}`,
    );
    const messages: Record<ProviderErrorKind, string> = {
      auth:
        subcode !== undefined && USER_ACTION_SUBCODES.has(subcode)
          ? `${network} needs you to sign in on ${network} and resolve a notice on your account, then reconnect it here.`
          : `${network} no longer accepts Socialite's access (${detail}). Reconnect the account.`,
      rate_limited: `${network} is limiting requests right now. Socialite will wait and try again.`,
      transient: `${network} is having trouble right now. Socialite will try again.`,
      invalid_content: `${network} refused the request: ${detail}`,
      unknown_outcome: `${network} refused the request: ${detail}`,
    };
    return {
      kind,
      httpStatus: status,
      providerCode,
      message: messages[kind],
      ...(kind === "rate_limited"
        ? { retryAfterMs: businessUseCaseWaitMs(headers) ?? retryAfterHeaderMs(headers, now) }
        : {}),
    };
  };
}
