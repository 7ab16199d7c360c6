/**
 * Instagram Login's authorize rules: client_id, registered redirect_uri, comma-separated scopes
 * (a space is tolerated, as the doc allows), optional state; the redirect gets "#_" appended.
 */
import {
  type AuthorizeParse,
  type AuthorizeSpec,
  echoState,
  errorRedirect,
  trustedRedirect,
} from "../../oauth/authorize-flow";
import { themes } from "../../render/themes";
import { INSTAGRAM_SCOPES } from "./scopes";

function parseInstagramAuthorize(
  query: URLSearchParams,
  state: Parameters<AuthorizeSpec["parse"]>[1],
): AuthorizeParse {
  const trusted = trustedRedirect(query, state, "instagram", "client_id", {
    unknownClient: {
      title: "Invalid Request",
      detail: "Invalid platform app (client_id is not registered).",
    },
    unregisteredRedirect: {
      title: "Invalid Request",
      detail: "Invalid redirect_uri: it does not match a valid OAuth redirect URI of the app.",
    },
  });
  if (!trusted.ok) return trusted;
  const { client, redirectUri } = trusted;
  const stateParam = query.get("state");
  const fail = (error: string, description: string): AuthorizeParse =>
    errorRedirect(
      redirectUri,
      { error, error_reason: error, error_description: description },
      stateParam,
    );
  if (query.get("response_type") !== "code")
    return fail("invalid_request", "response_type must be code");
  const scopes = (query.get("scope") ?? "").split(/[,\s]+/).filter(Boolean);
  if (scopes.length === 0) return fail("invalid_scope", "scope is required");
  const unknown = scopes.filter((scope) => !(scope in INSTAGRAM_SCOPES));
  if (unknown.length > 0) return fail("invalid_scope", `Invalid scope: ${unknown.join(",")}`);
  return {
    ok: true,
    request: {
      clientId: client.clientId,
      redirectUri,
      scopes,
      ...echoState(stateParam),
    },
  };
}

export const instagramAuthorizeSpec: AuthorizeSpec = {
  network: "instagram",
  parse: parseInstagramAuthorize,
  successParams: (entry, request) => ({
    code: entry.code,
    ...(request.state ? { state: request.state } : {}),
  }),
  denyParams: (request) => ({
    error: "access_denied",
    error_reason: "user_denied",
    error_description: "The user denied your request.",
    ...echoState(request.state),
  }),
  fragment: "#_",
  codeTtlSeconds: (config) => config.instagram.codeTtlSeconds,
  theme: themes.instagram,
  describeScope: (scope) => INSTAGRAM_SCOPES[scope] ?? scope,
  requiredScopes: ["instagram_business_basic"],
  partialGrantHint: "Untick a permission to turn it off for this app.",
  refuseUser: (user) =>
    user.accountType === "PERSONAL"
      ? "Instagram API with Instagram Login needs a professional (Business or Creator) account. Switch the account to professional first."
      : undefined,
};
