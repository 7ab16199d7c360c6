/** Instagram API with Instagram Login responses (providers.md §3A) as zod schemas, mapped to domain types. */
import { z } from "zod";
import { splitScopes } from "../callback";
import { graphId } from "../meta/graph-call";
import { expiresAt } from "../refresh-policy";
import { optionalPictureUrl } from "../schemas";
import type { LinkResult, TokenSet } from "../types";

const shortLivedEntry = z.object({
  access_token: z.string().min(1),
  // Often a JSON number above 2^53, so JSON.parse has already rounded it: never used as identity
  // (the profile's string user_id is).
  user_id: z.union([z.string(), z.number()]).optional(),
  permissions: z.union([z.string(), z.array(z.string())]).optional(),
});

/**
 * The doc shows {"data":[{…}]}, clients observe the flat object (UNCONFIRMED which is live, so
 * both are read).
 */
export const igShortLivedToken = z.union([
  z.object({ data: z.array(shortLivedEntry).length(1) }).transform((body) => body.data[0]!),
  shortLivedEntry,
]);
export type InstagramShortLivedToken = z.infer<typeof igShortLivedToken>;

export const igLongLivedToken = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().int().positive(),
});
export type InstagramLongLivedToken = z.infer<typeof igLongLivedToken>;

export const igProfile = z.object({
  id: graphId,
  user_id: graphId.optional(),
  username: z.string().min(1),
  account_type: z.string().optional(),
  profile_picture_url: optionalPictureUrl,
});
export type InstagramProfile = z.infer<typeof igProfile>;

export const grantedInstagramScopes = (token: InstagramShortLivedToken): string[] =>
  splitScopes(token.permissions ?? []);

export function toInstagramTokenSet(
  token: InstagramLongLivedToken,
  issuedAt: Date,
  scopes: string[],
): TokenSet {
  return {
    accessToken: token.access_token,
    accessTokenExpiresAt: expiresAt(issuedAt, token.expires_in),
    scopes,
  };
}

// Instagram Login only lets professional accounts publish (providers.md §3C).
const PROFESSIONAL = new Set(["BUSINESS", "MEDIA_CREATOR"]);

export function toInstagramLinkResult(profile: InstagramProfile, tokens: TokenSet): LinkResult {
  // `user_id` is the professional account id the publishing paths use; `id` is app-scoped.
  const igUserId = profile.user_id ?? profile.id;
  if (profile.account_type !== undefined && !PROFESSIONAL.has(profile.account_type)) {
    return {
      accounts: [],
      skipped: [
        {
          externalId: igUserId,
          displayName: profile.username,
          reason:
            "Instagram only lets professional accounts publish through apps. Switch it to a Business or Creator account in the Instagram app, then connect again.",
        },
      ],
    };
  }
  return {
    accounts: [
      {
        externalId: igUserId,
        handle: profile.username,
        displayName: profile.username,
        ...(profile.profile_picture_url ? { avatarUrl: profile.profile_picture_url } : {}),
        tokens,
        grantedScopes: tokens.scopes,
        metadata: {
          igUserId,
          appScopedId: profile.id,
          ...(profile.account_type ? { accountType: profile.account_type } : {}),
        },
      },
    ],
    skipped: [],
  };
}
