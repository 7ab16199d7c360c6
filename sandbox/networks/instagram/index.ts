/** The Instagram (Instagram Login) module: instagram.com dialog, api.instagram.com token, graph.instagram.com API. */
import type { NetworkModule } from "../../core/network";
import { json } from "../../core/reply";
import { route } from "../../core/router";
import { authorizeFaultReply, authorizeRoutes } from "../../oauth/authorize-routes";
import { graphError, tokenError, transientError } from "../graph/errors";
import { graphAccessToken, readGraphParams } from "../graph/params";
import { usageHeaders } from "../graph/usage";
import { instagramAuthorizeSpec } from "./authorize";
import { instagramCreateContainer } from "./containers";
import { instagramMediaList, instagramNode } from "./nodes";
import { instagramCodeExchange, instagramExchange, instagramRefresh } from "./oauth";
import { instagramPublish, instagramPublishingLimit } from "./publishing";

const WEB = ["www.instagram.com", "instagram.com", "api.instagram.com"] as const;
const API = ["api.instagram.com"] as const;
const GRAPH = ["graph.instagram.com"] as const;
const r = (spec: Parameters<typeof route>[1]) => route("instagram", spec);

export const instagramModule: NetworkModule = {
  id: "instagram",
  hosts: [...new Set([...WEB, ...API, ...GRAPH])],
  authorize: instagramAuthorizeSpec,
  routes: [
    ...authorizeRoutes(instagramAuthorizeSpec, {
      name: "authorize",
      hosts: WEB,
      path: "/oauth/authorize",
    }),
    r({
      name: "token",
      kind: "token",
      methods: ["POST"],
      hosts: API,
      path: "/oauth/access_token",
      handler: instagramCodeExchange,
    }),
    r({
      name: "exchange_token",
      kind: "token",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/access_token",
      handler: instagramExchange,
    }),
    r({
      name: "refresh_token",
      kind: "token",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/refresh_access_token",
      handler: instagramRefresh,
    }),
    r({
      name: "media",
      kind: "publish",
      methods: ["POST"],
      hosts: GRAPH,
      path: "/:v?/:igUserId/media",
      handler: instagramCreateContainer,
    }),
    r({
      name: "media_list",
      kind: "list",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:igUserId/media",
      handler: instagramMediaList,
    }),
    r({
      name: "media_publish",
      kind: "publish",
      methods: ["POST"],
      hosts: GRAPH,
      path: "/:v?/:igUserId/media_publish",
      handler: instagramPublish,
    }),
    r({
      name: "content_publishing_limit",
      kind: "status",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:igUserId/content_publishing_limit",
      handler: instagramPublishingLimit,
    }),
    r({
      name: "me",
      kind: "profile",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/me",
      handler: instagramNode,
    }),
    r({
      name: "node",
      kind: "status",
      methods: ["GET"],
      hosts: GRAPH,
      path: "/:v?/:id",
      handler: instagramNode,
    }),
  ],

  async identify(ctx, matched) {
    const { state } = ctx;
    if (matched.name === "token") return { accountIds: [], isRefresh: false };
    const params = await readGraphParams(ctx.req);
    const check = state.tokens.check("instagram", graphAccessToken(ctx.req, params), state.now());
    const user =
      check.status === "unknown"
        ? undefined
        : state.directory.users.find((u) => u.id === check.grant.userId);
    return {
      accountIds: user
        ? [user.id, user.username, ...(user.appScopedId ? [user.appScopedId] : [])]
        : [],
      isRefresh: matched.name === "refresh_token" || matched.name === "exchange_token",
    };
  },

  faultReply(rule, ctx, matched) {
    const { state } = ctx;
    if (matched.kind === "authorize")
      return authorizeFaultReply(
        instagramAuthorizeSpec,
        rule,
        "Sorry, something went wrong",
        "Please try again later.",
      );
    if (matched.name === "token") {
      const status =
        rule.kind === "server_error" ? rule.status : rule.kind === "rate_limit" ? 429 : 400;
      return json(status, {
        error_type: "OAuthException",
        code: status,
        error_message:
          rule.kind === "rate_limit"
            ? "Please wait a few minutes before you try again."
            : "An unknown error has occurred.",
      });
    }
    switch (rule.kind) {
      case "rate_limit":
        state.instagram.usage.saturated = true;
        ctx.locals.set("regain", Math.ceil(rule.resetInSeconds / 60));
        return graphError(400, {
          message:
            "There have been too many calls to this Instagram account. Wait a bit and try again.",
          code: 80002,
          isTransient: true,
        });
      case "invalid_grant":
      case "expired_token":
        return tokenError("expired", "", state.now());
      case "revoked_token":
        return tokenError("deauthorized", state.clients.get("instagram").clientId, state.now());
      default:
        return transientError(rule.kind === "server_error" ? rule.status : 500);
    }
  },

  decorate(ctx, _matched, reply) {
    const { state } = ctx;
    if (ctx.req.host !== "graph.instagram.com") return;
    state.instagram.usage.record(state.now());
    const users = new Set(
      state.directory.users.filter((u) => u.network === "instagram").map((u) => u.id),
    ).size;
    const regain = ctx.locals.get("regain") as number | undefined;
    const owner = ctx.req.routeParams.igUserId;
    usageHeaders(reply, {
      percent: state.instagram.usage.percent(users),
      ...(ctx.req.routeParams.v ? { version: ctx.req.routeParams.v } : {}),
      ...(owner ? { buc: { id: owner, type: "instagram", regainMinutes: regain ?? 0 } } : {}),
    });
    state.instagram.usage.saturated = false;
  },

  notFound: (ctx) =>
    graphError(400, { message: `Unknown path components: ${ctx.req.path}`, code: 2500 }),
};
