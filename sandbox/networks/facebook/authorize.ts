/**
 * The Facebook Login dialog's rules: client_id, exact redirect_uri, comma- or space-separated
 * known permissions (unknown ones get the "Invalid Scopes" dialog, not a redirect), code flow
 * only. The redirect appends "#_=_" as Facebook does; Cancel sends error_reason=user_denied.
 */
import {
  type AuthorizeParse,
  type AuthorizeSpec,
  echoState,
  trustedRedirect,
} from "../../oauth/authorize-flow";
import { themes } from "../../render/themes";
import { FACEBOOK_SCOPES } from "./scopes";

function parseFacebookDialog(
  query: URLSearchParams,
  state: Parameters<AuthorizeSpec["parse"]>[1],
): AuthorizeParse {
  const trusted = trustedRedirect(query, state, "facebook", "client_id", {
    unknownClient: {
      title: "Invalid App ID",
      detail: "The provided app ID does not look like a valid app ID.",
    },
    unregisteredRedirect: {
      title: "URL blocked",
      detail:
        "This redirect failed because the redirect URI is not whitelisted in the app's Client OAuth Settings.",
    },
  });
  if (!trusted.ok) return trusted;
  const { client, redirectUri } = trusted;
  const responseType = query.get("response_type") ?? "code";
  if (responseType !== "code") {
    return {
      ok: false,
      page: {
        title: "Unsupported response_type",
        detail: "The sandbox serves the code flow only (Socialite refuses the implicit grant).",
      },
    };
  }
  const scopes = (query.get("scope") ?? "public_profile").split(/[,\s]+/).filter(Boolean);
  const unknown = scopes.filter((scope) => !(scope in FACEBOOK_SCOPES));
  if (unknown.length > 0)
    return {
      ok: false,
      page: {
        title: "Invalid Scopes",
        detail: `Invalid Scopes: ${unknown.join(", ")}. This message is only shown to developers.`,
      },
    };
  return {
    ok: true,
    request: {
      clientId: client.clientId,
      redirectUri,
      scopes,
      ...echoState(query.get("state")),
      ...(query.get("return_scopes") === "true" ? { returnScopes: true } : {}),
    },
  };
}

export const facebookAuthorizeSpec: AuthorizeSpec = {
  network: "facebook",
  parse: parseFacebookDialog,
  successParams: (entry, request) => ({
    code: entry.code,
    ...(request.returnScopes
      ? {
          granted_scopes: entry.scopes.join(","),
          denied_scopes: entry.declinedScopes.join(","),
        }
      : {}),
    ...echoState(request.state),
  }),
  denyParams: (request) => ({
    error: "access_denied",
    error_code: "200",
    error_description: "Permissions error",
    error_reason: "user_denied",
    ...echoState(request.state),
  }),
  fragment: "#_=_",
  codeTtlSeconds: (config) => config.facebook.codeTtlSeconds,
  theme: themes.facebook,
  describeScope: (scope) => FACEBOOK_SCOPES[scope] ?? scope,
  choosesPages: true,
  requiredScopes: ["public_profile"],
  partialGrantHint: "Edit access: untick a permission to decline it.",
};
