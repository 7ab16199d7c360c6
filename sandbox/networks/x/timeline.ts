/**
 * GET /2/users/{id}/tweets: a user's posts, newest first, as x-openapi.json describes it
 * (getUsersPosts): max_results 5..100 (default 10), pagination_token, start_time / end_time,
 * since_id / until_id, exclude=replies,retweets, and post.fields (the spec's name) or
 * tweet.fields (the name clients and older docs use). A client reconciles a POST /2/tweets that
 * got no answer by looking for its text here.
 */
import { z } from "zod";
import type { ReceivedPost } from "../../core/posts";
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import type { SandboxState } from "../../core/state";
import { findUser } from "../../core/users";
import { requireXUser } from "./auth";
import { invalidRequest } from "./errors";

/** x-openapi.json PostFieldsParameter enum. */
const POST_FIELDS = new Set([
  "article",
  "article_title",
  "attachments",
  "card_uri",
  "community_id",
  "context_annotations",
  "conversation_id",
  "created_at",
  "display_text_range",
  "edit_controls",
  "entities",
  "geo",
  "id",
  "lang",
  "matched_media_notes",
  "media_metadata",
  "non_public_metrics",
  "note_post",
  "note_request_suggestions",
  "organic_metrics",
  "paid_partnership",
  "possibly_sensitive",
  "promoted_metrics",
  "public_metrics",
  "reply_settings",
  "scopes",
  "source",
  "suggested_source_links",
  "suggested_source_links_with_counts",
  "text",
  "withheld",
  // Not in the v2.167 enum but in every X response example and client: the post's author.
  "author_id",
  "in_reply_to_user_id",
]);

const dateTime = z.iso.datetime({ offset: true });
const postId = /^[0-9]{1,19}$/;

const token = (id: string): string => Buffer.from(id).toString("base64url");
const untoken = (value: string): string => Buffer.from(value, "base64url").toString();

/** Query problems in the order X reports them, or the parsed query. */
function readQuery(query: URLSearchParams):
  | {
      max: number;
      after?: string;
      start?: number;
      end?: number;
      sinceId?: bigint;
      untilId?: bigint;
      exclude: string[];
      fields: string[];
    }
  | SentReply {
  const max = Number(query.get("max_results") ?? "10");
  if (!Number.isInteger(max) || max < 5 || max > 100)
    return invalidRequest(
      `The \`max_results\` query parameter value [${query.get("max_results")}] is not between 5 and 100`,
      "max_results",
    );
  const times: Record<string, number | undefined> = {};
  for (const name of ["start_time", "end_time"]) {
    const value = query.get(name);
    if (value === null) continue;
    if (!dateTime.safeParse(value).success)
      return invalidRequest(
        `The \`${name}\` query parameter value [${value}] is not a valid RFC 3339 date-time`,
        name,
      );
    times[name] = Date.parse(value);
  }
  if (times.start_time !== undefined && times.end_time !== undefined) {
    if (times.start_time >= times.end_time)
      return invalidRequest("`start_time` must be earlier than `end_time`.", "start_time");
  }
  const ids: Record<string, bigint | undefined> = {};
  for (const name of ["since_id", "until_id"]) {
    const value = query.get(name);
    if (value === null) continue;
    if (!postId.test(value))
      return invalidRequest(`The \`${name}\` query parameter value [${value}] is not valid`, name);
    ids[name] = BigInt(value);
  }
  const exclude = (query.get("exclude") ?? "").split(",").filter(Boolean);
  const badExclude = exclude.find((item) => item !== "replies" && item !== "retweets");
  if (badExclude)
    return invalidRequest(
      `The \`exclude\` query parameter value [${badExclude}] is not one of [replies,retweets]`,
      "exclude",
    );
  const fieldsParam = query.has("post.fields") ? "post.fields" : "tweet.fields";
  const fields = (query.get(fieldsParam) ?? "").split(",").filter(Boolean);
  const badField = fields.find((field) => !POST_FIELDS.has(field));
  if (badField)
    return invalidRequest(
      `The \`${fieldsParam}\` query parameter value [${badField}] is not one of [${[...POST_FIELDS].join(",")}]`,
      fieldsParam,
    );
  const pagination = query.get("pagination_token");
  return {
    max,
    ...(pagination ? { after: untoken(pagination) } : {}),
    ...(times.start_time !== undefined ? { start: times.start_time } : {}),
    ...(times.end_time !== undefined ? { end: times.end_time } : {}),
    ...(ids.since_id !== undefined ? { sinceId: ids.since_id } : {}),
    ...(ids.until_id !== undefined ? { untilId: ids.until_id } : {}),
    exclude,
    fields,
  };
}

function postObject(
  state: SandboxState,
  post: ReceivedPost,
  fields: string[],
): Record<string, unknown> {
  const byId = new Map(state.posts.list({ network: "x" }).map((p) => [p.remoteId, p]));
  const parentId = post.details["in reply to"];
  const parent = parentId ? byId.get(parentId) : undefined;
  let root = post;
  for (let next = parent; next; next = byId.get(next.details["in reply to"] ?? "")) root = next;
  const mediaKeys = post.mediaIds
    .map((blobId) => [...state.x.media.values()].find((media) => media.blobId === blobId))
    .map((media) => media?.mediaKey)
    .filter((key): key is string => !!key);
  const optional: Record<string, unknown> = {
    created_at: new Date(post.createdAt).toISOString(),
    author_id: post.accountId,
    conversation_id: root.remoteId,
    ...(parent ? { in_reply_to_user_id: parent.accountId } : {}),
    ...(mediaKeys.length > 0 ? { attachments: { media_keys: mediaKeys } } : {}),
    lang: /^[\p{Script=Latin}\p{N}\p{P}\p{Z}\p{Emoji}\s]*$/u.test(post.text) ? "en" : "und",
    possibly_sensitive: false,
    reply_settings: "everyone",
    public_metrics: {
      retweet_count: 0,
      reply_count: [...byId.values()].filter((p) => p.details["in reply to"] === post.remoteId)
        .length,
      like_count: 0,
      quote_count: 0,
      bookmark_count: 0,
      impression_count: 0,
    },
  };
  const data: Record<string, unknown> = {
    id: post.remoteId,
    text: post.text,
    edit_history_post_ids: [post.remoteId],
  };
  for (const field of fields) if (field in optional) data[field] = optional[field];
  return data;
}

export function xUserPosts(ctx: HandlerContext): SentReply {
  requireXUser(ctx, "users_tweets");
  const { state } = ctx;
  const id = ctx.req.routeParams.id ?? "";
  if (!/^[0-9]{1,19}$/.test(id))
    return invalidRequest(`The \`id\` query parameter value [${id}] is not valid`, "id");
  const query = readQuery(ctx.req.query);
  if ("type" in query) return query;
  const author = findUser(state.directory, "x", id);
  if (!author) {
    // X answers a lookup of an unknown user with 200 and a partial error.
    return json(200, {
      errors: [
        {
          value: id,
          detail: `Could not find user with id: [${id}].`,
          title: "Not Found Error",
          resource_type: "user",
          parameter: "id",
          resource_id: id,
          type: "https://api.x.com/2/problems/resource-not-found",
        },
      ],
    });
  }
  const matching = state.posts
    .list({ network: "x", accountId: author.id })
    .filter(
      (post) =>
        (query.start === undefined || post.createdAt >= query.start) &&
        (query.end === undefined || post.createdAt <= query.end) &&
        (query.sinceId === undefined || BigInt(post.remoteId) > query.sinceId) &&
        (query.untilId === undefined || BigInt(post.remoteId) < query.untilId) &&
        !(query.exclude.includes("replies") && post.details["in reply to"]),
    );
  const start =
    query.after === undefined ? 0 : matching.findIndex((post) => post.remoteId === query.after) + 1;
  if (query.after !== undefined && start === 0)
    return invalidRequest(
      "The `pagination_token` query parameter value is not valid",
      "pagination_token",
    );
  const page = matching.slice(start, start + query.max);
  const newest = page[0];
  const oldest = page.at(-1);
  const more = start + query.max < matching.length;
  const meta = {
    result_count: page.length,
    ...(newest && oldest ? { newest_id: newest.remoteId, oldest_id: oldest.remoteId } : {}),
    ...(more && oldest ? { next_token: token(oldest.remoteId) } : {}),
  };
  return json(200, {
    ...(page.length > 0 ? { data: page.map((post) => postObject(state, post, query.fields)) } : {}),
    meta,
  });
}
