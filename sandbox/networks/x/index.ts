/** The X module: hosts (current and legacy), routes, fault shapes and rate-limit headers. */
import type { NetworkModule } from "../../core/network";
import { route } from "../../core/router";
import { authorizeFaultReply, authorizeRoutes } from "../../oauth/authorize-routes";
import { bearerIdentity, oauthFormIdentity } from "../../oauth/identity";
import { xAuthorizeSpec } from "./authorize";
import {
  internalError,
  notFoundProblem,
  oauthError,
  tooManyRequests,
  unauthorized,
} from "./errors";
import {
  xMediaAppend,
  xMediaFinalize,
  xMediaInitialize,
  xMediaStatus,
  xMediaUpload,
} from "./media";
import { xRevoke, xToken } from "./oauth";
import { consumeRate, rateHeaders } from "./rate-limit";
import { xUserPosts } from "./timeline";
import { xCreateTweet, xUsersMe } from "./tweets";

const WEB = ["x.com", "twitter.com"] as const;
const API = ["api.x.com", "api.twitter.com"] as const;
const r = (spec: Parameters<typeof route>[1]) => route("x", spec);

export const xModule: NetworkModule = {
  id: "x",
  hosts: [...WEB, ...API],
  authorize: xAuthorizeSpec,
  routes: [
    ...authorizeRoutes(xAuthorizeSpec, {
      name: "authorize",
      hosts: WEB,
      path: "/i/oauth2/authorize",
    }),
    // The OpenAPI spec names this authorizationUrl; serve it too.
    ...authorizeRoutes(xAuthorizeSpec, {
      name: "authorize",
      hosts: API,
      path: "/2/oauth2/authorize",
    }),
    r({
      name: "token",
      kind: "token",
      methods: ["POST"],
      hosts: API,
      path: "/2/oauth2/token",
      handler: xToken,
    }),
    r({
      name: "revoke",
      kind: "revoke",
      methods: ["POST"],
      hosts: API,
      path: "/2/oauth2/revoke",
      handler: xRevoke,
    }),
    r({
      name: "users_me",
      kind: "profile",
      methods: ["GET"],
      hosts: API,
      path: "/2/users/me",
      handler: xUsersMe,
    }),
    r({
      name: "users_tweets",
      kind: "list",
      methods: ["GET"],
      hosts: API,
      path: "/2/users/:id/tweets",
      handler: xUserPosts,
    }),
    r({
      name: "tweets",
      kind: "publish",
      methods: ["POST"],
      hosts: API,
      path: "/2/tweets",
      handler: xCreateTweet,
    }),
    r({
      name: "media_initialize",
      kind: "media",
      methods: ["POST"],
      hosts: API,
      path: "/2/media/upload/initialize",
      handler: xMediaInitialize,
    }),
    r({
      name: "media_append",
      kind: "media",
      methods: ["POST"],
      hosts: API,
      path: "/2/media/upload/:id/append",
      handler: xMediaAppend,
    }),
    r({
      name: "media_finalize",
      kind: "media",
      methods: ["POST"],
      hosts: API,
      path: "/2/media/upload/:id/finalize",
      handler: xMediaFinalize,
    }),
    r({
      name: "media_upload",
      kind: "media",
      methods: ["POST"],
      hosts: API,
      path: "/2/media/upload",
      handler: xMediaUpload,
    }),
    r({
      name: "media_status",
      kind: "status",
      methods: ["GET"],
      hosts: API,
      path: "/2/media/upload",
      handler: xMediaStatus,
    }),
  ],

  async identify(ctx, matched) {
    if (matched.kind === "token" || matched.kind === "revoke") return oauthFormIdentity(ctx, "x");
    return bearerIdentity(ctx, "x");
  },

  preflight: (ctx, matched, identity) =>
    matched.kind === "authorize" ? undefined : consumeRate(ctx, matched, identity),

  faultReply(rule, ctx, matched) {
    if (matched.kind === "authorize")
      return authorizeFaultReply(xAuthorizeSpec, rule, "Something went wrong", "Try reloading.");
    switch (rule.kind) {
      case "rate_limit": {
        const limit = ctx.state.config.x.rateLimits[matched.name]?.limit ?? 900;
        ctx.locals.set("x-rate", {
          limit,
          remaining: 0,
          reset: ctx.state.clock.nowSeconds() + rule.resetInSeconds,
        });
        return tooManyRequests();
      }
      case "invalid_grant":
        return oauthError(400, "invalid_request", "Value passed for the token was invalid.");
      case "revoked_token":
      case "expired_token":
        return matched.kind === "token"
          ? oauthError(400, "invalid_request", "Value passed for the token was invalid.")
          : unauthorized();
      default:
        return internalError(rule.kind === "server_error" ? rule.status : 500);
    }
  },

  decorate(ctx, matched, reply) {
    if (matched?.kind !== "authorize" && API.includes(ctx.req.host as (typeof API)[number]))
      rateHeaders(ctx, matched, reply);
  },

  notFound: (ctx) => notFoundProblem(`No route for ${ctx.req.method} ${ctx.req.path}`),
};
