/**
 * Raw X publishing calls (providers.md §1.4, §1.5): the v2 media upload (one-shot for images;
 * initialize / append / finalize / STATUS for video and GIF), post creation, and the user's post
 * timeline for reconciliation. Uploads are "prepare" calls: media nobody posted expires unseen,
 * so a lost answer is retried; only POST /2/tweets can leave an unknown outcome.
 */
import { endpoints, type ProviderRuntime } from "../config";
import { type HttpRequest, requestJson } from "../http";
import {
  type XListedPost,
  type XMediaData,
  xAppendResponse,
  xCreatePostResponse,
  xMediaResponse,
  xUserPosts,
} from "./publish-schemas";
import { classifyXApiError } from "./x-errors";

const base = { provider: "x", network: "X", classify: classifyXApiError } as const;
const MEDIA = `${endpoints.x.api}/media/upload`;

export type XMediaCategory = "tweet_image" | "tweet_gif" | "tweet_video";

const fileForm = (bytes: Buffer, fields: Record<string, string>): FormData => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set("media", new Blob([new Uint8Array(bytes)]), "media");
  return form;
};

/** A media-upload endpoint call answered with the media object (its `data`). */
const mediaCall = async (
  runtime: ProviderRuntime,
  token: string,
  request: Pick<HttpRequest<unknown>, "method" | "url" | "kind" | "multipart" | "json" | "query">,
): Promise<XMediaData> =>
  (await requestJson(runtime, { ...base, ...request, bearer: token, schema: xMediaResponse })).data;

export const uploadXMediaOneShot = async (
  runtime: ProviderRuntime,
  token: string,
  bytes: Buffer,
  category: XMediaCategory,
): Promise<XMediaData> =>
  mediaCall(runtime, token, {
    method: "POST",
    url: MEDIA,
    multipart: fileForm(bytes, { media_category: category }),
    kind: "prepare",
  });

export const initializeXMedia = async (
  runtime: ProviderRuntime,
  token: string,
  input: { mediaType: string; totalBytes: number; category: XMediaCategory },
): Promise<XMediaData> =>
  mediaCall(runtime, token, {
    method: "POST",
    url: `${MEDIA}/initialize`,
    json: {
      media_type: input.mediaType,
      total_bytes: input.totalBytes,
      media_category: input.category,
    },
    kind: "prepare",
  });

export const appendXMedia = async (
  runtime: ProviderRuntime,
  token: string,
  input: { mediaId: string; segmentIndex: number; chunk: Buffer },
): Promise<void> => {
  await requestJson(runtime, {
    ...base,
    method: "POST",
    url: `${MEDIA}/${input.mediaId}/append`,
    multipart: fileForm(input.chunk, { segment_index: String(input.segmentIndex) }),
    bearer: token,
    kind: "prepare",
    schema: xAppendResponse,
  });
};

export const finalizeXMedia = async (
  runtime: ProviderRuntime,
  token: string,
  mediaId: string,
): Promise<XMediaData> =>
  mediaCall(runtime, token, {
    method: "POST",
    url: `${MEDIA}/${mediaId}/finalize`,
    kind: "prepare",
  });

export const getXMediaStatus = async (
  runtime: ProviderRuntime,
  token: string,
  mediaId: string,
): Promise<XMediaData> =>
  mediaCall(runtime, token, {
    method: "GET",
    url: MEDIA,
    query: { command: "STATUS", media_id: mediaId },
    kind: "read",
  });

export const createXPost = async (
  runtime: ProviderRuntime,
  token: string,
  input: { text: string; mediaIds: string[] },
): Promise<{ id: string }> =>
  (
    await requestJson(runtime, {
      ...base,
      method: "POST",
      url: `${endpoints.x.api}/tweets`,
      json: {
        ...(input.text ? { text: input.text } : {}),
        ...(input.mediaIds.length > 0 ? { media: { media_ids: input.mediaIds } } : {}),
      },
      bearer: token,
      kind: "write",
      schema: xCreatePostResponse,
    })
  ).data;

/** The user's posts created at or after `since`, newest first (GET /2/users/:id/tweets). */
export const listXPostsSince = async (
  runtime: ProviderRuntime,
  token: string,
  input: { userId: string; since: Date },
): Promise<XListedPost[]> =>
  (
    await requestJson(runtime, {
      ...base,
      method: "GET",
      url: `${endpoints.x.api}/users/${encodeURIComponent(input.userId)}/tweets`,
      // X wants RFC 3339 without fractional seconds.
      query: {
        start_time: input.since.toISOString().replace(/\.\d{3}Z$/, "Z"),
        max_results: "100",
        "tweet.fields": "created_at",
      },
      bearer: token,
      kind: "read",
      schema: xUserPosts,
    })
  ).data ?? [];
