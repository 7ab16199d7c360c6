/**
 * GET /2/users/me and POST /2/tweets. The request schema mirrors x-openapi.json's
 * CreatePostsRequest (additionalProperties: false); text is limited to 280 weighted characters as
 * counted by the official twitter-text library (NFC, URLs as 23, CJK and emoji as 2).
 */
import { createRequire } from "node:module";
import { z } from "zod";
import { markCreated } from "../../core/dispatch";
import { numericId } from "../../core/ids";
import { json, type SentReply } from "../../core/reply";
import { contentType, jsonBody } from "../../core/request";
import type { HandlerContext } from "../../core/router";
import { requireXUser } from "./auth";
import { DUPLICATE_DETAIL, forbidden, invalidRequest } from "./errors";

// twitter-text ships CommonJS without types; only parseTweet is used.
const twitterText = createRequire(import.meta.url)("twitter-text") as {
  parseTweet(text: string): { weightedLength: number; valid: boolean };
};

const USER_FIELDS = new Set([
  "confirmed_email",
  "connection_status",
  "created_at",
  "description",
  "entities",
  "id",
  "is_identity_verified",
  "location",
  "name",
  "parody",
  "profile_banner_url",
  "profile_image_url",
  "protected",
  "public_metrics",
  "receives_your_dm",
  "subscribes_to_you",
  "subscription",
  "subscription_type",
  "url",
  "username",
  "verified",
  "verified_followers_count",
  "verified_type",
  "withheld",
]);

export function xUsersMe(ctx: HandlerContext): SentReply {
  const { user } = requireXUser(ctx, "users_me");
  const fields = (ctx.req.query.get("user.fields") ?? "").split(",").filter(Boolean);
  const bad = fields.find((field) => !USER_FIELDS.has(field));
  if (bad)
    return invalidRequest(
      `The \`user.fields\` query parameter value [${bad}] is not one of [${[...USER_FIELDS].join(",")}]`,
      "user.fields",
    );
  const extra: Record<string, unknown> = {
    created_at: new Date(user.createdAt).toISOString(),
    description: "A sandbox account for Socialite development.",
    profile_image_url: `${ctx.req.origin}/_sandbox/avatar/x/${user.id}.svg`,
    protected: false,
    verified: false,
    url: "",
    location: "Sandbox",
    public_metrics: {
      followers_count: 42,
      following_count: 7,
      tweet_count: ctx.state.posts.list({ network: "x", accountId: user.id }).length,
      listed_count: 0,
      like_count: 0,
    },
  };
  const data: Record<string, unknown> = { id: user.id, name: user.name, username: user.username };
  for (const field of fields) if (field in extra) data[field] = extra[field];
  return json(200, { data });
}

const id19 = z.string().regex(/^[0-9]{1,19}$/);

export const createPostSchema = z
  .object({
    text: z.string().optional(),
    media: z
      .object({
        media_ids: z.array(id19).min(1).max(4),
        tagged_user_ids: z.array(id19).max(10).optional(),
        description: z.string().optional(),
        embeddable: z.boolean().optional(),
        preview_media_id: id19.optional(),
        title: z.string().optional(),
        call_to_actions: z.unknown().optional(),
      })
      .strict()
      .optional(),
    reply: z
      .object({
        in_reply_to_tweet_id: id19,
        exclude_reply_user_ids: z.array(z.string()).optional(),
        auto_populate_reply_metadata: z.boolean().optional(),
      })
      .strict()
      .optional(),
    quote_tweet_id: id19.optional(),
    poll: z
      .object({
        options: z.array(z.string().min(1).max(25)).min(2).max(4),
        duration_minutes: z.number().int().min(5).max(10080),
        reply_settings: z.string().optional(),
      })
      .strict()
      .optional(),
    reply_settings: z.enum(["following", "mentionedUsers", "subscribers", "verified"]).optional(),
    card_uri: z.string().optional(),
    community_id: id19.optional(),
    direct_message_deep_link: z.string().optional(),
    edit_options: z.unknown().optional(),
    for_super_followers_only: z.boolean().optional(),
    geo: z.unknown().optional(),
    made_with_ai: z.boolean().optional(),
    nullcast: z.boolean().optional(),
    paid_partnership: z.boolean().optional(),
    share_with_followers: z.boolean().optional(),
  })
  .strict();

export const weightedLength = (text: string): number =>
  twitterText.parseTweet(text.normalize("NFC")).weightedLength;

export function xCreateTweet(ctx: HandlerContext): SentReply {
  const { user } = requireXUser(ctx, "tweets");
  const { state } = ctx;
  if (contentType(ctx.req) !== "application/json")
    return invalidRequest("Content-Type must be application/json.");
  const parsed = createPostSchema.safeParse(jsonBody(ctx.req));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalidRequest(
      `One or more parameters to your request was invalid: ${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`,
      issue?.path.join("."),
    );
  }
  const body = parsed.data;
  const text = (body.text ?? "").normalize("NFC");
  if (!text && !body.media)
    return invalidRequest("Post text is required unless media is provided.", "text");
  if (weightedLength(text) > 280)
    return invalidRequest(
      `Your Tweet text is too long: ${weightedLength(text)} weighted characters (the limit is 280).`,
      "text",
    );
  if (body.quote_tweet_id)
    return forbidden(
      "Quote-posting requires an Enterprise plan. It is not available on self-serve (pay-per-use) tiers.",
    );
  if (body.poll && body.media) return invalidRequest("A post cannot have both a poll and media.");
  const xPosts = state.posts.list({ network: "x" });
  if (body.reply && !xPosts.some((post) => post.remoteId === body.reply?.in_reply_to_tweet_id)) {
    return forbidden("You attempted to reply to a Tweet that is deleted or not visible to you.");
  }
  if (text && xPosts.some((post) => post.accountId === user.id && post.text === text))
    return forbidden(DUPLICATE_DETAIL);
  const media = body.media ? resolveMedia(ctx, user.id, body.media.media_ids) : [];
  if (media === undefined) return invalidRequest("Your media IDs are invalid.", "media.media_ids");
  const id = numericId(19);
  state.posts.add({
    network: "x",
    remoteId: id,
    accountId: user.id,
    accountName: `@${user.username}`,
    text,
    mediaIds: media,
    createdAt: state.now(),
    details: body.reply ? { "in reply to": body.reply.in_reply_to_tweet_id } : {},
  });
  state.counters.postCreated("x", user.id);
  markCreated(ctx);
  return json(201, { data: { id, text, edit_history_post_ids: [id] } });
}

/** Blob ids for the media, or undefined when any id is unknown, not ready, not the user's, or mixed. */
function resolveMedia(ctx: HandlerContext, userId: string, ids: string[]): string[] | undefined {
  const { state } = ctx;
  const items = ids.map((id) => state.x.media.get(id));
  const now = state.now();
  const usable = items.every(
    (item) =>
      item?.finalized &&
      !item.failed &&
      item.readyAt <= now &&
      item.blobId &&
      (item.ownerId === userId || item.additionalOwners.includes(userId)),
  );
  if (!usable) return undefined;
  const videos = items.filter(
    (item) => item?.kind === "video" || item?.mime === "image/gif",
  ).length;
  if (videos > 0 && items.length > 1) return undefined;
  return items.map((item) => item!.blobId!);
}
