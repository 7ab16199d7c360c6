/**
 * Raw TikTok Content Posting calls (providers.md §4.6): creator info, video direct post and photo
 * post by PULL_FROM_URL, and publish status. Every body is {data, error:{code}}; a code other
 * than "ok" is a failure whatever the HTTP status. Both init calls are "write": once TikTok has
 * the publish job it posts on its own, so a lost answer is an unknown outcome.
 */
import { z } from "zod";
import { endpoints, type ProviderRuntime } from "../config";
import { type HttpRequest, requestJson } from "../http";
import { classifyTikTokApiError } from "./tiktok-errors";
import { isTikTokApiErrorBody } from "./transform";

const base = {
  provider: "tiktok",
  network: "TikTok",
  method: "POST",
  classify: classifyTikTokApiError,
  isErrorBody: isTikTokApiErrorBody,
} as const;
const PUBLISH = `${endpoints.tiktok.api}/post/publish`;
const ok = z.object({ code: z.literal("ok") });

const creatorInfo = z.object({
  data: z.object({
    creator_avatar_url: z.string().optional(),
    creator_username: z.string().min(1),
    creator_nickname: z.string().optional(),
    privacy_level_options: z.array(z.string()),
    comment_disabled: z.boolean().optional(),
    duet_disabled: z.boolean().optional(),
    stitch_disabled: z.boolean().optional(),
    max_video_post_duration_sec: z.number().int().positive().optional(),
  }),
  error: ok,
});
export type CreatorInfo = z.infer<typeof creatorInfo>["data"];

const initResponse = z.object({
  data: z.object({ publish_id: z.string().min(1).max(64) }),
  error: ok,
});

export const PUBLISH_STATUSES = [
  "PROCESSING_UPLOAD",
  "PROCESSING_DOWNLOAD",
  "SEND_TO_USER_INBOX",
  "PUBLISH_COMPLETE",
  "FAILED",
] as const;
const statusResponse = z.object({
  data: z.object({
    status: z.enum(PUBLISH_STATUSES),
    fail_reason: z.string().optional(),
    // The typo is TikTok's; ids are int64, read as strings (see keepBigIntegers).
    publicaly_available_post_id: z
      .array(z.union([z.string(), z.number()]).transform(String))
      .optional(),
  }),
  error: ok,
});
export type PublishStatus = z.infer<typeof statusResponse>["data"];

export type PostInfo = {
  privacy_level: string;
  disable_comment: boolean;
  disable_duet?: boolean;
  disable_stitch?: boolean;
};

/** A Content Posting call: a JSON POST with the user's token, answered by the body's `data`. */
const publishCall = async <T>(
  runtime: ProviderRuntime,
  token: string,
  request: Pick<HttpRequest<{ data: T }>, "url" | "json" | "kind" | "schema" | "keepBigIntegers">,
): Promise<T> => (await requestJson(runtime, { ...base, ...request, bearer: token })).data;

export const queryCreatorInfo = async (
  runtime: ProviderRuntime,
  token: string,
): Promise<CreatorInfo> =>
  publishCall(runtime, token, {
    url: `${PUBLISH}/creator_info/query/`,
    json: {},
    kind: "read",
    schema: creatorInfo,
  });

export const initVideoPost = async (
  runtime: ProviderRuntime,
  token: string,
  input: { title: string; postInfo: PostInfo; videoUrl: string },
): Promise<string> =>
  (
    await publishCall(runtime, token, {
      url: `${PUBLISH}/video/init/`,
      json: {
        post_info: { title: input.title, ...input.postInfo },
        source_info: { source: "PULL_FROM_URL", video_url: input.videoUrl },
      },
      kind: "write",
      schema: initResponse,
    })
  ).publish_id;

export const initPhotoPost = async (
  runtime: ProviderRuntime,
  token: string,
  input: { description: string; postInfo: PostInfo; photoUrls: string[] },
): Promise<string> =>
  (
    await publishCall(runtime, token, {
      url: `${PUBLISH}/content/init/`,
      json: {
        media_type: "PHOTO",
        post_mode: "DIRECT_POST",
        post_info: { description: input.description, ...input.postInfo },
        source_info: {
          source: "PULL_FROM_URL",
          photo_cover_index: 0,
          photo_images: input.photoUrls,
        },
      },
      kind: "write",
      schema: initResponse,
    })
  ).publish_id;

export const fetchPublishStatus = async (
  runtime: ProviderRuntime,
  token: string,
  publishId: string,
): Promise<PublishStatus> =>
  publishCall(runtime, token, {
    url: `${PUBLISH}/status/fetch/`,
    json: { publish_id: publishId },
    kind: "read",
    schema: statusResponse,
    keepBigIntegers: true,
  });
