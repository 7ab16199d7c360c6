/**
 * Instagram, through the Instagram API with Instagram Login (providers.md §3A; the Facebook Login
 * variant §3B would need a Facebook Page). Standard: the authorization-code redirect with `state`
 * and a form POST to redeem the code. By hand: comma-separated scopes, the "#_" Instagram appends
 * to the redirect, the short-lived → long-lived exchange, and refresh by exchanging the access
 * token itself (no refresh token exists). No PKCE: Instagram documents none.
 */
import { authorizationUrl } from "../authorize-url";
import { parseCallbackParams } from "../callback";
import { endpoints, type RuntimeSource, runtimeFromEnv } from "../config";
import type { SocialProvider } from "../types";
import { adapterRules } from "../validators";
import {
  exchangeForLongLivedToken,
  exchangeInstagramCode,
  getInstagramProfile,
  refreshLongLivedToken,
} from "./instagram-api";
import { createInstagramPublishing } from "./publish";
import { INSTAGRAM_SCOPES } from "./scopes";
import { grantedInstagramScopes, toInstagramLinkResult, toInstagramTokenSet } from "./transform";

const DAY = 24 * 60 * 60 * 1000;

export function createInstagramProvider(
  runtime: RuntimeSource = () => runtimeFromEnv("instagram"),
): SocialProvider {
  return {
    ...adapterRules("instagram"),
    ...createInstagramPublishing(runtime),
    scopes: INSTAGRAM_SCOPES,
    requiredScopes: INSTAGRAM_SCOPES.map(({ scope }) => scope),
    supportsPkce: false,
    // Instagram Login documents no revocation endpoint; the person removes the app in Instagram.
    supportsRevoke: false,
    // 60-day tokens, renewable once at least 24 h old: a week of margin survives a long outage.
    refreshPolicy: {
      mechanism: "extend_access_token",
      marginMs: 7 * DAY,
      minTokenAgeMs: DAY,
      // providers.md is silent on the old token; assume it dies, as the sandbox does.
      invalidatesPrevious: true,
    },

    buildAuthorizationUrl({ state, redirectUri }) {
      const config = runtime();
      return authorizationUrl(config, endpoints.instagram.authorize, {
        client_id: config.clientId,
        redirect_uri: redirectUri,
        response_type: "code",
        scope: INSTAGRAM_SCOPES.map(({ scope }) => scope).join(","),
        state,
      });
    },

    parseCallback: (params) =>
      parseCallbackParams(params, { descriptionParams: ["error_description", "error_reason"] }),

    async exchangeCode({ code, redirectUri }) {
      const config = runtime();
      const shortLived = await exchangeInstagramCode(config, { code, redirectUri });
      const issuedAt = config.now();
      const longLived = await exchangeForLongLivedToken(config, shortLived.access_token);
      const tokens = toInstagramTokenSet(longLived, issuedAt, grantedInstagramScopes(shortLived));
      const profile = await getInstagramProfile(config, tokens.accessToken);
      return toInstagramLinkResult(profile, tokens);
    },

    async refresh(tokens) {
      const config = runtime();
      const issuedAt = config.now();
      const renewed = await refreshLongLivedToken(config, tokens.accessToken);
      return toInstagramTokenSet(renewed, issuedAt, tokens.scopes);
    },

    async revoke() {},
  };
}
