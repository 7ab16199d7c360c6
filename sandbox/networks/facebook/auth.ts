/** Token checks for graph.facebook.com: user tokens, Page tokens, and the Page-publishing permission rule. */
import { fail } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import { findUser, type SandboxUser } from "../../core/users";
import type { Grant, TokenRecord } from "../../oauth/tokens";
import { permissionError, tokenCheckError } from "../graph/errors";
import { type GraphParams, graphAccessToken } from "../graph/params";

export type FacebookCaller = { user: SandboxUser; grant: Grant; token: TokenRecord };

export function requireFbToken(ctx: HandlerContext, params: GraphParams): FacebookCaller {
  const { state } = ctx;
  const check = state.tokens.check("facebook", graphAccessToken(ctx.req, params), state.now());
  if (check.status !== "valid")
    return fail(tokenCheckError(check, state.clients.get("facebook").clientId, state.now()));
  const user = findUser(state.directory, "facebook", check.grant.userId);
  if (!user) return fail(tokenCheckError({ status: "unknown" }, "", state.now()));
  return { user, grant: check.grant, token: check.token };
}

/** Publishing on a Page needs that Page's token and pages_manage_posts + pages_read_engagement. */
export function requirePageToken(
  ctx: HandlerContext,
  params: GraphParams,
  pageId: string,
  extraScope?: string,
): FacebookCaller {
  const caller = requireFbToken(ctx, params);
  const needed = [
    "pages_manage_posts",
    "pages_read_engagement",
    ...(extraScope ? [extraScope] : []),
  ];
  const hasScopes = needed.every((scope) => caller.grant.scopes.includes(scope));
  if (caller.token.pageId !== pageId || !hasScopes) {
    fail(
      permissionError(
        "If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission" +
          (extraScope ? ` (and ${extraScope})` : ""),
      ),
    );
  }
  return caller;
}

/** The Page token for this user token, created once (no expiry when the user token is long-lived). */
export function pageTokenFor(ctx: HandlerContext, caller: FacebookCaller, pageId: string): string {
  const { state } = ctx;
  const key = `${caller.token.value}:${pageId}`;
  const existing = state.facebook.pageTokens.get(key);
  if (existing && state.tokens.check("facebook", existing, state.now()).status === "valid")
    return existing;
  const ttl =
    caller.token.longLived || caller.token.expiresAt === null
      ? null
      : Math.max(0, Math.round((caller.token.expiresAt - state.now()) / 1000));
  const token = state.tokens.issue(caller.grant, "access", state.now(), ttl, {
    prefix: "EAA",
    pageId,
  });
  state.facebook.pageTokens.set(key, token.value);
  return token.value;
}
