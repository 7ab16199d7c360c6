/**
 * One network request, end to end: route it, let an armed fault fire, apply the network's rate
 * limit, run the handler, add the network's headers and count the outcome. "drop_after_create"
 * and "hang_after_create" wait for a call that really creates a post (the handler marks it with
 * markCreated), let it finish, and then lose the answer, as a network timeout would.
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
  const target = { route, accountIds: identity.accountIds, isRefresh: identity.isRefresh };
  const fault = state.faults.take(module.id, target, "before");
  if (fault) state.counters.faultFired(module.id, fault.kind);

  const early = fault ? faultReply(fault, module, ctx, route) : undefined;
  let reply =
    early ?? module.preflight?.(ctx, route, identity) ?? (await run(() => route.handler(ctx)));
  if (!early && reply.type === "send" && ctx.locals.get(CREATED) === true) {
    const after = state.faults.take(module.id, target, "after_create");
    if (after) {
      state.counters.faultFired(module.id, after.kind);
      module.decorate(ctx, route, reply);
      reply =
        after.kind === "drop_after_create"
          ? { type: "drop" }
          : { type: "hang", ...(after.hangMs !== undefined ? { ms: after.hangMs } : {}) };
    }
  }
  finish(ctx, module, route, reply, route.name);
  return reply;
}

const CREATED = "sandbox:created";

/** Handlers call this once they have created a post (or TikTok publish job): after-create faults may fire. */
export function markCreated(ctx: HandlerContext): void {
  ctx.locals.set(CREATED, true);
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
