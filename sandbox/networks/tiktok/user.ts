/** GET /v2/user/info/ and POST /v2/post/publish/creator_info/query/. */
import type { SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import type { SandboxUser } from "../../core/users";
import { requireTikTokUser } from "./auth";
import { apiOk, invalidParams, scopeNotAuthorized } from "./errors";
import { USER_FIELD_SCOPES } from "./scopes";

export function tiktokUserInfo(ctx: HandlerContext): SentReply {
  const { user, grant } = requireTikTokUser(ctx, "user.info.basic");
  const fields = (ctx.req.query.get("fields") ?? "")
    .split(",")
    .map((field) => field.trim())
    .filter(Boolean);
  if (fields.length === 0) return invalidParams("The fields parameter is required.");
  const unknown = fields.find((field) => !(field in USER_FIELD_SCOPES));
  if (unknown) return invalidParams(`Invalid field: ${unknown}.`);
  const missing = fields
    .map((field) => USER_FIELD_SCOPES[field]!)
    .find((scope) => !grant.scopes.includes(scope));
  if (missing) return scopeNotAuthorized(missing);
  const avatar = `${ctx.req.origin}/_sandbox/avatar/tiktok/${encodeURIComponent(user.id)}.svg`;
  const all: Record<string, unknown> = {
    open_id: user.id,
    union_id: user.unionId ?? user.id,
    avatar_url: avatar,
    avatar_url_100: avatar,
    avatar_large_url: avatar,
    display_name: user.name,
    bio_description: "Sandbox creator",
    profile_deep_link: `https://www.tiktok.com/@${user.username}`,
    is_verified: false,
    username: user.username,
    follower_count: 1200,
    following_count: 80,
    likes_count: 5400,
    video_count: ctx.state.posts.list({ network: "tiktok", accountId: user.id }).length,
  };
  return apiOk({ user: Object.fromEntries(fields.map((field) => [field, all[field]])) });
}

/** Unaudited clients may only use SELF_ONLY; audited ones get the account's real options. */
export function privacyOptions(ctx: HandlerContext, user: SandboxUser): string[] {
  if (!ctx.state.config.tiktok.audited) return ["SELF_ONLY"];
  return user.isPrivate
    ? ["FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"]
    : ["PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"];
}

export function tiktokCreatorInfo(ctx: HandlerContext): SentReply {
  const { user } = requireTikTokUser(ctx, "video.publish");
  return apiOk({
    creator_avatar_url: `${ctx.req.origin}/_sandbox/avatar/tiktok/${encodeURIComponent(user.id)}.svg`,
    creator_username: user.username,
    creator_nickname: user.name,
    privacy_level_options: privacyOptions(ctx, user),
    comment_disabled: false,
    duet_disabled: false,
    stitch_disabled: false,
    max_video_post_duration_sec: 600,
  });
}
