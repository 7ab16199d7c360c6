/**
 * Facebook (Facebook Login for Pages, providers.md §2). Standard: the authorization-code redirect
 * with `state`. By hand, because Meta departs from RFC 6749: the code is redeemed with a GET that
 * carries the app secret as a parameter, there is no refresh token (a 1 h user token is exchanged
 * for a 60-day one with fb_exchange_token), and the accounts Socialite posts as are Pages, each
 * with its own Page token. No PKCE: the classic flow has none (the OIDC variant is "in testing").
 */
import { authorizationUrl } from "../authorize-url";
import { parseCallbackParams } from "../callback";
import { endpoints, type RuntimeSource, runtimeFromEnv } from "../config";
import type { SocialProvider } from "../types";
import { adapterRules } from "../validators";
import {
  exchangeFacebookCode,
  exchangeForLongLivedToken,
  getFacebookMe,
  getGrantedPermissions,
  listFacebookPages,
} from "./facebook-api";
import { createFacebookPublishing } from "./publish";
import { FACEBOOK_SCOPES } from "./scopes";
import { toFacebookLinkResult } from "./transform";

const requested = FACEBOOK_SCOPES.map(({ scope }) => scope);

export function createFacebookProvider(
  runtime: RuntimeSource = () => runtimeFromEnv("facebook"),
): SocialProvider {
  return {
    ...adapterRules("facebook"),
    ...createFacebookPublishing(runtime),
    scopes: FACEBOOK_SCOPES,
    requiredScopes: requested,
    supportsPkce: false,
    // Revoking means DELETE /{user-id}/permissions with the person's user token, which is not
    // kept, and would cut every Page of that person at once; unlinking one Page drops its token.
    supportsRevoke: false,
    // Page tokens obtained through a long-lived user token do not expire (providers.md §2.2).
    refreshPolicy: { mechanism: "none", marginMs: 0, invalidatesPrevious: false },

    buildAuthorizationUrl({ state, redirectUri }) {
      const config = runtime();
      return authorizationUrl(config, endpoints.facebook.authorize, {
        client_id: config.clientId,
        redirect_uri: redirectUri,
        state,
        response_type: "code",
        scope: requested.join(","),
      });
    },

    parseCallback: (params) =>
      parseCallbackParams(params, {
        descriptionParams: ["error_description", "error_message", "error_reason"],
      }),

    async exchangeCode({ code, redirectUri }) {
      const config = runtime();
      const shortLived = await exchangeFacebookCode(config, { code, redirectUri });
      const longLived = await exchangeForLongLivedToken(config, shortLived.access_token);
      const userToken = longLived.access_token;
      const me = await getFacebookMe(config, userToken);
      const granted = await getGrantedPermissions(config, userToken, requested);
      const pages = await listFacebookPages(config, userToken);
      return toFacebookLinkResult(pages, me.id, granted);
    },

    /**
     * Nothing to renew: this only proves the Page token still works, so a dead one (password
     * changed, Page role lost, app removed) surfaces as "auth" before a post is attempted.
     */
    async refresh(tokens) {
      await getFacebookMe(runtime(), tokens.accessToken);
      return tokens;
    },

    async revoke() {},
  };
}
