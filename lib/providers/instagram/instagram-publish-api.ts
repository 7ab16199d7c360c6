/**
 * Raw Instagram content-publishing calls (providers.md §3C, host graph.instagram.com): media
 * containers, their status, media_publish, the permalink, the 24 h publishing quota, and the
 * account's recent media for reconciliation. Creating a container is a "prepare" call: an
 * unpublished container is invisible and expires in 24 h, so a lost answer is simply retried.
 */
import { z } from "zod";
import { endpoints, type ProviderRuntime } from "../config";
import { graphCreated, graphGet, graphId, graphPost } from "../meta/graph-call";
import { createGraphClassifier } from "../meta/graph-errors";

const base = {
  provider: "instagram",
  network: "Instagram",
  classify: createGraphClassifier({ network: "Instagram", endpoint: "api" }),
} as const;

export const CONTAINER_STATUSES = [
  "EXPIRED",
  "ERROR",
  "FINISHED",
  "IN_PROGRESS",
  "PUBLISHED",
] as const;
const containerStatus = z.object({
  status_code: z.enum(CONTAINER_STATUSES),
  status: z.string().optional(),
});
export type ContainerStatus = z.infer<typeof containerStatus>;

const permalink = z.object({ permalink: z.string().url().optional() });
const publishingLimit = z.object({
  data: z.array(
    z.object({
      quota_usage: z.number().int().nonnegative(),
      config: z.object({ quota_total: z.number().int().positive() }).partial().optional(),
    }),
  ),
});
const recentMedia = z.object({
  data: z.array(
    z.object({
      id: graphId,
      caption: z.string().optional(),
      timestamp: z.string().optional(),
      permalink: z.string().optional(),
    }),
  ),
});
export type InstagramListedMedia = z.infer<typeof recentMedia>["data"][number];

const node = (id: string) => `${endpoints.instagram.graphVersioned}/${encodeURIComponent(id)}`;

export type ContainerInput =
  | { type: "image"; imageUrl: string; caption?: string; carouselItem?: boolean }
  | { type: "video"; videoUrl: string; caption?: string; carouselItem?: boolean }
  | { type: "carousel"; children: string[]; caption: string };

function containerParams(input: ContainerInput): Record<string, string | undefined> {
  const caption = input.caption || undefined;
  if (input.type === "carousel")
    return { media_type: "CAROUSEL", children: input.children.join(","), caption };
  const item = input.carouselItem ? { is_carousel_item: "true" } : { caption };
  if (input.type === "image") return { image_url: input.imageUrl, ...item };
  // A lone video is a Reel; inside a carousel it is a VIDEO item (REELS is not allowed there).
  return { media_type: input.carouselItem ? "VIDEO" : "REELS", video_url: input.videoUrl, ...item };
}

export const createInstagramContainer = async (
  runtime: ProviderRuntime,
  token: string,
  igUserId: string,
  input: ContainerInput,
): Promise<string> =>
  (
    await graphPost(runtime, {
      ...base,
      url: `${node(igUserId)}/media`,
      accessToken: token,
      kind: "prepare",
      form: containerParams(input),
      schema: graphCreated,
    })
  ).id;

export const getContainerStatus = (
  runtime: ProviderRuntime,
  token: string,
  containerId: string,
): Promise<ContainerStatus> =>
  graphGet(runtime, {
    ...base,
    url: node(containerId),
    accessToken: token,
    query: { fields: "status_code,status" },
    schema: containerStatus,
  });

export const publishInstagramContainer = async (
  runtime: ProviderRuntime,
  token: string,
  igUserId: string,
  containerId: string,
): Promise<string> =>
  (
    await graphPost(runtime, {
      ...base,
      url: `${node(igUserId)}/media_publish`,
      accessToken: token,
      kind: "write",
      form: { creation_id: containerId },
      schema: graphCreated,
    })
  ).id;

export const getInstagramPermalink = async (
  runtime: ProviderRuntime,
  token: string,
  mediaId: string,
): Promise<string | undefined> =>
  (
    await graphGet(runtime, {
      ...base,
      url: node(mediaId),
      accessToken: token,
      query: { fields: "permalink" },
      schema: permalink,
    })
  ).permalink;

/** Posts published in the last 24 h and the cap, or undefined when Instagram reports none. */
export const getPublishingQuota = async (
  runtime: ProviderRuntime,
  token: string,
  igUserId: string,
): Promise<{ used: number; total?: number } | undefined> => {
  const [entry] = (
    await graphGet(runtime, {
      ...base,
      url: `${node(igUserId)}/content_publishing_limit`,
      accessToken: token,
      query: { fields: "quota_usage,config" },
      schema: publishingLimit,
    })
  ).data;
  return entry ? { used: entry.quota_usage, total: entry.config?.quota_total } : undefined;
};

/** The account's media published since a time (GET /{ig-user-id}/media, IGUser.json since). */
export const listInstagramMediaSince = async (
  runtime: ProviderRuntime,
  token: string,
  igUserId: string,
  since: Date,
): Promise<InstagramListedMedia[]> =>
  (
    await graphGet(runtime, {
      ...base,
      url: `${node(igUserId)}/media`,
      accessToken: token,
      query: {
        fields: "id,caption,timestamp,permalink",
        since: String(Math.floor(since.getTime() / 1000)),
      },
      schema: recentMedia,
    })
  ).data;
