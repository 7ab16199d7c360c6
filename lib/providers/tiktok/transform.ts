/** TikTok Login Kit v2 responses (providers.md §4.2, §4.3, §4.5) as zod schemas, mapped to domain types. */
import { z } from "zod";
import { splitScopes } from "../callback";
import { isRecord } from "../classify";
import { expiresAt } from "../refresh-policy";
import { optionalPictureUrl } from "../schemas";
import type { LinkableAccount, TokenSet } from "../types";

export const ttTokenResponse = z.object({
  open_id: z.string().min(1),
  scope: z.string(),
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  refresh_token: z.string().min(1),
  refresh_expires_in: z.number().int().positive(),
  token_type: z.string().optional(),
});
export type TikTokTokenResponse = z.infer<typeof ttTokenResponse>;

export const ttOAuthError = z.object({
  error: z.string().min(1),
  error_description: z.string().optional(),
});

/** Every v2 API answer carries {error:{code,message,log_id}}; code "ok" is success. */
export const ttApiError = z.object({
  error: z.object({ code: z.string(), message: z.string().optional() }),
});

export const ttUserInfo = z.object({
  data: z.object({
    user: z.object({
      open_id: z.string().min(1),
      union_id: z.string().optional(),
      avatar_url: optionalPictureUrl,
      display_name: z.string(),
    }),
  }),
  error: z.object({ code: z.literal("ok") }),
});
export type TikTokUser = z.infer<typeof ttUserInfo>["data"]["user"];

// Revoke answers 200 with an empty body or {}.
export const ttRevokeResponse = z.unknown();

/** The token endpoint can report an OAuth error with HTTP 200: a body naming one is a failure. */
export const isTikTokOAuthErrorBody = (body: unknown): boolean =>
  isRecord(body) &&
  typeof body.error === "string" &&
  body.error !== "" &&
  !("access_token" in body);

/** A v2 API body whose error code is not "ok" is a failure, whatever the HTTP status. */
export const isTikTokApiErrorBody = (body: unknown): boolean =>
  isRecord(body) && isRecord(body.error) && body.error.code !== "ok";

export function toTikTokTokenSet(response: TikTokTokenResponse, issuedAt: Date): TokenSet {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    accessTokenExpiresAt: expiresAt(issuedAt, response.expires_in),
    refreshTokenExpiresAt: expiresAt(issuedAt, response.refresh_expires_in),
    scopes: splitScopes(response.scope),
  };
}

/**
 * The handle is the display name: the username needs user.info.profile, a scope posting does not
 * need (least privilege); the publishing half reads creator_username from creator_info anyway.
 */
export function toTikTokAccount(user: TikTokUser, tokens: TokenSet): LinkableAccount {
  return {
    externalId: user.open_id,
    handle: user.display_name,
    displayName: user.display_name,
    ...(user.avatar_url ? { avatarUrl: user.avatar_url } : {}),
    tokens,
    grantedScopes: tokens.scopes,
    metadata: { openId: user.open_id, ...(user.union_id ? { unionId: user.union_id } : {}) },
  };
}
