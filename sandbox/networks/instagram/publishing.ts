/**
 * Container status, POST /{ig-user-id}/media_publish and GET /content_publishing_limit. Only a
 * FINISHED container publishes; the 24 h quota (50 by default, UNCONFIRMED 50 vs 100) counts a
 * carousel once.
 */
import { markCreated } from "../../core/dispatch";
import { numericId } from "../../core/ids";
import { json, type SentReply } from "../../core/reply";
import type { HandlerContext } from "../../core/router";
import type { SandboxState } from "../../core/state";
import { graphError, paramError } from "../graph/errors";
import { pickFields, readGraphParams, requestedFields, str } from "../graph/params";
import { requireIgUser, requireOwnPath } from "./auth";
import type { Container, ContainerStatus } from "./store";

const DAY = 86_400_000;

export function containerStatus(state: SandboxState, container: Container): ContainerStatus {
  if (container.publishedMediaId) return "PUBLISHED";
  if (container.error) return "ERROR";
  if (state.now() > container.createdAt + DAY) return "EXPIRED";
  if (container.mediaType === "CAROUSEL") {
    const children = container.children.map((id) => state.instagram.containers.get(id));
    if (children.some((child) => !child || containerStatus(state, child) === "ERROR"))
      return "ERROR";
    return children.every((child) => child && containerStatus(state, child) === "FINISHED")
      ? "FINISHED"
      : "IN_PROGRESS";
  }
  return container.pending || state.now() < container.readyAt ? "IN_PROGRESS" : "FINISHED";
}

const STATUS_TEXT: Record<ContainerStatus, string> = {
  IN_PROGRESS: "In Progress: Media is still being processed.",
  FINISHED: "Finished: Media has been uploaded and it is ready to be published.",
  ERROR: "Error",
  EXPIRED: "Expired: The container was not published within 24 hours.",
  PUBLISHED: "Published: Media has been published.",
};

export function containerNode(state: SandboxState, container: Container): Record<string, unknown> {
  const statusCode = containerStatus(state, container);
  return {
    id: container.id,
    status_code: statusCode,
    status: statusCode === "ERROR" ? (container.error ?? "Error") : STATUS_TEXT[statusCode],
  };
}

const usedQuota = (state: SandboxState, ownerId: string): number =>
  state.instagram.published.filter(
    (media) => media.ownerId === ownerId && media.publishedAt > state.now() - DAY,
  ).length;

export async function instagramPublish(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const { user } = requireIgUser(ctx, params, "instagram_business_content_publish");
  requireOwnPath(ctx, user);
  const creationId = str(params, "creation_id");
  if (!creationId) return paramError("The parameter creation_id is required.");
  const container = state.instagram.containers.get(creationId);
  if (!container || container.ownerId !== user.id || container.isCarouselItem) {
    return graphError(400, {
      message: "Media ID is not available",
      code: 9007,
      subcode: 2207006,
      userTitle: "Media not found",
      userMsg: "The media with the given creation_id was not found.",
    });
  }
  const status = containerStatus(state, container);
  if (status !== "FINISHED") {
    return graphError(400, {
      message: "Media ID is not available",
      code: 9007,
      subcode: 2207027,
      userTitle: "Media not ready",
      userMsg: `The media is not ready for publishing, please wait for a moment (status_code ${status}).`,
    });
  }
  if (usedQuota(state, user.id) >= state.config.instagram.publishingQuota) {
    return graphError(400, {
      message: "Application request limit reached",
      code: 9,
      subcode: 2207042,
      userTitle: "Publishing limit reached",
      userMsg: "You reached the maximum number of posts that can be published in 24 hours.",
    });
  }
  const mediaId = numericId(17);
  container.publishedMediaId = mediaId;
  state.instagram.published.push({
    id: mediaId,
    ownerId: user.id,
    containerId: container.id,
    caption: container.caption,
    mediaType: container.mediaType,
    publishedAt: state.now(),
  });
  const blobs =
    container.mediaType === "CAROUSEL"
      ? container.children
          .map((id) => state.instagram.containers.get(id)?.blobId)
          .filter((id): id is string => !!id)
      : container.blobId
        ? [container.blobId]
        : [];
  state.posts.add({
    network: "instagram",
    remoteId: mediaId,
    accountId: user.id,
    accountName: `@${user.username}`,
    text: container.caption,
    mediaIds: blobs,
    createdAt: state.now(),
    details: { type: container.mediaType.toLowerCase() },
  });
  state.counters.postCreated("instagram", user.id);
  markCreated(ctx);
  return json(200, { id: mediaId });
}

export async function instagramPublishingLimit(ctx: HandlerContext): Promise<SentReply> {
  const { state } = ctx;
  const params = await readGraphParams(ctx.req);
  const { user } = requireIgUser(ctx, params);
  requireOwnPath(ctx, user);
  const node = {
    quota_usage: usedQuota(state, user.id),
    config: { quota_total: state.config.instagram.publishingQuota, quota_duration: 86400 },
  };
  const fields = requestedFields(params, ["quota_usage"]);
  const picked = pickFields({ id: undefined, ...node }, fields);
  if ("unknown" in picked)
    return paramError(
      `Tried accessing nonexisting field (${picked.unknown}) on node type (ContentPublishingLimitResponse)`,
    );
  return json(200, { data: [picked] });
}
