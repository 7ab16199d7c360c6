/**
 * POST /2/oauth2/token and /2/oauth2/revoke. The sandbox X app is a confidential client, so
 * Basic authentication is required (a body client_id alone is refused as X does). Refresh tokens
 * rotate on every use; presenting a rotated one again revokes the whole grant (stricter reading
 * of "refresh tokens rotate", see README).
 */

import { json, type SentReply } from "../../core/reply";
import { contentType, formBody } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import { basicCredentials, secretsEqual } from "../../oauth/client-auth";
import { verifyPkce } from "../../oauth/pkce";
import { rotateRefreshToken } from "../../oauth/refresh";
import type { Grant } from "../../oauth/tokens";
import { oauthError } from "./errors";

const missingAuth = () =>
  oauthError(401, "unauthorized_client", "Missing valid authorization header");

/** Returns the authenticated client id, or the error reply. */
function authenticateClient(
  ctx: HandlerContext,
  form: URLSearchParams,
): { clientId: string } | SentReply {
  const client = ctx.state.clients.get("x");
  const basic = basicCredentials(ctx.req);
  if (!basic) return missingAuth();
  if (basic.clientId !== client.clientId || !secretsEqual(basic.clientSecret, client.clientSecret))
    return missingAuth();
  const bodyClient = form.get("client_id");
  if (bodyClient && bodyClient !== client.clientId)
    return oauthError(400, "invalid_request", "client_id does not match the authorization header");
  return { clientId: client.clientId };
}

function issueTokens(ctx: HandlerContext, grant: Grant): SentReply {
  const { state } = ctx;
  const now = state.now();
  const access = state.tokens.issue(grant, "access", now, state.config.x.accessTokenTtlSeconds);
  const offline = grant.scopes.includes("offline.access");
  const refresh = offline
    ? state.tokens.issue(grant, "refresh", now, state.config.x.refreshTokenTtlSeconds)
    : undefined;
  return json(200, {
    token_type: "bearer",
    expires_in: state.config.x.accessTokenTtlSeconds,
    access_token: access.value,
    scope: grant.scopes.join(" "),
    ...(refresh ? { refresh_token: refresh.value } : {}),
  });
}

function authorizationCodeGrant(
  ctx: HandlerContext,
  form: URLSearchParams,
  clientId: string,
): SentReply {
  const { state } = ctx;
  const code = form.get("code");
  const verifier = form.get("code_verifier");
  const redirectUri = form.get("redirect_uri");
  if (!code || !verifier || !redirectUri)
    return oauthError(
      400,
      "invalid_request",
      "Missing required parameter [code, redirect_uri or code_verifier].",
    );
  const lookup = state.codes.redeem("x", code, state.now());
  if (lookup.status !== "ok" || lookup.entry.clientId !== clientId) {
    return oauthError(
      400,
      "invalid_request",
      "Value passed for the authorization code was invalid.",
    );
  }
  const { entry } = lookup;
  if (entry.redirectUri !== redirectUri)
    return oauthError(
      400,
      "invalid_request",
      "Value passed for the redirect uri did not match the uri of the authorization code.",
    );
  const pkceOk = verifyPkce({
    challenge: entry.codeChallenge ?? "",
    method: entry.codeChallengeMethod ?? "",
    verifier,
  });
  if (!pkceOk)
    return oauthError(
      400,
      "invalid_request",
      "Value passed for the code verifier did not match the code challenge.",
    );
  const grant = state.tokens.createGrant(
    {
      network: "x",
      clientId,
      userId: entry.userId,
      scopes: entry.scopes,
      declinedScopes: entry.declinedScopes,
      pageIds: [],
    },
    state.now(),
  );
  return issueTokens(ctx, grant);
}

function refreshGrant(ctx: HandlerContext, form: URLSearchParams, clientId: string): SentReply {
  const grant = rotateRefreshToken(
    ctx.state,
    "x",
    form.get("refresh_token") ?? undefined,
    (owner) => owner.clientId === clientId,
  );
  if (!grant) return oauthError(400, "invalid_request", "Value passed for the token was invalid.");
  return issueTokens(ctx, grant);
}

export function xToken(ctx: HandlerContext): SentReply {
  if (contentType(ctx.req) !== "application/x-www-form-urlencoded") {
    return oauthError(
      400,
      "invalid_request",
      "Content-Type must be application/x-www-form-urlencoded",
    );
  }
  const form = formBody(ctx.req);
  const auth = authenticateClient(ctx, form);
  const grantType = form.get("grant_type") ?? "";
  ctx.state.counters.tokenCall(
    "x",
    "clientId" in auth ? auth.clientId : (form.get("client_id") ?? "unknown"),
    grantType || "none",
  );
  if (!("clientId" in auth)) return auth;
  if (grantType === "authorization_code") return authorizationCodeGrant(ctx, form, auth.clientId);
  if (grantType === "refresh_token") return refreshGrant(ctx, form, auth.clientId);
  return oauthError(
    400,
    "unsupported_grant_type",
    "grant_type must be authorization_code or refresh_token",
  );
}

export function xRevoke(ctx: HandlerContext): SentReply {
  const form = formBody(ctx.req);
  const auth = authenticateClient(ctx, form);
  if (!("clientId" in auth)) return auth;
  const token = form.get("token");
  if (!token) return oauthError(400, "invalid_request", "Missing required parameter [token].");
  const { state } = ctx;
  const check = state.tokens.check("x", token, state.now());
  // RFC 7009: an unknown or already dead token still answers 200.
  if (check.status !== "unknown" && check.grant.clientId === auth.clientId) {
    if (check.grant.revokedAt === undefined) state.counters.revocation("x", check.grant.userId);
    state.tokens.revokeGrant(check.grant.id, state.now());
  }
  return json(200, { revoked: true });
}
