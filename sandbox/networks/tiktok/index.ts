/** The TikTok module: www.tiktok.com (Login Kit), open.tiktokapis.com (API), open-upload.tiktokapis.com (chunks). */
import type { NetworkModule } from "../../core/network";
import { bearerToken } from "../../core/request";
import { route } from "../../core/router";
import { authorizeFaultReply, authorizeRoutes } from "../../oauth/authorize-routes";
import { bearerIdentity, oauthFormIdentity } from "../../oauth/identity";
import { tiktokAuthorizeSpec } from "./authorize";
import { apiError, oauthError, tokenInvalid } from "./errors";
import { tiktokRevoke, tiktokToken } from "./oauth";
import {
  tiktokContentInit,
  tiktokInboxVideoInit,
  tiktokStatusFetch,
  tiktokVideoInit,
} from "./publish";
import { tiktokUploadChunk } from "./upload";
import { tiktokCreatorInfo, tiktokUserInfo } from "./user";
import { tiktokVideoList } from "./videos";

const WEB = ["www.tiktok.com", "tiktok.com"] as const;
const API = ["open.tiktokapis.com"] as const;
const UPLOAD = ["open-upload.tiktokapis.com"] as const;
const r = (spec: Parameters<typeof route>[1]) => route("tiktok", spec);

export const tiktokModule: NetworkModule = {
  id: "tiktok",
  hosts: [...WEB, ...API, ...UPLOAD],
  authorize: tiktokAuthorizeSpec,
  routes: [
    ...authorizeRoutes(tiktokAuthorizeSpec, {
      name: "authorize",
      hosts: WEB,
      path: "/v2/auth/authorize",
    }),
    r({
      name: "token",
      kind: "token",
      methods: ["POST"],
      hosts: API,
      path: "/v2/oauth/token",
      handler: tiktokToken,
    }),
    r({
      name: "revoke",
      kind: "revoke",
      methods: ["POST"],
      hosts: API,
      path: "/v2/oauth/revoke",
      handler: tiktokRevoke,
    }),
    r({
      name: "user_info",
      kind: "profile",
      methods: ["GET"],
      hosts: API,
      path: "/v2/user/info",
      handler: tiktokUserInfo,
    }),
    r({
      name: "creator_info",
      kind: "profile",
      methods: ["POST"],
      hosts: API,
      path: "/v2/post/publish/creator_info/query",
      handler: tiktokCreatorInfo,
    }),
    r({
      name: "video_init",
      kind: "publish",
      methods: ["POST"],
      hosts: API,
      path: "/v2/post/publish/video/init",
      handler: tiktokVideoInit,
    }),
    r({
      name: "inbox_video_init",
      kind: "publish",
      methods: ["POST"],
      hosts: API,
      path: "/v2/post/publish/inbox/video/init",
      handler: tiktokInboxVideoInit,
    }),
    r({
      name: "content_init",
      kind: "publish",
      methods: ["POST"],
      hosts: API,
      path: "/v2/post/publish/content/init",
      handler: tiktokContentInit,
    }),
    r({
      name: "status",
      kind: "status",
      methods: ["POST"],
      hosts: API,
      path: "/v2/post/publish/status/fetch",
      handler: tiktokStatusFetch,
    }),
    r({
      name: "video_list",
      kind: "list",
      methods: ["POST"],
      hosts: API,
      path: "/v2/video/list",
      handler: tiktokVideoList,
    }),
    r({
      name: "upload",
      kind: "media",
      methods: ["PUT"],
      hosts: UPLOAD,
      path: "/video",
      handler: tiktokUploadChunk,
    }),
  ],

  async identify(ctx, matched) {
    if (matched.kind === "token" || matched.kind === "revoke")
      return oauthFormIdentity(ctx, "tiktok");
    if (matched.name === "upload") {
      const job = ctx.state.tiktok.jobs.get(ctx.req.query.get("upload_id") ?? "");
      return { accountIds: job ? [job.ownerId] : [], isRefresh: false };
    }
    return bearerIdentity(ctx, "tiktok");
  },

  /** TikTok's 1-minute sliding windows per access token (no rate-limit headers are documented). */
  preflight(ctx, matched) {
    const limit = ctx.state.config.tiktok.rateLimitsPerMinute[matched.name];
    const token = bearerToken(ctx.req);
    if (limit === undefined || !token) return undefined;
    const key = `${matched.name}:${token}`;
    const now = ctx.state.now();
    const window = ctx.state.tiktok.windows.get(key);
    const current = window && now < window.start + 60_000 ? window : { start: now, count: 0 };
    current.count += 1;
    ctx.state.tiktok.windows.set(key, current);
    return current.count > limit
      ? apiError(429, "rate_limit_exceeded", "The API rate limit was exceeded. Try again later.")
      : undefined;
  },

  faultReply(rule, _ctx, matched) {
    if (matched.kind === "authorize")
      return authorizeFaultReply(
        tiktokAuthorizeSpec,
        rule,
        "Something went wrong",
        "Please try again later.",
      );
    const isOAuth = matched.kind === "token" || matched.kind === "revoke";
    switch (rule.kind) {
      case "rate_limit":
        return apiError(
          429,
          "rate_limit_exceeded",
          "The API rate limit was exceeded. Try again later.",
        );
      case "invalid_grant":
        return oauthError(400, "invalid_grant", "Refresh token is invalid or expired.");
      case "revoked_token":
      case "expired_token":
        return isOAuth
          ? oauthError(400, "invalid_grant", "Refresh token is invalid or expired.")
          : tokenInvalid();
      default: {
        const status = rule.kind === "server_error" ? rule.status : 500;
        return isOAuth
          ? oauthError(
              status,
              status === 503 ? "temporarily_unavailable" : "server_error",
              "The server encountered an unexpected error.",
            )
          : apiError(status, "internal_error", "Something went wrong. Please try again later.");
      }
    }
  },

  decorate() {},

  notFound: () => apiError(404, "not_found", "The requested path does not exist."),
};
