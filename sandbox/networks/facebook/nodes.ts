/** Graph reads on graph.facebook.com: /me, /{user}/accounts (Pages with Page tokens), /{page}, /{post}; and DELETE /{user}/permissions. */
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import { pagesOf } from "../../core/users";
import { paramError, permissionError, unsupportedGet } from "../graph/errors";
import { pickFields, readGraphParams, requestedFields, str } from "../graph/params";
import { pageTokenFor, requireFbToken } from "./auth";
import { pagePostNode } from "./feed";

const TASKS = ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"];

export async function facebookMe(ctx: HandlerContext): Promise<SentReply> {
  const params = await readGraphParams(ctx.req);
  const caller = requireFbToken(ctx, params);
  const page = caller.token.pageId
    ? ctx.state.directory.pages.find((p) => p.id === caller.token.pageId)
    : undefined;
  const node: Record<string, unknown> = page
    ? { id: page.id, name: page.name, category: page.category }
    : {
        id: caller.user.id,
        name: caller.user.name,
        picture: {
          data: { url: `${ctx.req.origin}/_sandbox/avatar/facebook/${caller.user.id}.svg` },
        },
      };
  const picked = pickFields(node, requestedFields(params, ["id", "name"]));
  return "unknown" in picked
    ? paramError(
        `Tried accessing nonexisting field (${picked.unknown}) on node type (${page ? "Page" : "User"})`,
      )
    : json(200, picked);
}

export async function facebookAccounts(ctx: HandlerContext): Promise<SentReply> {
  const params = await readGraphParams(ctx.req);
  const caller = requireFbToken(ctx, params);
  const target = ctx.req.routeParams.userId ?? "me";
  if (caller.token.pageId || (target !== "me" && target !== caller.user.id))
    return unsupportedGet(target);
  if (!caller.grant.scopes.includes("pages_show_list"))
    return permissionError("Requires pages_show_list permission", 200);
  const pages = pagesOf(ctx.state.directory, caller.user.id).filter((page) =>
    caller.grant.pageIds.includes(page.id),
  );
  const fields = requestedFields(params, [
    "access_token",
    "category",
    "category_list",
    "name",
    "id",
    "tasks",
  ]);
  const data = [];
  for (const page of pages) {
    const node = {
      id: page.id,
      name: page.name,
      category: page.category,
      category_list: [{ id: "2500", name: page.category }],
      tasks: TASKS,
      access_token: pageTokenFor(ctx, caller, page.id),
    };
    const picked = pickFields(node, fields);
    if ("unknown" in picked)
      return paramError(
        `Tried accessing nonexisting field (${picked.unknown}) on node type (Page)`,
      );
    data.push(picked);
  }
  const first = pages[0]?.id ?? "";
  const last = pages.at(-1)?.id ?? "";
  return json(200, {
    data,
    paging: {
      cursors: {
        before: Buffer.from(first).toString("base64url"),
        after: Buffer.from(last).toString("base64url"),
      },
    },
  });
}

export async function facebookNode(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const caller = requireFbToken(ctx, params);
  const id = ctx.req.routeParams.id ?? "";
  const page = state.directory.pages.find(
    (p) => p.id === id && (caller.grant.pageIds.includes(p.id) || caller.token.pageId === p.id),
  );
  if (page) {
    const node: Record<string, unknown> = {
      id: page.id,
      name: page.name,
      category: page.category,
      link: `https://www.facebook.com/${page.id}`,
      fan_count: 128,
    };
    const fields = requestedFields(params, ["id", "name"]);
    if (fields.includes("access_token"))
      node.access_token =
        caller.token.pageId === page.id ? caller.token.value : pageTokenFor(ctx, caller, page.id);
    const picked = pickFields(node, fields);
    return "unknown" in picked
      ? paramError(`Tried accessing nonexisting field (${picked.unknown}) on node type (Page)`)
      : json(200, picked);
  }
  const post = state.facebook.posts.get(id);
  if (post && (caller.grant.pageIds.includes(post.pageId) || caller.token.pageId === post.pageId)) {
    const node = pagePostNode(state, ctx.req.origin, post);
    const picked = pickFields(node, requestedFields(params, ["id", "message", "created_time"]));
    return "unknown" in picked
      ? paramError(`Tried accessing nonexisting field (${picked.unknown}) on node type (PagePost)`)
      : json(200, picked);
  }
  return unsupportedGet(id);
}

/** DELETE /{user-id}/permissions[/{permission}]: revoke all (deauthorize the app) or one permission. */
export async function facebookDeletePermissions(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const caller = requireFbToken(ctx, params);
  const target = ctx.req.routeParams.userId ?? "me";
  if (caller.token.pageId || (target !== "me" && target !== caller.user.id))
    return unsupportedGet(target);
  const permission = ctx.req.routeParams.permission ?? str(params, "permission");
  if (permission) {
    // Permissions belong to the person and the app, so every live grant loses it; it then reads
    // as "declined" on GET /me/permissions, as Facebook shows a revoked permission.
    for (const grant of state.tokens.grantsOf("facebook", caller.user.id)) {
      if (!grant.scopes.includes(permission)) continue;
      grant.scopes = grant.scopes.filter((scope) => scope !== permission);
      grant.declinedScopes = [...(grant.declinedScopes ?? []), permission];
    }
    return json(200, { success: true });
  }
  for (const grant of state.tokens.grantsOf("facebook", caller.user.id))
    state.tokens.revokeGrant(grant.id, state.now());
  state.counters.revocation("facebook", caller.user.id);
  return json(200, { success: true });
}
