/** The Facebook module: www.facebook.com dialog, graph.facebook.com and graph-video.facebook.com. */
import type { NetworkModule } from "../../core/network";
import { route } from "../../core/router";
import { authorizeFaultReply, authorizeRoutes } from "../../oauth/authorize-routes";
import { graphError, tokenError, transientError } from "../graph/errors";
import { graphAccessToken, readGraphParams, str } from "../graph/params";
import { usageHeaders } from "../graph/usage";
import { facebookAuthorizeSpec } from "./authorize";
import { facebookPageFeed, facebookPermissions } from "./feed";
import { facebookAccounts, facebookDeletePermissions, facebookMe, facebookNode } from "./nodes";
import { facebookAccessToken } from "./oauth";
import { facebookFeed, facebookPhotos, facebookVideos } from "./publishing";

const WEB = ["www.facebook.com", "facebook.com", "m.facebook.com"] as const;
const GRAPH = ["graph.facebook.com"] as const;
const VIDEO = ["graph-video.facebook.com", "graph.facebook.com"] as const;
const r = (spec: Parameters<typeof route>[1]) => route("facebook", spec);

export const facebookModule: NetworkModule = {
  id: "facebook",
  hosts: [...WEB, "graph.facebook.com", "graph-video.facebook.com"],
  authorize: facebookAuthorizeSpec,
  routes: [
    ...authorizeRoutes(facebookAuthorizeSpec, {
      name: "dialog",
      hosts: WEB,
      path: "/:v?/dialog/oauth",
    }),
    r({
      name: "token",
      kind: "token",
      methods: ["GET", "POST"],
      hosts: GRAPH,
      path: "/:v?/oauth/access_token",
      handler: facebookAccessToken,
    }),
    r({
      name: "me",
      kind: "profile",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/me",
      handler: facebookMe,
    }),
    r({
      name: "accounts",
      kind: "profile",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/me/accounts",
      handler: facebookAccounts,
    }),
    r({
      name: "accounts",
      kind: "profile",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:userId/accounts",
      handler: facebookAccounts,
    }),
    r({
      name: "permissions",
      kind: "revoke",
      methods: ["DELETE"],
      hosts: GRAPH,
      path: "/:v?/me/permissions",
      handler: facebookDeletePermissions,
    }),
    r({
      name: "permissions_read",
      kind: "profile",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:userId/permissions",
      handler: facebookPermissions,
    }),
    r({
      name: "permissions_read",
      kind: "profile",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:userId/permissions/:permission",
      handler: facebookPermissions,
    }),
    r({
      name: "page_feed",
      kind: "list",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:pageId/feed",
      handler: facebookPageFeed,
    }),
    r({
      name: "published_posts",
      kind: "list",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:pageId/published_posts",
      handler: facebookPageFeed,
    }),
    r({
      name: "permissions",
      kind: "revoke",
      methods: ["DELETE"],
      hosts: GRAPH,
      path: "/:v?/:userId/permissions",
      handler: facebookDeletePermissions,
    }),
    r({
      name: "permissions",
      kind: "revoke",
      methods: ["DELETE"],
      hosts: GRAPH,
      path: "/:v?/:userId/permissions/:permission",
      handler: facebookDeletePermissions,
    }),
    r({
      name: "feed",
      kind: "publish",
      methods: ["POST"],
      hosts: GRAPH,
      path: "/:v?/:pageId/feed",
      handler: facebookFeed,
    }),
    r({
      name: "photos",
      kind: "publish",
      methods: ["POST"],
      hosts: GRAPH,
      path: "/:v?/:pageId/photos",
      handler: facebookPhotos,
    }),
    r({
      name: "videos",
      kind: "publish",
      methods: ["POST"],
      hosts: VIDEO,
      path: "/:v?/:pageId/videos",
      handler: facebookVideos,
    }),
    r({
      name: "node",
      kind: "status",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:id",
      handler: facebookNode,
    }),
  ],

  async identify(ctx, matched) {
    const { state } = ctx;
    const params = await readGraphParams(ctx.req);
    const isRefresh = matched.name === "token" && str(params, "grant_type") === "fb_exchange_token";
    const token = isRefresh ? str(params, "fb_exchange_token") : graphAccessToken(ctx.req, params);
    const check = state.tokens.check("facebook", token, state.now());
    const ids =
      check.status === "unknown"
        ? []
        : [check.grant.userId, ...(check.token.pageId ? [check.token.pageId] : [])];
    const pageId = ctx.req.routeParams.pageId;
    return { accountIds: pageId ? [...ids, pageId] : ids, isRefresh };
  },

  faultReply(rule, ctx, matched) {
    const { state } = ctx;
    const appId = state.clients.get("facebook").clientId;
    if (matched.kind === "authorize")
      return authorizeFaultReply(
        facebookAuthorizeSpec,
        rule,
        "Sorry, something went wrong.",
        "We're working on getting this fixed as soon as we can.",
      );
    switch (rule.kind) {
      case "rate_limit": {
        state.facebook.usage.saturated = true;
        ctx.locals.set("regain", Math.ceil(rule.resetInSeconds / 60));
        const page = ctx.req.routeParams.pageId;
        return page
          ? graphError(400, {
              message:
                "(#80001) There have been too many calls to this Page account. Wait a bit and try again.",
              code: 80001,
              isTransient: true,
            })
          : graphError(400, {
              message: "(#4) Application request limit reached",
              code: 4,
              isTransient: true,
            });
      }
      case "invalid_grant":
      case "expired_token":
        return tokenError("expired", appId, state.now());
      case "revoked_token":
        return tokenError("deauthorized", appId, state.now());
      default:
        return transientError(rule.kind === "server_error" ? rule.status : 500);
    }
  },

  decorate(ctx, _matched, reply) {
    const { state } = ctx;
    if (!ctx.req.host.startsWith("graph")) return;
    state.facebook.usage.record(state.now());
    const users = state.directory.users.filter((u) => u.network === "facebook").length;
    const page = ctx.req.routeParams.pageId;
    const regain = (ctx.locals.get("regain") as number | undefined) ?? 0;
    usageHeaders(reply, {
      percent: state.facebook.usage.percent(users),
      ...(ctx.req.routeParams.v ? { version: ctx.req.routeParams.v } : {}),
      ...(page ? { buc: { id: page, type: "pages", regainMinutes: regain } } : {}),
    });
    state.facebook.usage.saturated = false;
  },

  notFound: (ctx) =>
    graphError(400, { message: `Unknown path components: ${ctx.req.path}`, code: 2500 }),
};
