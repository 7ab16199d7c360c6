/** Token check for graph.instagram.com: Graph code 190 variants, and ownership of the path's IG user. */
import { fail } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import { findUser, type SandboxUser } from "../../core/users";
import type { Grant } from "../../oauth/tokens";
import { permissionError, tokenCheckError, tokenError, unsupportedGet } from "../graph/errors";
import { type GraphParams, graphAccessToken } from "../graph/params";

export function requireIgUser(
  ctx: HandlerContext,
  params: GraphParams,
  scope?: string,
): { user: SandboxUser; grant: Grant } {
  const { state } = ctx;
  const check = state.tokens.check("instagram", graphAccessToken(ctx.req, params), state.now());
  if (check.status !== "valid")
    return fail(tokenCheckError(check, state.clients.get("instagram").clientId, state.now()));
  const user = findUser(state.directory, "instagram", check.grant.userId);
  if (!user) return fail(tokenError("invalid", "", state.now()));
  if (scope && !check.grant.scopes.includes(scope))
    return fail(permissionError("Application does not have permission for this action", 10));
  return { user, grant: check.grant };
}

/** The path's IG user must be the token's (by professional id, app-scoped id or "me"). */
export function requireOwnPath(ctx: HandlerContext, user: SandboxUser): void {
  const id = ctx.req.routeParams.igUserId ?? "";
  if (id !== "me" && id !== user.id && id !== user.appScopedId) fail(unsupportedGet(id));
}
