/**
 * Raw TikTok Login Kit v2 calls (providers.md §4.2, §4.5). Not a standard OAuth client: the app
 * is identified by `client_key` (not client_id), authenticated with the secret in the form body,
 * and errors may arrive with HTTP 200, so the shared helper is used instead of oauth4webapi.
 */
import { endpoints, type ProviderRuntime } from "../config";
import { authorizationCodeForm, type HttpRequest, refreshTokenForm, requestJson } from "../http";
import { classifyTikTokApiError, classifyTikTokOAuthError } from "./tiktok-errors";
import {
  isTikTokApiErrorBody,
  isTikTokOAuthErrorBody,
  type TikTokTokenResponse,
  type TikTokUser,
  ttRevokeResponse,
  ttTokenResponse,
  ttUserInfo,
} from "./transform";

const base = { provider: "tiktok", network: "TikTok" } as const;

const oauthPost = <T>(
  runtime: ProviderRuntime,
  request: Pick<HttpRequest<T>, "url" | "form" | "schema">,
): Promise<T> =>
  requestJson(runtime, {
    ...base,
    ...request,
    method: "POST",
    form: { client_key: runtime.clientId, client_secret: runtime.clientSecret, ...request.form },
    kind: "token",
    classify: classifyTikTokOAuthError,
    isErrorBody: isTikTokOAuthErrorBody,
  });

export const exchangeTikTokCode = (
  runtime: ProviderRuntime,
  input: { code: string; redirectUri: string; codeVerifier?: string },
): Promise<TikTokTokenResponse> =>
  oauthPost(runtime, {
    url: endpoints.tiktok.token,
    schema: ttTokenResponse,
    form: authorizationCodeForm(input),
  });

export const refreshTikTokToken = (
  runtime: ProviderRuntime,
  refreshToken: string,
): Promise<TikTokTokenResponse> =>
  oauthPost(runtime, {
    url: endpoints.tiktok.token,
    schema: ttTokenResponse,
    form: refreshTokenForm(refreshToken),
  });

export const revokeTikTokToken = async (
  runtime: ProviderRuntime,
  accessToken: string,
): Promise<void> => {
  await oauthPost(runtime, {
    url: endpoints.tiktok.revoke,
    schema: ttRevokeResponse,
    form: { token: accessToken },
  });
};

export const getTikTokUser = async (
  runtime: ProviderRuntime,
  accessToken: string,
): Promise<TikTokUser> => {
  const body = await requestJson(runtime, {
    ...base,
    method: "GET",
    url: `${endpoints.tiktok.api}/user/info/`,
    query: { fields: "open_id,union_id,avatar_url,display_name" },
    bearer: accessToken,
    kind: "read",
    schema: ttUserInfo,
    classify: classifyTikTokApiError,
    isErrorBody: isTikTokApiErrorBody,
  });
  return body.data.user;
};
