/**
 * X's authorize request rules: exact redirect_uri match, space-separated known scopes, state up to
 * 500 characters, PKCE required (S256 or plain). Requests that cannot be trusted to redirect get
 * an error page, the others an RFC 6749 error redirect.
 */
import {
  type AuthorizeParse,
  type AuthorizeSpec,
  echoState,
  errorRedirect,
  trustedRedirect,
} from "../../oauth/authorize-flow";
import { themes } from "../../render/themes";
import { X_SCOPES } from "./scopes";

export function parseXAuthorize(
  query: URLSearchParams,
  state: Parameters<AuthorizeSpec["parse"]>[1],
): AuthorizeParse {
  const trusted = trustedRedirect(query, state, "x", "client_id", {
    unknownClient: {
      title: "Something went wrong",
      detail:
        "You weren't able to give access to the App. Go back and try logging in again. (unknown client_id)",
    },
    unregisteredRedirect: {
      title: "Something went wrong",
      detail:
        "You weren't able to give access to the App. Go back and try logging in again. (redirect_uri does not match a registered callback URL)",
    },
  });
  if (!trusted.ok) return trusted;
  const { client, redirectUri } = trusted;
  const fail = (error: string, description: string): AuthorizeParse =>
    errorRedirect(redirectUri, { error, error_description: description }, query.get("state"));
  if (query.get("response_type") !== "code")
    return fail("unsupported_response_type", "response_type must be code");
  const stateParam = query.get("state");
  if (!stateParam || stateParam.length > 500)
    return fail("invalid_request", "state is required (up to 500 characters)");
  const scopes = (query.get("scope") ?? "").split(" ").filter(Boolean);
  if (scopes.length === 0) return fail("invalid_request", "scope is required");
  const unknown = scopes.filter((scope) => !(scope in X_SCOPES));
  if (unknown.length > 0) return fail("invalid_scope", `unknown scope: ${unknown.join(" ")}`);
  const challenge = query.get("code_challenge");
  const method = query.get("code_challenge_method");
  if (!challenge) return fail("invalid_request", "code_challenge is required");
  if (method !== "S256" && method !== "plain")
    return fail("invalid_request", "code_challenge_method must be S256 or plain");
  return {
    ok: true,
    request: {
      clientId: client.clientId,
      redirectUri,
      scopes,
      state: stateParam,
      codeChallenge: challenge,
      codeChallengeMethod: method,
    },
  };
}

export const xAuthorizeSpec: AuthorizeSpec = {
  network: "x",
  parse: parseXAuthorize,
  successParams: (entry, request) => ({ state: request.state ?? "", code: entry.code }),
  denyParams: (request) => ({
    error: "access_denied",
    ...echoState(request.state),
  }),
  codeTtlSeconds: (config) => config.x.codeTtlSeconds,
  theme: themes.x,
  describeScope: (scope) => X_SCOPES[scope] ?? scope,
  partialGrantHint:
    "Sandbox only: X grants every requested scope. Untick one to test a partial grant (the token's scope will lack it).",
};
