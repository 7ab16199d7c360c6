/**
 * TikTok error classification (providers.md §4.2, §4.3, §7). The token endpoint speaks RFC 6749
 * error names (sometimes with HTTP 200); the v2 API wraps everything in {data, error:{code}} and
 * the code decides, with the HTTP status as fallback for codes TikTok has not documented.
 */
import { kindForStatus, networkMessage, retryAfterHeaderMs } from "../classify";
import type { ErrorClassifier } from "../http";
import type { ProviderErrorKind } from "../provider-error";
import { ttApiError, ttOAuthError } from "./transform";

const OAUTH_TEMPORARY = new Set(["server_error", "temporarily_unavailable"]);

export const classifyTikTokOAuthError: ErrorClassifier = ({ status, body }) => {
  const parsed = ttOAuthError.safeParse(body);
  const code = parsed.success ? parsed.data.error : undefined;
  if (status >= 500 || (code !== undefined && OAUTH_TEMPORARY.has(code))) {
    return {
      kind: "transient",
      httpStatus: status,
      providerCode: code,
      message: "TikTok's sign-in service is unavailable. Socialite will try again.",
    };
  }
  if (status === 429) {
    return {
      kind: "rate_limited",
      httpStatus: status,
      providerCode: code,
      message: "TikTok is limiting sign-in requests right now. Socialite will try again later.",
    };
  }
  const detail = networkMessage(parsed.success ? parsed.data.error_description : undefined, "");
  return {
    kind: "auth",
    httpStatus: status,
    providerCode: code,
    message: `TikTok refused Socialite's authorization${detail ? `: ${detail}` : "."} Reconnect the account.`,
  };
};

/** Documented codes → kind (providers.md §4.3 table and §7). */
export const TIKTOK_API_CODES: Readonly<Record<string, ProviderErrorKind>> = {
  access_token_invalid: "auth",
  scope_not_authorized: "auth",
  scope_permission_missed: "invalid_content",
  rate_limit_exceeded: "rate_limited",
  invalid_params: "invalid_content",
  invalid_param: "invalid_content",
  invalid_file_upload: "invalid_content",
  internal_error: "transient",
  spam_risk_too_many_posts: "rate_limited",
  spam_risk_user_banned_from_posting: "invalid_content",
  spam_risk_too_many_pending_share: "rate_limited",
  reached_active_user_cap: "rate_limited",
  unaudited_client_can_only_post_to_private_accounts: "invalid_content",
  url_ownership_unverified: "invalid_content",
  privacy_level_option_mismatch: "invalid_content",
  app_version_check_failed: "invalid_content",
};

export const classifyTikTokApiError: ErrorClassifier = ({ status, headers, body, now }) => {
  const parsed = ttApiError.safeParse(body);
  const code = parsed.success ? parsed.data.error.code : undefined;
  const kind = (code !== undefined ? TIKTOK_API_CODES[code] : undefined) ?? kindForStatus(status);
  const detail = networkMessage(
    parsed.success ? parsed.data.error.message : undefined,
    `HTTP ${status}`,
  );
  const messages: Record<ProviderErrorKind, string> = {
    auth: "TikTok no longer accepts Socialite's access to this account. Reconnect it.",
    rate_limited: `TikTok is limiting this account right now (${detail}). Socialite will try again later.`,
    transient: "TikTok is having trouble right now. Socialite will try again.",
    invalid_content: `TikTok refused the request: ${detail}`,
    unknown_outcome: `TikTok refused the request: ${detail}`,
  };
  return {
    kind,
    httpStatus: status,
    providerCode: code,
    message: messages[kind],
    ...(kind === "rate_limited" ? { retryAfterMs: retryAfterHeaderMs(headers, now) } : {}),
  };
};
