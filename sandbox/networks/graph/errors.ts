/**
 * Graph API error bodies, shared by Facebook and Instagram:
 * {error:{message,type,code,error_subcode,error_user_title,error_user_msg,fbtrace_id}}.
 */
import { traceId } from "../../core/ids";
import { json, type SentReply } from "../../core/reply";
import type { TokenCheck } from "../../oauth/tokens";

export type GraphErrorInput = {
  message: string;
  code: number;
  type?: string;
  subcode?: number;
  userTitle?: string;
  userMsg?: string;
  isTransient?: boolean;
};

export function graphError(
  status: number,
  input: GraphErrorInput,
  headers: Record<string, string> = {},
): SentReply {
  return json(
    status,
    {
      error: {
        message: input.message,
        type: input.type ?? "OAuthException",
        code: input.code,
        ...(input.subcode !== undefined ? { error_subcode: input.subcode } : {}),
        ...(input.isTransient !== undefined ? { is_transient: input.isTransient } : {}),
        ...(input.userTitle ? { error_user_title: input.userTitle } : {}),
        ...(input.userMsg ? { error_user_msg: input.userMsg } : {}),
        fbtrace_id: traceId(),
      },
    },
    headers,
  );
}

const oauthHeader = (detail: string) => ({
  "www-authenticate": `OAuth "Facebook Platform" "invalid_token" "${detail}"`,
});

export type DeadToken = "expired" | "deauthorized" | "invalidated" | "invalid";

/** Which way a token died, from a store lookup. */
export const deadTokenOf = (check: TokenCheck): DeadToken =>
  check.status === "expired"
    ? "expired"
    : check.status === "revoked"
      ? check.grant.revokedAt !== undefined
        ? "deauthorized"
        : "invalidated"
      : "invalid";

/** Code 190 with the subcode the docs list for each way a token dies (463, 458, 460, none). */
export function tokenError(
  kind: DeadToken,
  appId: string,
  now: number,
  expiredAt = now,
): SentReply {
  const messages: Record<DeadToken, [string, number | undefined]> = {
    expired: [
      `Error validating access token: Session has expired on ${new Date(expiredAt).toUTCString()}. The current time is ${new Date(now).toUTCString()}.`,
      463,
    ],
    deauthorized: [
      `Error validating access token: The user has not authorized application ${appId}.`,
      458,
    ],
    invalidated: [
      "Error validating access token: Session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.",
      460,
    ],
    invalid: ["Invalid OAuth access token - Cannot parse access token", undefined],
  };
  const [message, subcode] = messages[kind];
  return graphError(
    400,
    { message, code: 190, ...(subcode ? { subcode } : {}) },
    oauthHeader(message),
  );
}

/** tokenError for a failed store lookup. */
export const tokenCheckError = (check: TokenCheck, appId: string, now: number): SentReply =>
  tokenError(
    deadTokenOf(check),
    appId,
    now,
    check.status === "expired" ? (check.token.expiresAt ?? now) : now,
  );

export const paramError = (
  message: string,
  subcode?: number,
  extra: Partial<GraphErrorInput> = {},
): SentReply =>
  graphError(400, {
    message: `(#100) ${message}`,
    code: 100,
    ...(subcode ? { subcode } : {}),
    ...extra,
  });

export const permissionError = (message: string, code = 200): SentReply =>
  graphError(403, { message: `(#${code}) ${message}`, code });

export const unsupportedGet = (id: string): SentReply =>
  graphError(400, {
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    code: 100,
    subcode: 33,
    type: "GraphMethodException",
  });

export const transientError = (status: number): SentReply =>
  graphError(status, {
    message: "An unexpected error has occurred. Please retry your request later.",
    code: 2,
    isTransient: true,
  });
