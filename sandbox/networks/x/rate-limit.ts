/**
 * X's per-user (or per-client) rate-limit windows and the x-rate-limit-* headers X sends on
 * every API response. Limits come from config (the current X table by default).
 */
import type { CallIdentity } from "../../core/network";
import type { SentReply } from "../../core/reply";
import { header } from "../../core/request";
import type { HandlerContext, Route } from "../../core/router";
import { basicCredentials } from "../../oauth/client-auth";
import { tooManyRequests } from "./errors";

export type RateInfo = { limit: number; remaining: number; reset: number };

const DEFAULT = { limit: 900, windowSeconds: 900 };

function bucketKey(ctx: HandlerContext, route: Route, identity: CallIdentity): string {
  const who =
    identity.accountIds[0] ??
    basicCredentials(ctx.req)?.clientId ??
    header(ctx.req, "x-forwarded-for") ??
    "anonymous";
  return `${route.name}:${who}`;
}

/** Counts this call in its window; answers 429 once the window is used up. */
export function consumeRate(
  ctx: HandlerContext,
  route: Route,
  identity: CallIdentity,
): SentReply | undefined {
  const { state } = ctx;
  const rule = state.config.x.rateLimits[route.name] ?? DEFAULT;
  const key = bucketKey(ctx, route, identity);
  const now = state.now();
  let window = state.x.windows.get(key);
  if (!window || now >= window.start + rule.windowSeconds * 1000) {
    window = { start: now, count: 0 };
    state.x.windows.set(key, window);
  }
  window.count += 1;
  const info: RateInfo = {
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - window.count),
    reset: Math.ceil((window.start + rule.windowSeconds * 1000) / 1000),
  };
  ctx.locals.set("x-rate", info);
  return window.count > rule.limit ? tooManyRequests() : undefined;
}

export function rateHeaders(ctx: HandlerContext, route: Route | undefined, reply: SentReply): void {
  let info = ctx.locals.get("x-rate") as RateInfo | undefined;
  if (!info) {
    const rule = (route && ctx.state.config.x.rateLimits[route.name]) || DEFAULT;
    info = {
      limit: rule.limit,
      remaining: rule.limit,
      reset: Math.ceil(ctx.state.now() / 1000) + rule.windowSeconds,
    };
  }
  reply.headers["x-rate-limit-limit"] = String(info.limit);
  reply.headers["x-rate-limit-remaining"] = String(info.remaining);
  reply.headers["x-rate-limit-reset"] = String(info.reset);
}
