/** Bearer-token check for X v2 endpoints: 401 for a missing/dead token, 403 for missing scopes. */
import { fail } from "../../core/reply";
import { bearerToken } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import { findUser, type SandboxUser } from "../../core/users";
import type { Grant } from "../../oauth/tokens";
import { forbidden, unauthorized } from "./errors";
import { X_ENDPOINT_SCOPES } from "./scopes";

export function requireXUser(
  ctx: HandlerContext,
  endpoint: string,
): { user: SandboxUser; grant: Grant } {
  const { state } = ctx;
  const check = state.tokens.check("x", bearerToken(ctx.req), state.now());
  if (check.status !== "valid" || check.token.kind !== "access") return fail(unauthorized());
  const user = findUser(state.directory, "x", check.grant.userId);
  if (!user) return fail(unauthorized());
  const missing = (X_ENDPOINT_SCOPES[endpoint] ?? []).filter(
    (scope) => !check.grant.scopes.includes(scope),
  );
  if (missing.length > 0) return fail(forbidden(`Missing required scopes: ${missing.join(", ")}.`));
  return { user, grant: check.grant };
}
