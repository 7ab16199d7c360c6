/** X responses (providers.md §1.2, §1.3, §1.6) as zod schemas, and their mapping to domain types. */
import { z } from "zod";
import { splitScopes } from "../callback";
import { expiresAt } from "../refresh-policy";
import { optionalPictureUrl } from "../schemas";
import type { LinkableAccount, TokenSet } from "../types";

export const xTokenResponse = z.object({
  token_type: z.string().regex(/^bearer$/i),
  access_token: z.string().min(1),
  expires_in: z.number().int().positive().optional(),
  scope: z.string().optional(),
  refresh_token: z.string().min(1).optional(),
});
export type XTokenResponse = z.infer<typeof xTokenResponse>;

export const xUsersMe = z.object({
  data: z.object({
    id: z.string().min(1),
    name: z.string(),
    username: z.string().min(1),
    profile_image_url: optionalPictureUrl,
  }),
});
export type XUser = z.infer<typeof xUsersMe>["data"];

// The OpenAPI types revoke as {revoked: boolean}; nothing in it is needed beyond a JSON answer.
export const xRevokeResponse = z.unknown();

/** RFC 6749 §5.2 error body, as X's token and revoke endpoints send it. */
export const xOAuthError = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

/** v2 API errors: problem details, or the older {errors:[{code,message}]} (429 code 88). */
export const xProblem = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  errors: z
    .array(z.object({ code: z.number().optional(), message: z.string().optional() }))
    .optional(),
});

/**
 * X rotates refresh tokens; should a response ever omit one, keeping the previous value is the
 * only choice that does not lose the grant (and X will say "auth" if it is dead).
 */
export function toXTokenSet(
  response: XTokenResponse,
  issuedAt: Date,
  previousRefreshToken?: string,
): TokenSet {
  const refreshToken = response.refresh_token ?? previousRefreshToken;
  return {
    accessToken: response.access_token,
    ...(refreshToken ? { refreshToken } : {}),
    accessTokenExpiresAt: expiresAt(issuedAt, response.expires_in),
    scopes: splitScopes(response.scope ?? ""),
  };
}

export function toXAccount(user: XUser, tokens: TokenSet): LinkableAccount {
  return {
    externalId: user.id,
    handle: user.username,
    displayName: user.name || user.username,
    ...(user.profile_image_url ? { avatarUrl: user.profile_image_url } : {}),
    tokens,
    grantedScopes: tokens.scopes,
    metadata: { userId: user.id },
  };
}
