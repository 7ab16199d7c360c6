/** TikTok's two error shapes: v2 API `{data, error:{code,message,log_id}}` and OAuth `{error, error_description, log_id}`. */
import { traceId } from "../../core/ids";
import { json, type SentReply, send } from "../../core/reply";

export const logId = (): string => `2026${Date.now()}${traceId().slice(0, 8)}`.toUpperCase();

export const apiOk = (data: unknown): SentReply =>
  json(200, { data, error: { code: "ok", message: "", log_id: logId() } });

/**
 * apiOk for bodies holding int64 ids (BigInt values), written as exact JSON integers as TikTok
 * does. Note that JSON.parse in JavaScript rounds integers above 2^53.
 */
export function apiOkInt64(data: unknown): SentReply {
  const text = JSON.stringify(
    { data, error: { code: "ok", message: "", log_id: logId() } },
    (_key, value: unknown) => (typeof value === "bigint" ? `\u0000int64:${value}` : value),
  ).replace(/"\\u0000int64:(\d+)"/g, "$1");
  return send(200, text, { "content-type": "application/json; charset=utf-8" });
}

export const apiError = (status: number, code: string, message: string): SentReply =>
  json(status, { data: {}, error: { code, message, log_id: logId() } });

export const oauthError = (status: number, error: string, description: string): SentReply =>
  json(status, { error, error_description: description, log_id: logId() });

export const tokenInvalid = (): SentReply =>
  apiError(401, "access_token_invalid", "The access token is invalid or not found in the request.");

export const scopeNotAuthorized = (scope: string): SentReply =>
  apiError(
    401,
    "scope_not_authorized",
    `The user did not authorize the scope required for completing this request (${scope}).`,
  );

export const invalidParams = (message: string): SentReply =>
  apiError(400, "invalid_params", message);
