/**
 * GET /me and GET /{id} on graph.instagram.com (the IG user, a container's status, or published
 * media), and GET /{ig-user-id}/media, the account's published media newest first, which lets a
 * client reconcile a media_publish call that got no answer.
 */
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import type { SandboxState } from "../../core/state";
import type { SandboxUser } from "../../core/users";
import { paramError, unsupportedGet } from "../graph/errors";
import { graphPage, isGraphReply } from "../graph/paging";
import { pickFields, readGraphParams, requestedFields } from "../graph/params";
import { requireIgUser, requireOwnPath } from "./auth";
import { containerNode } from "./publishing";
import type { PublishedMedia } from "./store";

/** Edge parameters read on GET /{ig-user-id}/media (IGUser.json names; limit/after/before are generic). */
export const IG_MEDIA_LIST_PARAMS = ["since", "until"] as const;

const graphTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, "+0000");

/** An IGMedia node; fields without a value are known but omitted. */
export function mediaNode(
  state: SandboxState,
  origin: string,
  user: SandboxUser,
  media: PublishedMedia,
): Record<string, unknown> {
  const container = state.instagram.containers.get(media.containerId);
  const firstChild = container?.children[0];
  const blobId =
    container?.blobId ??
    (firstChild ? state.instagram.containers.get(firstChild)?.blobId : undefined);
  const kind = blobId ? state.posts.getMedia(blobId)?.kind : undefined;
  return {
    id: media.id,
    caption: media.caption || undefined,
    media_type:
      media.mediaType === "CAROUSEL" ? "CAROUSEL_ALBUM" : kind === "image" ? "IMAGE" : "VIDEO",
    media_product_type:
      media.mediaType === "STORIES" ? "STORY" : media.mediaType === "REELS" ? "REELS" : "FEED",
    permalink: `https://www.instagram.com/p/${media.id}/`,
    shortcode: media.id,
    timestamp: graphTime(media.publishedAt),
    username: user.username,
    media_url: blobId ? `${origin}/_sandbox/media/${blobId}` : undefined,
    is_comment_enabled: true,
    comments_count: 0,
    like_count: 0,
  };
}

function userNode(ctx: HandlerContext, user: SandboxUser): Record<string, unknown> {
  const media = ctx.state.instagram.published.filter((item) => item.ownerId === user.id).length;
  return {
    id: user.appScopedId ?? user.id,
    user_id: user.id,
    username: user.username,
    name: user.name,
    account_type: user.accountType ?? "BUSINESS",
    profile_picture_url: `${ctx.req.origin}/_sandbox/avatar/instagram/${user.id}.svg`,
    followers_count: 310,
    follows_count: 42,
    media_count: media,
  };
}

export async function instagramNode(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const { user } = requireIgUser(ctx, params, "instagram_business_basic");
  const id = ctx.req.routeParams.id ?? "me";
  const fields = requestedFields(params, ["id"]);
  let node: Record<string, unknown> | undefined;
  let type = "User";
  if (id === "me" || id === user.id || id === user.appScopedId) node = userNode(ctx, user);
  const container = state.instagram.containers.get(id);
  if (!node && container?.ownerId === user.id) {
    node = containerNode(state, container);
    type = "ShadowIGMediaBuilder";
  }
  const media = state.instagram.published.find(
    (item) => item.id === id && item.ownerId === user.id,
  );
  if (!node && media) {
    node = mediaNode(state, ctx.req.origin, user, media);
    type = "IGMedia";
  }
  if (!node) return unsupportedGet(id);
  const picked = pickFields(node, fields);
  if ("unknown" in picked)
    return paramError(
      `Tried accessing nonexisting field (${picked.unknown}) on node type (${type})`,
    );
  return json(200, picked);
}

/** GET /{ig-user-id}/media: published media (stories included), newest first, with cursor paging. */
export async function instagramMediaList(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const { user } = requireIgUser(ctx, params, "instagram_business_basic");
  requireOwnPath(ctx, user);
  const fields = requestedFields(params, ["id"]);
  const items = state.instagram.published
    .filter((media) => media.ownerId === user.id)
    .sort((a, b) => b.publishedAt - a.publishedAt);
  const page = graphPage(
    ctx.req,
    params,
    items,
    (media) => media.id,
    (media) => media.publishedAt,
    (media) => {
      const picked = pickFields(mediaNode(state, ctx.req.origin, user, media), fields);
      return "unknown" in picked
        ? paramError(`Tried accessing nonexisting field (${picked.unknown}) on node type (IGMedia)`)
        : picked;
    },
  );
  return isGraphReply(page) ? page : json(200, page);
}
