/**
 * Who a call acts for, on the networks whose token and revoke endpoints take the token in a form
 * and whose API takes it as a bearer token (TikTok, X). The Graph networks read tokens their own
 * way (query or form parameters, Page tokens) and do not use these.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import type { CallIdentity } from "../core/network";
import { bearerToken, formBody } from "../core/request";
import type { HandlerContext } from "../core/router";
import type { TokenCheck } from "./tokens";

const owners = (check: TokenCheck): string[] =>
  check.status === "unknown" ? [] : [check.grant.userId];

/** A token or revoke call: the form's refresh_token (or token) names the grant. */
export function oauthFormIdentity(ctx: HandlerContext, network: ProviderId): CallIdentity {
  const { state } = ctx;
  const form = formBody(ctx.req);
  const check = state.tokens.check(
    network,
    form.get("refresh_token") ?? form.get("token") ?? undefined,
    state.now(),
  );
  return { accountIds: owners(check), isRefresh: form.get("grant_type") === "refresh_token" };
}

/** An API call: the bearer token's owner. */
export function bearerIdentity(ctx: HandlerContext, network: ProviderId): CallIdentity {
  const { state } = ctx;
  const check = state.tokens.check(network, bearerToken(ctx.req), state.now());
  return { accountIds: owners(check), isRefresh: false };
}
