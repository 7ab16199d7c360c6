/**
 * Instagram Login tokens: the code exchange on api.instagram.com (legacy error shape
 * {error_type, code, error_message}), the 60-day exchange and the refresh on graph.instagram.com.
 * There is no refresh token: the long-lived token itself is refreshed, only once it is 24 h old,
 * and the refreshed one replaces it (stricter reading, see README).
 */
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import { secretsEqual } from "../../oauth/client-auth";
import { graphError, paramError, tokenCheckError } from "../graph/errors";
import { readGraphParams, str } from "../graph/params";

const legacyError = (message: string, status = 400): SentReply =>
  json(status, { error_type: "OAuthException", code: status, error_message: message });

export async function instagramCodeExchange(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const client = state.clients.get("instagram");
  const grantType = str(params, "grant_type") ?? "none";
  state.counters.tokenCall("instagram", str(params, "client_id") ?? "unknown", grantType);
  if (str(params, "client_id") !== client.clientId) return legacyError("Invalid platform app");
  if (!secretsEqual(str(params, "client_secret"), client.clientSecret))
    return legacyError("Error validating client secret.");
  if (grantType !== "authorization_code")
    return legacyError("Unsupported grant_type: only authorization_code is accepted");
  const code = (str(params, "code") ?? "").replace(/#_$/, "");
  const lookup = state.codes.redeem("instagram", code, state.now());
  if (lookup.status === "unknown" || lookup.status === "used")
    return legacyError("Matching code was not found or was already used");
  if (lookup.status === "expired") return legacyError("This authorization code has expired");
  const { entry } = lookup;
  if (entry.redirectUri !== str(params, "redirect_uri")) {
    return legacyError(
      "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request",
    );
  }
  const grant = state.tokens.createGrant(
    {
      network: "instagram",
      clientId: client.clientId,
      userId: entry.userId,
      scopes: entry.scopes,
      declinedScopes: entry.declinedScopes,
      pageIds: [],
    },
    state.now(),
  );
  const token = state.tokens.issue(
    grant,
    "access",
    state.now(),
    state.config.instagram.shortLivedTtlSeconds,
    { prefix: "IGAA" },
  );
  const appScopedId =
    state.directory.users.find((user) => user.id === entry.userId)?.appScopedId ?? entry.userId;
  const body = {
    access_token: token.value,
    user_id: appScopedId,
    permissions: entry.scopes.join(","),
  };
  return json(200, state.config.instagram.tokenResponseShape === "data" ? { data: [body] } : body);
}

/** GET /access_token?grant_type=ig_exchange_token: short-lived → 60-day token. */
export async function instagramExchange(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const client = state.clients.get("instagram");
  state.counters.tokenCall("instagram", client.clientId, "ig_exchange_token");
  if (str(params, "grant_type") !== "ig_exchange_token")
    return paramError("grant_type must be ig_exchange_token");
  if (!secretsEqual(str(params, "client_secret"), client.clientSecret))
    return graphError(400, { message: "Error validating client secret.", code: 101 });
  const check = state.tokens.check("instagram", str(params, "access_token"), state.now());
  if (check.status !== "valid") return tokenCheckError(check, client.clientId, state.now());
  if (check.token.longLived) return paramError("The access token is already a long-lived token.");
  const ttl = state.config.instagram.longLivedTtlSeconds;
  const token = state.tokens.issue(check.grant, "access", state.now(), ttl, {
    prefix: "IGAA",
    longLived: true,
  });
  return json(200, { access_token: token.value, token_type: "bearer", expires_in: ttl });
}

/** GET /refresh_access_token?grant_type=ig_refresh_token: a ≥ 24 h old, unexpired long-lived token → a fresh 60 days. */
export async function instagramRefresh(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const client = state.clients.get("instagram");
  state.counters.tokenCall("instagram", client.clientId, "ig_refresh_token");
  if (str(params, "grant_type") !== "ig_refresh_token")
    return paramError("grant_type must be ig_refresh_token");
  const now = state.now();
  const check = state.tokens.check("instagram", str(params, "access_token"), now);
  if (check.status !== "valid") return tokenCheckError(check, client.clientId, now);
  if (!check.token.longLived) return paramError("Only long-lived access tokens can be refreshed.");
  const minAge = state.config.instagram.minRefreshAgeSeconds * 1000;
  if (now - check.token.issuedAt < minAge)
    return paramError("The access token can only be refreshed after it is at least 24 hours old.");
  const ttl = state.config.instagram.longLivedTtlSeconds;
  state.tokens.retire(check.token, now, "replaced");
  const token = state.tokens.issue(check.grant, "access", now, ttl, {
    prefix: "IGAA",
    longLived: true,
  });
  state.counters.refresh("instagram", check.grant.userId);
  return json(200, { access_token: token.value, token_type: "bearer", expires_in: ttl });
}
