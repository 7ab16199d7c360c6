/** GET /me and GET /{id} on graph.instagram.com: the IG user, a container's status, or published media. */
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import type { SandboxUser } from "../../core/users";
import { paramError, unsupportedGet } from "../graph/errors";
import { pickFields, readGraphParams, requestedFields } from "../graph/params";
import { requireIgUser } from "./auth";
import { containerNode } from "./publishing";

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
    node = {
      id: media.id,
      caption: media.caption,
      media_type:
        media.mediaType === "IMAGE"
          ? "IMAGE"
          : media.mediaType === "CAROUSEL"
            ? "CAROUSEL_ALBUM"
            : "VIDEO",
      media_product_type:
        media.mediaType === "STORIES" ? "STORY" : media.mediaType === "REELS" ? "REELS" : "FEED",
      permalink: `https://www.instagram.com/p/${media.id}/`,
      timestamp: new Date(media.publishedAt).toISOString().replace(/\.\d+Z$/, "+0000"),
      username: user.username,
    };
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
