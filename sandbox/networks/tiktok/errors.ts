/** TikTok's two error shapes: v2 API `{data, error:{code,message,log_id}}` and OAuth `{error, error_description, log_id}`. */
import { traceId } from "../../core/ids";
import { json, type SentReply } from "../../core/reply";

export const logId = (): string => `2026${Date.now()}${traceId().slice(0, 8)}`.toUpperCase();

export const apiOk = (data: unknown): SentReply =>
  json(200, { data, error: { code: "ok", message: "", log_id: logId() } });

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
