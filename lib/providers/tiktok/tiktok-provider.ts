/**
 * TikTok (Login Kit v2 for web, providers.md §4). Standard: the authorization-code redirect with
 * `state`, refresh tokens (rotated: the previous one stops working). By hand: `client_key` in
 * place of client_id, comma-separated scopes, the granted `scopes` on the redirect, client
 * authentication in the body, errors with HTTP 200. PKCE is documented only for desktop/mobile,
 * where the S256 challenge is hex-encoded (3rd-party reading, UNCONFIRMED); it is sent anyway,
 * hex-encoded, since sending it cannot weaken the flow and protects it wherever TikTok checks it.
 */

import { getEnv } from "@/lib/env";
import { authorizationUrl, requireChallenge, requireVerifier } from "../authorize-url";
import { parseCallbackParams } from "../callback";
import { endpoints, type RuntimeSource, runtimeFromEnv } from "../config";
import { noRefreshTokenError } from "../provider-error";
import { linkSingleAccount } from "../single-account";
import type { SocialProvider } from "../types";
import { adapterRules } from "../validators";
import { createTikTokPublishing, type TikTokPublishingOptions } from "./publish";
import { TIKTOK_SCOPES } from "./scopes";
import {
  exchangeTikTokCode,
  getTikTokUser,
  refreshTikTokToken,
  revokeTikTokToken,
} from "./tiktok-api";
import { toTikTokAccount, toTikTokTokenSet } from "./transform";

/** The standard (base64url) S256 challenge re-encoded as the hex TikTok's desktop docs specify. */
export const toHexChallenge = (base64urlChallenge: string): string =>
  Buffer.from(base64urlChallenge, "base64url").toString("hex");

export function createTikTokProvider(
  runtime: RuntimeSource = () => runtimeFromEnv("tiktok"),
  publishing: TikTokPublishingOptions = { audited: getEnv().TIKTOK_APP_AUDITED },
): SocialProvider {
  return {
    ...adapterRules("tiktok"),
    ...createTikTokPublishing(runtime, publishing),
    scopes: TIKTOK_SCOPES,
    requiredScopes: TIKTOK_SCOPES.map(({ scope }) => scope),
    supportsPkce: true,
    supportsRevoke: true,
    // Access tokens last 2 h or 24 h depending on the doc version (read from expires_in).
    refreshPolicy: {
      mechanism: "refresh_token",
      marginMs: 10 * 60 * 1000,
      invalidatesPrevious: true,
    },

    buildAuthorizationUrl({ state, redirectUri, codeChallenge }) {
      const config = runtime();
      return authorizationUrl(config, endpoints.tiktok.authorize, {
        client_key: config.clientId,
        scope: TIKTOK_SCOPES.map(({ scope }) => scope).join(","),
        response_type: "code",
        redirect_uri: redirectUri,
        state,
        code_challenge: toHexChallenge(requireChallenge("TikTok", codeChallenge)),
        code_challenge_method: "S256",
      });
    },

    parseCallback: (params) =>
      parseCallbackParams(params, {
        descriptionParams: ["error_description"],
        grantedScopesParam: "scopes",
      }),

    async exchangeCode({ code, redirectUri, codeVerifier }) {
      const config = runtime();
      return linkSingleAccount(config, {
        redeem: () =>
          exchangeTikTokCode(config, {
            code,
            redirectUri,
            codeVerifier: requireVerifier("TikTok", codeVerifier),
          }),
        toTokens: toTikTokTokenSet,
        readUser: (accessToken) => getTikTokUser(config, accessToken),
        toAccount: toTikTokAccount,
      });
    },

    async refresh(tokens) {
      if (!tokens.refreshToken) throw noRefreshTokenError("tiktok", "TikTok");
      const config = runtime();
      const issuedAt = config.now();
      return toTikTokTokenSet(await refreshTikTokToken(config, tokens.refreshToken), issuedAt);
    },

    // TikTok's revoke takes the access token and ends the person's authorization of the app.
    async revoke(tokens) {
      await revokeTikTokToken(runtime(), tokens.accessToken);
    },
  };
}
