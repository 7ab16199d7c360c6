/**
 * X: standard OAuth 2.0 authorization code with PKCE (required by X, S256 only here), space-
 * separated scopes, Basic client authentication, rotating refresh tokens (providers.md §1).
 * PKCE values come from oauth4webapi (lib/providers/pkce.ts); the requests go through the shared
 * HTTP helper for one timeout/redaction/classification path (see http.ts).
 */
import { authorizationUrl, requireChallenge, requireVerifier } from "../authorize-url";
import { parseCallbackParams } from "../callback";
import { endpoints, type RuntimeSource, runtimeFromEnv } from "../config";
import { noRefreshTokenError, ProviderError } from "../provider-error";
import { linkSingleAccount } from "../single-account";
import type { SocialProvider, TokenSet } from "../types";
import { adapterRules } from "../validators";
import { createXPublishing } from "./publish";
import { X_SCOPES } from "./scopes";
import { toXAccount, toXTokenSet } from "./transform";
import { exchangeXCode, getXMe, refreshXToken, revokeXToken } from "./x-api";

// A revoke answered with these means Socialite's own credentials are refused: that must surface.
const CLIENT_ERRORS = new Set(["invalid_client", "unauthorized_client"]);

const FIVE_MINUTES = 5 * 60 * 1000;

export function createXProvider(
  runtime: RuntimeSource = () => runtimeFromEnv("x"),
): SocialProvider {
  /** Revoking a token X already considers dead has achieved its purpose. */
  const revokeQuietly = async (token: string, hint: "access_token" | "refresh_token") => {
    try {
      await revokeXToken(runtime(), token, hint);
    } catch (error) {
      const deadToken =
        error instanceof ProviderError &&
        error.kind === "auth" &&
        !CLIENT_ERRORS.has(error.providerCode ?? "");
      if (!deadToken) throw error;
    }
  };

  return {
    ...adapterRules("x"),
    ...createXPublishing(runtime),
    scopes: X_SCOPES,
    requiredScopes: X_SCOPES.map(({ scope }) => scope),
    supportsPkce: true,
    supportsRevoke: true,
    // Access tokens live 2 h; each refresh rotates the refresh token.
    refreshPolicy: {
      mechanism: "refresh_token",
      marginMs: FIVE_MINUTES,
      invalidatesPrevious: true,
    },

    buildAuthorizationUrl({ state, redirectUri, codeChallenge }) {
      const config = runtime();
      return authorizationUrl(config, endpoints.x.authorize, {
        response_type: "code",
        client_id: config.clientId,
        redirect_uri: redirectUri,
        scope: X_SCOPES.map(({ scope }) => scope).join(" "),
        state,
        code_challenge: requireChallenge("X", codeChallenge),
        code_challenge_method: "S256",
      });
    },

    parseCallback: (params) =>
      parseCallbackParams(params, { descriptionParams: ["error_description"] }),

    async exchangeCode({ code, redirectUri, codeVerifier }) {
      const config = runtime();
      return linkSingleAccount(config, {
        redeem: () =>
          exchangeXCode(config, {
            code,
            redirectUri,
            codeVerifier: requireVerifier("X", codeVerifier),
          }),
        toTokens: toXTokenSet,
        readUser: (accessToken) => getXMe(config, accessToken),
        toAccount: toXAccount,
      });
    },

    async refresh(tokens: TokenSet) {
      if (!tokens.refreshToken) throw noRefreshTokenError("x", "X");
      const config = runtime();
      const issuedAt = config.now();
      const response = await refreshXToken(config, tokens.refreshToken);
      const fresh = toXTokenSet(response, issuedAt, tokens.refreshToken);
      // X may omit `scope` on refresh; the grant's scopes are unchanged then.
      return fresh.scopes.length > 0 ? fresh : { ...fresh, scopes: tokens.scopes };
    },

    async revoke(tokens) {
      // The refresh token first: once it is gone the grant cannot be renewed by anyone.
      if (tokens.refreshToken) await revokeQuietly(tokens.refreshToken, "refresh_token");
      await revokeQuietly(tokens.accessToken, "access_token");
    },
  };
}
