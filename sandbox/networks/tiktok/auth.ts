/** Bearer check for TikTok v2 endpoints: access_token_invalid (401) or scope_not_authorized (401). */
import { fail } from "../../core/reply";
import { bearerToken } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import { findUser, type SandboxUser } from "../../core/users";
import type { Grant } from "../../oauth/tokens";
import { scopeNotAuthorized, tokenInvalid } from "./errors";

export function requireTikTokUser(
  ctx: HandlerContext,
  scope?: string,
): { user: SandboxUser; grant: Grant; token: string } {
  const { state } = ctx;
  const token = bearerToken(ctx.req);
  const check = state.tokens.check("tiktok", token, state.now());
  if (check.status !== "valid" || check.token.kind !== "access") return fail(tokenInvalid());
  const user = findUser(state.directory, "tiktok", check.grant.userId);
  if (!user) return fail(tokenInvalid());
  if (scope && !check.grant.scopes.includes(scope)) return fail(scopeNotAuthorized(scope));
  return { user, grant: check.grant, token: token ?? "" };
}
