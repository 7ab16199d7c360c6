/**
 * Raw Instagram Login calls (providers.md §3A). The code is redeemed with a form POST carrying
 * the client secret in the body; the long-lived exchange and the refresh are Meta-only GETs with
 * the secret and the token in the query (the only way Instagram accepts them), which is why no
 * OAuth library is used here.
 */
import { endpoints, type ProviderRuntime } from "../config";
import { requestJson } from "../http";
import { graphGet } from "../meta/graph-call";
import { createGraphClassifier } from "../meta/graph-errors";
import {
  type InstagramLongLivedToken,
  type InstagramProfile,
  type InstagramShortLivedToken,
  igLongLivedToken,
  igProfile,
  igShortLivedToken,
} from "./transform";

const base = { provider: "instagram", network: "Instagram" } as const;
const classifyOAuth = createGraphClassifier({ network: "Instagram", endpoint: "oauth" });
const classifyApi = createGraphClassifier({ network: "Instagram", endpoint: "api" });

export const exchangeInstagramCode = (
  runtime: ProviderRuntime,
  input: { code: string; redirectUri: string },
): Promise<InstagramShortLivedToken> =>
  requestJson(runtime, {
    ...base,
    method: "POST",
    url: endpoints.instagram.token,
    form: {
      client_id: runtime.clientId,
      client_secret: runtime.clientSecret,
      grant_type: "authorization_code",
      redirect_uri: input.redirectUri,
      code: input.code,
    },
    kind: "token",
    schema: igShortLivedToken,
    classify: classifyOAuth,
  });

/** Short-lived (1 h) → long-lived (60 d). */
export const exchangeForLongLivedToken = (
  runtime: ProviderRuntime,
  shortLivedToken: string,
): Promise<InstagramLongLivedToken> =>
  requestJson(runtime, {
    ...base,
    method: "GET",
    url: `${endpoints.instagram.graph}/access_token`,
    query: {
      grant_type: "ig_exchange_token",
      client_secret: runtime.clientSecret,
      access_token: shortLivedToken,
    },
    kind: "token",
    schema: igLongLivedToken,
    classify: classifyOAuth,
  });

/**
 * A long-lived token at least 24 h old and unexpired → a new 60-day one. Classified like an API
 * call, not a code exchange: only a dead token (code 190) is "auth"; a refusal such as "too
 * young to refresh" (code 100) leaves a working token and must not force a reconnect.
 */
export const refreshLongLivedToken = (
  runtime: ProviderRuntime,
  longLivedToken: string,
): Promise<InstagramLongLivedToken> =>
  requestJson(runtime, {
    ...base,
    method: "GET",
    url: `${endpoints.instagram.graph}/refresh_access_token`,
    query: { grant_type: "ig_refresh_token", access_token: longLivedToken },
    kind: "token",
    schema: igLongLivedToken,
    classify: classifyApi,
  });

export const getInstagramProfile = (
  runtime: ProviderRuntime,
  accessToken: string,
): Promise<InstagramProfile> =>
  graphGet(runtime, {
    ...base,
    url: `${endpoints.instagram.graphVersioned}/me`,
    accessToken,
    query: { fields: "user_id,username,account_type,profile_picture_url" },
    schema: igProfile,
    classify: classifyApi,
  });
