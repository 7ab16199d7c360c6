/**
 * One network request, end to end: route it, let an armed fault fire, apply the network's rate
 * limit, run the handler, add the network's headers and count the outcome. "drop_after_create"
 * runs the handler (so the post exists) and then loses the answer, as a network timeout would.
 */
import type { FaultRule } from "./faults";
import type { NetworkModule } from "./network";
import { type Reply, ReplyError, type SentReply } from "./reply";
import type { SandboxRequest } from "./request";
import { type HandlerContext, matchRoute, type Route } from "./router";
import type { SandboxState } from "./state";

export async function dispatchNetwork(
  state: SandboxState,
  module: NetworkModule,
  req: SandboxRequest,
): Promise<Reply> {
  const ctx: HandlerContext = { req, state, locals: new Map() };
  const match = matchRoute(module.routes, req.method, req.host, req.path);
  if (!match || "methodNotAllowed" in match) {
    const reply = await run(() => module.notFound(ctx));
    finish(ctx, module, undefined, reply, "unknown");
    return reply;
  }
  const { route } = match;
  req.routeParams = match.params;
  const identity = await module.identify(ctx, route);
  const fault = state.faults.take(module.id, {
    route,
    accountIds: identity.accountIds,
    isRefresh: identity.isRefresh,
  });
  if (fault) state.counters.faultFired(module.id, fault.kind);

  const early =
    fault && fault.kind !== "drop_after_create" ? faultReply(fault, module, ctx, route) : undefined;
  const reply =
    early ?? module.preflight?.(ctx, route, identity) ?? (await run(() => route.handler(ctx)));
  finish(ctx, module, route, reply, route.name);
  if (fault?.kind === "drop_after_create" && reply.type === "send") return { type: "drop" };
  return reply;
}

function faultReply(
  rule: FaultRule,
  module: NetworkModule,
  ctx: HandlerContext,
  route: Route,
): Reply {
  if (rule.kind === "hang")
    return { type: "hang", ...(rule.hangMs !== undefined ? { ms: rule.hangMs } : {}) };
  if (rule.kind === "drop") return { type: "drop" };
  return module.faultReply(rule, ctx, route);
}

async function run(handler: () => Promise<Reply> | Reply): Promise<Reply> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof ReplyError) return error.reply;
    throw error;
  }
}

function finish(
  ctx: HandlerContext,
  module: NetworkModule,
  route: Route | undefined,
  reply: Reply,
  endpoint: string,
): void {
  if (reply.type === "send") module.decorate(ctx, route, reply as SentReply);
  const status = reply.type === "send" ? reply.status : 599;
  ctx.state.counters.request(module.id, endpoint, status);
}
