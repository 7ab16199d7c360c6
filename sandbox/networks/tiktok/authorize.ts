/**
 * TikTok's authorize request rules: client_key (not client_id), comma-separated scopes, state,
 * registered redirect_uri, PKCE S256 (required: stricter reading of the web-app doc, see README).
 * The redirect carries code, scopes and state, or error and error_description.
 */
import {
  type AuthorizeParse,
  type AuthorizeSpec,
  echoState,
  errorRedirect,
  trustedRedirect,
} from "../../oauth/authorize-flow";
import { themes } from "../../render/themes";
import { TIKTOK_SCOPES } from "./scopes";

function parseTikTokAuthorize(
  query: URLSearchParams,
  state: Parameters<AuthorizeSpec["parse"]>[1],
): AuthorizeParse {
  const trusted = trustedRedirect(query, state, "tiktok", "client_key", {
    unknownClient: {
      title: "Something went wrong",
      detail: "client_key is missing or not registered.",
    },
    unregisteredRedirect: {
      title: "Something went wrong",
      detail: "redirect_uri does not match the registered redirect URI.",
    },
  });
  if (!trusted.ok) return trusted;
  const { client, redirectUri } = trusted;
  const stateParam = query.get("state") ?? "";
  const fail = (error: string, description: string): AuthorizeParse =>
    errorRedirect(redirectUri, { error, error_description: description }, stateParam);
  if (query.get("response_type") !== "code")
    return fail("invalid_request", "response_type must be code");
  if (!stateParam) return fail("invalid_request", "state is required");
  const scopes = (query.get("scope") ?? "")
    .split(",")
    .map((scope) => scope.trim())
    .filter(Boolean);
  if (scopes.length === 0) return fail("invalid_request", "scope is required");
  const unknown = scopes.filter((scope) => !(scope in TIKTOK_SCOPES));
  if (unknown.length > 0) return fail("invalid_scope", `unknown scope: ${unknown.join(",")}`);
  const challenge = query.get("code_challenge");
  if (!challenge || query.get("code_challenge_method") !== "S256")
    return fail("invalid_request", "code_challenge with code_challenge_method=S256 is required");
  return {
    ok: true,
    request: {
      clientId: client.clientId,
      redirectUri,
      scopes,
      state: stateParam,
      codeChallenge: challenge,
      codeChallengeMethod: "S256",
    },
  };
}

export const tiktokAuthorizeSpec: AuthorizeSpec = {
  network: "tiktok",
  parse: parseTikTokAuthorize,
  successParams: (entry, request) => ({
    code: entry.code,
    // The granted scopes, which a partial grant narrows.
    scopes: entry.scopes.join(","),
    state: request.state ?? "",
  }),
  denyParams: (request) => ({
    error: "access_denied",
    error_description: "The user denied the authorization request.",
    ...echoState(request.state),
  }),
  codeTtlSeconds: (config) => config.tiktok.codeTtlSeconds,
  theme: themes.tiktok,
  describeScope: (scope) => TIKTOK_SCOPES[scope] ?? scope,
  requiredScopes: ["user.info.basic"],
  partialGrantHint:
    "Untick a permission to decline it; the redirect's scopes lists what you allowed.",
};
