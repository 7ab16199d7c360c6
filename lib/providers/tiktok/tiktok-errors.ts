/**
 * TikTok error classification (providers.md §4.2, §4.3, §7). The token endpoint speaks RFC 6749
 * error names (sometimes with HTTP 200); the v2 API wraps everything in {data, error:{code}} and
 * the code decides, with the HTTP status as fallback for codes TikTok has not documented.
 */
import { kindForStatus, networkMessage, retryAfterHeaderMs } from "../classify";
import type { ErrorClassifier } from "../http";
import type { ProviderErrorInit, ProviderErrorKind } from "../provider-error";
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

/** TikTok's API limits are 1-minute sliding windows with no documented headers (§4.4). */
const WINDOW_MS = 60_000;
const rateLimitWait = (code: string | undefined, headers: Headers, now: Date) =>
  retryAfterHeaderMs(headers, now) ?? (code === "rate_limit_exceeded" ? WINDOW_MS : undefined);

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
    ...(kind === "rate_limited" ? { retryAfterMs: rateLimitWait(code, headers, now) } : {}),
  };
};

/**
 * A publish job that ended FAILED (status/fetch `fail_reason`, providers.md §4.6, partly
 * UNCONFIRMED). Nothing was posted, so a retry is safe: download and internal failures are
 * worth one, a daily cap is a wait, the rest is about the content or the account.
 */
const FAIL_REASONS: Readonly<Record<string, [ProviderErrorKind, string]>> = {
  file_format_check_failed: ["invalid_content", "TikTok could not read the video's format."],
  duration_check_failed: ["invalid_content", "The video is longer than this account may post."],
  frame_rate_check_failed: [
    "invalid_content",
    "TikTok takes videos from 23 to 60 frames per second.",
  ],
  picture_size_check_failed: ["invalid_content", "TikTok refused a photo's size or format."],
  internal: ["transient", "TikTok had an internal problem with the post."],
  video_pull_failed: ["transient", "TikTok could not download the video from Socialite."],
  photo_pull_failed: ["transient", "TikTok could not download the photos from Socialite."],
  publish_cancelled: ["invalid_content", "The post was cancelled."],
  auth_removed: ["auth", "The TikTok account removed Socialite's access. Reconnect it."],
  spam_risk_too_many_posts: [
    "rate_limited",
    "This account reached TikTok's daily limit of posts from apps.",
  ],
  spam_risk_user_banned_from_posting: [
    "invalid_content",
    "TikTok does not let this account post right now.",
  ],
  spam_risk_text: ["invalid_content", "TikTok flagged the text as spam."],
  spam_risk: ["invalid_content", "TikTok flagged the post as spam."],
};

export function failReasonError(reason: string | undefined): Omit<ProviderErrorInit, "provider"> {
  const [kind, words] = FAIL_REASONS[reason ?? ""] ?? [
    "invalid_content",
    `TikTok did not publish the post${reason ? ` (${reason})` : ""}.`,
  ];
  return { kind, providerCode: reason ?? "failed", message: words };
}
