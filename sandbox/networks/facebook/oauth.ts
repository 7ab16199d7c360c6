/**
 * GET|POST /{v}/oauth/access_token: the code exchange (client_secret as a parameter, never
 * Basic) and the fb_exchange_token grant for a 60-day user token. Facebook Login has no refresh
 * token. Error subcodes 36007/36008/36009 are Facebook's own for code problems.
 */
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import { secretsEqual } from "../../oauth/client-auth";
import { graphError, paramError, tokenCheckError } from "../graph/errors";
import { readGraphParams, str } from "../graph/params";

export async function facebookAccessToken(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const client = state.clients.get("facebook");
  const grantType = str(params, "grant_type") ?? "authorization_code";
  state.counters.tokenCall("facebook", str(params, "client_id") ?? "unknown", grantType);
  if (str(params, "client_id") !== client.clientId)
    return graphError(400, {
      message: "Error validating application. Invalid application ID.",
      code: 101,
    });
  if (!secretsEqual(str(params, "client_secret"), client.clientSecret))
    return graphError(400, { message: "Error validating client secret.", code: 1 });
  if (grantType === "fb_exchange_token") return exchange(ctx, str(params, "fb_exchange_token"));
  if (grantType !== "authorization_code") return paramError("Unsupported grant_type.");
  const code = str(params, "code");
  if (!code) return paramError("Missing code parameter.");
  const lookup = state.codes.redeem("facebook", code, state.now());
  if (lookup.status === "unknown") return paramError("Invalid verification code format.");
  if (lookup.status === "used") return paramError("This authorization code has been used.", 36009);
  if (lookup.status === "expired") return paramError("This authorization code has expired.", 36007);
  const { entry } = lookup;
  if (entry.redirectUri !== str(params, "redirect_uri")) {
    return paramError(
      "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request",
      36008,
    );
  }
  const grant = state.tokens.createGrant(
    {
      network: "facebook",
      clientId: client.clientId,
      userId: entry.userId,
      scopes: entry.scopes,
      declinedScopes: entry.declinedScopes,
      pageIds: entry.pageIds,
    },
    state.now(),
  );
  const ttl = state.config.facebook.shortLivedTtlSeconds;
  const token = state.tokens.issue(grant, "access", state.now(), ttl, { prefix: "EAA" });
  return json(200, { access_token: token.value, token_type: "bearer", expires_in: ttl });
}

function exchange(ctx: HandlerContext, shortToken: string | undefined): SentReply {
  const { state } = ctx;
  const check = state.tokens.check("facebook", shortToken, state.now());
  if (check.status !== "valid" || check.token.pageId)
    return tokenCheckError(check, state.clients.get("facebook").clientId, state.now());
  const ttl = state.config.facebook.longLivedTtlSeconds;
  const token = state.tokens.issue(check.grant, "access", state.now(), ttl, {
    prefix: "EAA",
    longLived: true,
  });
  return json(200, { access_token: token.value, token_type: "bearer", expires_in: ttl });
}
