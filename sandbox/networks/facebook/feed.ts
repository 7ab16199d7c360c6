/**
 * Reading back what a Page published, so a client can reconcile a post whose create call got no
 * answer: GET /{page-id}/feed and /{page-id}/published_posts (Page token with
 * pages_read_engagement), the PagePost node, and the User permissions edge GET /me/permissions.
 */
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import type { SandboxState } from "../../core/state";
import { graphError, paramError, permissionError, unsupportedGet } from "../graph/errors";
import { graphPage, isGraphReply } from "../graph/paging";
import { pickFields, readGraphParams, requestedFields, str } from "../graph/params";
import { requireFbToken } from "./auth";
import type { PagePost } from "./store";

/** Edge parameters read on GET feed / published_posts (Page.json names; paging ones are generic). */
export const FB_FEED_READ_PARAMS = ["limit"] as const;
/** Edge parameters read on GET /{user}/permissions (User.json names). */
export const FB_PERMISSIONS_READ_PARAMS = ["permission", "status"] as const;
/** Permission.status values (enum_types.json userpermissions_status_enum_param). */
export const FB_PERMISSION_STATUSES = ["granted", "declined", "expired"] as const;

const graphTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, "+0000");

/** When a post became (or becomes) visible on the Page: now for published ones, later if scheduled. */
const shownAt = (post: PagePost): number => post.scheduledAt ?? post.createdAt;

export const isVisible = (state: SandboxState, post: PagePost): boolean =>
  post.published || (post.scheduledAt !== undefined && state.now() >= post.scheduledAt);

/** A PagePost node; fields without a value are known (no "nonexisting field" error) but omitted. */
export function pagePostNode(
  state: SandboxState,
  origin: string,
  post: PagePost,
): Record<string, unknown> {
  const media = post.blobIds.map((id) => state.posts.getMedia(id)).find(Boolean);
  return {
    id: post.id,
    message: post.message || undefined,
    created_time: graphTime(shownAt(post)),
    permalink_url: `https://www.facebook.com/${post.id.replace("_", "/posts/")}`,
    is_published: isVisible(state, post),
    scheduled_publish_time:
      post.scheduledAt !== undefined ? Math.floor(post.scheduledAt / 1000) : undefined,
    full_picture: media?.kind === "image" ? `${origin}/_sandbox/media/${media.id}` : undefined,
    status_type: media
      ? media.kind === "video"
        ? "added_video"
        : "added_photos"
      : post.link
        ? "shared_story"
        : "mobile_status_update",
    story: undefined,
  };
}

/** GET /{page-id}/feed and /{page-id}/published_posts: the Page's visible posts, newest first. */
export async function facebookPageFeed(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const caller = requireFbToken(ctx, params);
  const raw = ctx.req.routeParams.pageId ?? "";
  const pageId = raw === "me" && caller.token.pageId ? caller.token.pageId : raw;
  if (caller.token.pageId !== pageId) {
    return caller.grant.pageIds.includes(pageId) && !caller.token.pageId
      ? graphError(400, {
          message: "(#210) A page access token is required to request this resource.",
          code: 210,
        })
      : unsupportedGet(pageId);
  }
  if (!caller.grant.scopes.includes("pages_read_engagement"))
    return permissionError(
      "This endpoint requires the 'pages_read_engagement' permission or the 'Page Public Content Access' feature.",
      10,
    );
  const fields = requestedFields(params, ["message", "created_time"]);
  const posts = [...state.facebook.posts.values()]
    .filter((post) => post.pageId === pageId && isVisible(state, post))
    .sort((a, b) => shownAt(b) - shownAt(a));
  const page = graphPage(
    ctx.req,
    params,
    posts,
    (post) => post.id,
    shownAt,
    (post) => {
      const picked = pickFields(pagePostNode(state, ctx.req.origin, post), fields);
      return "unknown" in picked
        ? paramError(
            `Tried accessing nonexisting field (${picked.unknown}) on node type (PagePost)`,
          )
        : picked;
    },
  );
  return isGraphReply(page) ? page : json(200, page);
}

/**
 * GET /me/permissions[/{permission}]: what the person granted or declined in the dialog
 * (public_profile is always granted), or removed later with DELETE /me/permissions/{permission}.
 * A Page token is refused (the Page node has no permissions edge; stricter reading).
 */
export async function facebookPermissions(ctx: HandlerContext): Promise<SentReply> {
  const params = await readGraphParams(ctx.req);
  const caller = requireFbToken(ctx, params);
  const target = ctx.req.routeParams.userId ?? "me";
  if (caller.token.pageId)
    return paramError("Tried accessing nonexisting field (permissions) on node type (Page)");
  if (target !== "me" && target !== caller.user.id) return unsupportedGet(target);
  const { scopes, declinedScopes = [] } = caller.grant;
  const entries = [
    ...[...new Set(["public_profile", ...scopes])].map((permission) => ({
      permission,
      status: "granted",
    })),
    ...declinedScopes
      .filter((scope) => !scopes.includes(scope))
      .map((permission) => ({ permission, status: "declined" })),
  ];
  const only = ctx.req.routeParams.permission ?? str(params, "permission");
  const status = str(params, "status");
  if (status !== undefined && !(FB_PERMISSION_STATUSES as readonly string[]).includes(status))
    return paramError("status must be one of {granted, declined, expired}.");
  return json(200, {
    data: entries.filter(
      (entry) =>
        (only === undefined || entry.permission === only) &&
        (status === undefined || entry.status === status),
    ),
  });
}
