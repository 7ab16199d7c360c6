/**
 * POST /v2/oauth/token/ and /v2/oauth/revoke/: client_key + client_secret in the form body (no
 * Basic). Refresh tokens rotate on every use and the previous one stops working (the newer doc's
 * rule, the stricter one); reusing a rotated one revokes the grant.
 */
import { empty, json, type SentReply } from "../../core/reply";
import { contentType, formBody } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import { secretsEqual } from "../../oauth/client-auth";
import { verifyPkce } from "../../oauth/pkce";
import { rotateRefreshToken } from "../../oauth/refresh";
import type { Grant } from "../../oauth/tokens";
import { oauthError } from "./errors";

function authenticate(ctx: HandlerContext, form: URLSearchParams): SentReply | undefined {
  const client = ctx.state.clients.get("tiktok");
  if (
    form.get("client_key") !== client.clientId ||
    !secretsEqual(form.get("client_secret") ?? undefined, client.clientSecret)
  ) {
    return oauthError(401, "invalid_client", "Client key or client secret is invalid.");
  }
  return undefined;
}

function issue(ctx: HandlerContext, grant: Grant): SentReply {
  const { state } = ctx;
  const now = state.now();
  const { accessTokenTtlSeconds, refreshTokenTtlSeconds } = state.config.tiktok;
  const access = state.tokens.issue(grant, "access", now, accessTokenTtlSeconds, {
    prefix: "act.",
  });
  const refresh = state.tokens.issue(grant, "refresh", now, refreshTokenTtlSeconds, {
    prefix: "rft.",
  });
  return json(200, {
    access_token: access.value,
    expires_in: accessTokenTtlSeconds,
    open_id: grant.userId,
    refresh_expires_in: refreshTokenTtlSeconds,
    refresh_token: refresh.value,
    scope: grant.scopes.join(","),
    token_type: "Bearer",
  });
}

function codeGrant(ctx: HandlerContext, form: URLSearchParams): SentReply {
  const { state } = ctx;
  const code = form.get("code");
  const redirectUri = form.get("redirect_uri");
  if (!code || !redirectUri)
    return oauthError(400, "invalid_request", "code and redirect_uri are required.");
  const lookup = state.codes.redeem("tiktok", code, state.now());
  if (lookup.status === "unknown")
    return oauthError(400, "invalid_grant", "Authorization code is invalid.");
  if (lookup.status === "used")
    return oauthError(400, "invalid_grant", "Authorization code has been used.");
  if (lookup.status === "expired")
    return oauthError(400, "invalid_grant", "Authorization code is expired.");
  const { entry } = lookup;
  if (entry.redirectUri !== redirectUri)
    return oauthError(
      400,
      "invalid_grant",
      "redirect_uri does not match the authorization request.",
    );
  const verifier = form.get("code_verifier") ?? "";
  const ok = verifyPkce({
    challenge: entry.codeChallenge ?? "",
    method: entry.codeChallengeMethod ?? "S256",
    verifier,
    encoding: state.config.tiktok.pkceEncoding,
  });
  if (!ok) return oauthError(400, "invalid_grant", "Code verifier is invalid.");
  const grant = state.tokens.createGrant(
    {
      network: "tiktok",
      clientId: entry.clientId,
      userId: entry.userId,
      scopes: entry.scopes,
      declinedScopes: entry.declinedScopes,
      pageIds: [],
    },
    state.now(),
  );
  return issue(ctx, grant);
}

function refreshGrant(ctx: HandlerContext, form: URLSearchParams): SentReply {
  const grant = rotateRefreshToken(ctx.state, "tiktok", form.get("refresh_token") ?? undefined);
  if (!grant) return oauthError(400, "invalid_grant", "Refresh token is invalid or expired.");
  return issue(ctx, grant);
}

export function tiktokToken(ctx: HandlerContext): SentReply {
  if (contentType(ctx.req) !== "application/x-www-form-urlencoded") {
    return oauthError(
      400,
      "invalid_request",
      "Content-Type must be application/x-www-form-urlencoded.",
    );
  }
  const form = formBody(ctx.req);
  const grantType = form.get("grant_type") ?? "none";
  ctx.state.counters.tokenCall("tiktok", form.get("client_key") ?? "unknown", grantType);
  const authError = authenticate(ctx, form);
  if (authError) return authError;
  if (grantType === "authorization_code") return codeGrant(ctx, form);
  if (grantType === "refresh_token") return refreshGrant(ctx, form);
  return oauthError(
    400,
    "unsupported_grant_type",
    "grant_type must be authorization_code or refresh_token.",
  );
}

export function tiktokRevoke(ctx: HandlerContext): SentReply {
  const form = formBody(ctx.req);
  const authError = authenticate(ctx, form);
  if (authError) return authError;
  const { state } = ctx;
  const check = state.tokens.check("tiktok", form.get("token") ?? undefined, state.now());
  if (check.status === "unknown") return oauthError(400, "invalid_request", "token is invalid.");
  if (check.grant.revokedAt === undefined) state.counters.revocation("tiktok", check.grant.userId);
  state.tokens.revokeGrant(check.grant.id, state.now());
  return empty(200);
}
