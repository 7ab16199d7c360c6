/**
 * Raw Facebook Page publishing calls (providers.md §2.4), with the Page token: feed posts,
 * photos (uploaded as multipart `source`, so publishing does not depend on Facebook reaching
 * Socialite's media host), videos pulled from `file_url`, and the Page's recent posts for
 * reconciliation. An unpublished photo is a "prepare" call: nobody sees it until a feed post
 * attaches it, so a lost answer is retried rather than reconciled.
 */
import { z } from "zod";
import { endpoints, type ProviderRuntime } from "../config";
import { graphCreated, graphGet, graphId, graphPost } from "../meta/graph-call";
import { createGraphClassifier } from "../meta/graph-errors";

const base = {
  provider: "facebook",
  network: "Facebook",
  classify: createGraphClassifier({ network: "Facebook", endpoint: "api" }),
} as const;

const fbPhotoCreated = z.object({ id: graphId, post_id: graphId.optional() });
export const fbPagePosts = z.object({
  data: z.array(
    z.object({
      id: graphId,
      message: z.string().optional(),
      created_time: z.string().optional(),
      permalink_url: z.string().optional(),
    }),
  ),
});
export type FacebookListedPost = z.infer<typeof fbPagePosts>["data"][number];

const page = (pageId: string) => `${endpoints.facebook.graph}/${encodeURIComponent(pageId)}`;

export const createFacebookFeedPost = (
  runtime: ProviderRuntime,
  token: string,
  input: { pageId: string; message: string; photoIds?: string[] },
): Promise<{ id: string }> =>
  graphPost(runtime, {
    ...base,
    url: `${page(input.pageId)}/feed`,
    accessToken: token,
    kind: "write",
    form: {
      message: input.message || undefined,
      attached_media: input.photoIds?.length
        ? JSON.stringify(input.photoIds.map((id) => ({ media_fbid: id })))
        : undefined,
    },
    schema: graphCreated,
  });

/** A photo upload; `published: false` keeps it out of the feed until a post attaches it. */
export const uploadFacebookPhoto = (
  runtime: ProviderRuntime,
  token: string,
  input: { pageId: string; bytes: Buffer; mime: string; message?: string; published: boolean },
): Promise<{ id: string; post_id?: string }> => {
  const form = new FormData();
  if (input.message) form.set("message", input.message);
  form.set("published", String(input.published));
  form.set("source", new Blob([new Uint8Array(input.bytes)], { type: input.mime }), "photo");
  return graphPost(runtime, {
    ...base,
    url: `${page(input.pageId)}/photos`,
    accessToken: token,
    kind: input.published ? "write" : "prepare",
    multipart: form,
    schema: fbPhotoCreated,
  });
};

export const createFacebookVideo = (
  runtime: ProviderRuntime,
  token: string,
  input: { pageId: string; fileUrl: string; description: string },
): Promise<{ id: string }> =>
  graphPost(runtime, {
    ...base,
    url: `${endpoints.facebook.graphVideo}/${encodeURIComponent(input.pageId)}/videos`,
    accessToken: token,
    kind: "write",
    form: { file_url: input.fileUrl, description: input.description || undefined },
    schema: graphCreated,
  });

/**
 * The Page's most recent posts, newest first (GET /{page-id}/feed). Page.json documents `limit`
 * but no time filter on this edge, so the time check is the caller's.
 */
export const listRecentFacebookPosts = async (
  runtime: ProviderRuntime,
  token: string,
  pageId: string,
): Promise<FacebookListedPost[]> =>
  (
    await graphGet(runtime, {
      ...base,
      url: `${page(pageId)}/feed`,
      accessToken: token,
      query: { fields: "id,message,created_time,permalink_url", limit: "25" },
      schema: fbPagePosts,
    })
  ).data;
