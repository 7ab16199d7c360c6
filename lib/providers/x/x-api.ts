/**
 * Raw X calls (providers.md §1.2, §1.3). Socialite is a confidential client, so the token and
 * revoke endpoints get HTTP Basic client authentication and no client_id in the body.
 */
import { endpoints, type ProviderRuntime } from "../config";
import { authorizationCodeForm, type HttpRequest, refreshTokenForm, requestJson } from "../http";
import {
  type XTokenResponse,
  type XUser,
  xRevokeResponse,
  xTokenResponse,
  xUsersMe,
} from "./transform";
import { classifyXApiError, classifyXOAuthError } from "./x-errors";

const base = { provider: "x", network: "X" } as const;

const tokenCall = <T>(
  runtime: ProviderRuntime,
  request: Pick<HttpRequest<T>, "url" | "form" | "schema">,
) =>
  requestJson(runtime, {
    ...base,
    ...request,
    method: "POST",
    kind: "token",
    basic: { username: runtime.clientId, password: runtime.clientSecret },
    classify: classifyXOAuthError,
  });

export const exchangeXCode = (
  runtime: ProviderRuntime,
  input: { code: string; redirectUri: string; codeVerifier: string },
): Promise<XTokenResponse> =>
  tokenCall(runtime, {
    url: endpoints.x.token,
    schema: xTokenResponse,
    form: authorizationCodeForm(input),
  });

export const refreshXToken = (
  runtime: ProviderRuntime,
  refreshToken: string,
): Promise<XTokenResponse> =>
  tokenCall(runtime, {
    url: endpoints.x.token,
    schema: xTokenResponse,
    form: refreshTokenForm(refreshToken),
  });

export const revokeXToken = async (
  runtime: ProviderRuntime,
  token: string,
  hint: "access_token" | "refresh_token",
): Promise<void> => {
  await tokenCall(runtime, {
    url: endpoints.x.revoke,
    schema: xRevokeResponse,
    form: { token, token_type_hint: hint },
  });
};

export const getXMe = async (runtime: ProviderRuntime, accessToken: string): Promise<XUser> => {
  const body = await requestJson(runtime, {
    ...base,
    method: "GET",
    url: `${endpoints.x.api}/users/me`,
    query: { "user.fields": "profile_image_url" },
    bearer: accessToken,
    kind: "read",
    schema: xUsersMe,
    classify: classifyXApiError,
  });
  return body.data;
};
