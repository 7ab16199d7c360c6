/**
 * Publishing to Instagram (providers.md §3C): create a container (one image; one video as a Reel;
 * 2–10 files as carousel items, then the carousel), save its id, poll status_code until FINISHED,
 * media_publish it, save the media id, then read the permalink. Steps make every retry resume:
 * a saved container is polled, never created again; a saved media id is never published again;
 * a container Instagram already shows as PUBLISHED is looked up instead of re-published.
 */
import { z } from "zod";
import type { ProviderRuntime, RuntimeSource } from "../config";
import { ProviderError } from "../provider-error";
import { createdSince, pollUntil, readStep, sameText } from "../publish-support";
import type {
  ProviderPublishing,
  PublishAccount,
  PublishContext,
  PublishedPost,
  PublishMedia,
  ReconcileInput,
} from "../publishing-types";
import {
  type ContainerInput,
  createInstagramContainer,
  getContainerStatus,
  getInstagramPermalink,
  getPublishingQuota,
  listInstagramMediaSince,
  publishInstagramContainer,
} from "./instagram-publish-api";

// Step keys: carousel items per Socialite media id, the container to publish, the published media.
const CHILDREN_STEP = "igChildren";
const CONTAINER_STEP = "igContainer";
const MEDIA_STEP = "igMediaId";
const savedChildren = z.record(z.string(), z.string().min(1));
const savedId = z.string().min(1);

// Instagram asks for about one status read a minute for at most 5 minutes; images are usually
// ready at once, so the first reads come sooner and back off to that pace.
const POLL_BUDGET_MS = 5 * 60_000;
const pollDelayMs = (attempt: number) => Math.min(60_000, 2_000 * 2 ** attempt);
// Containers live 24 h: a published one can only be among the last day's media.
const DAY_MS = 86_400_000;

const igUserIdOf = (account: PublishAccount) =>
  String(account.metadata.igUserId ?? account.externalId);
const profileUrl = (handle: string) => `https://www.instagram.com/${encodeURIComponent(handle)}/`;

const refused = (providerCode: string, message: string) =>
  new ProviderError({ kind: "invalid_content", provider: "instagram", providerCode, message });

/** The post's address; the profile stands in when the permalink read fails (the post exists). */
async function published(
  runtime: ProviderRuntime,
  token: string,
  account: PublishAccount,
  mediaId: string,
) {
  const link = await getInstagramPermalink(runtime, token, mediaId).catch(() => undefined);
  return { remoteId: mediaId, url: link ?? profileUrl(account.handle) };
}

const itemInput = (media: PublishMedia, carouselItem: boolean, caption?: string): ContainerInput =>
  media.kind === "video"
    ? { type: "video", videoUrl: media.url("original"), caption, carouselItem }
    : { type: "image", imageUrl: media.url("jpeg"), caption, carouselItem };

function waitFinished(runtime: ProviderRuntime, context: PublishContext, containerId: string) {
  let attempt = 0;
  return pollUntil({
    runtime,
    provider: "instagram",
    network: "Instagram",
    what: "the media to be ready",
    budgetMs: POLL_BUDGET_MS,
    ...(context.signal ? { signal: context.signal } : {}),
    check: async () => {
      const { status_code: code, status } = await getContainerStatus(
        runtime,
        context.accessToken,
        containerId,
      );
      if (code === "FINISHED" || code === "PUBLISHED") return { done: code };
      if (code === "ERROR")
        throw refused(
          "container_error",
          `Instagram could not process the media: ${status ?? "no reason given"}`,
        );
      if (code === "EXPIRED")
        throw new ProviderError({
          kind: "transient",
          provider: "instagram",
          providerCode: "container_expired",
          message: "Instagram let the prepared media expire. Socialite will prepare it again.",
        });
      return { waitMs: pollDelayMs(attempt++) };
    },
  });
}

async function createContainer(
  runtime: ProviderRuntime,
  context: PublishContext,
  igUserId: string,
) {
  const { accessToken: token, media, text } = context;
  // Best effort: the cap check saves a container, but only a dead token should stop us here.
  const quota = await getPublishingQuota(runtime, token, igUserId).catch((error: unknown) => {
    if (error instanceof ProviderError && error.kind === "auth") throw error;
    return undefined;
  });
  if (quota?.total !== undefined && quota.used >= quota.total)
    throw new ProviderError({
      kind: "rate_limited",
      provider: "instagram",
      providerCode: "publishing_quota",
      message: `Instagram allows ${quota.total} posts per 24 hours through apps, and this account has reached it. Socialite will try again later.`,
    });
  if (media.length === 1)
    return createInstagramContainer(runtime, token, igUserId, itemInput(media[0]!, false, text));
  const children = { ...readStep(context.steps, CHILDREN_STEP, savedChildren) };
  for (const item of media) {
    if (children[item.id]) continue;
    children[item.id] = await createInstagramContainer(
      runtime,
      token,
      igUserId,
      itemInput(item, true),
    );
    await context.saveSteps({ [CHILDREN_STEP]: children });
  }
  // A video item must be processed before the carousel can take it.
  for (const item of media)
    if (item.kind === "video") await waitFinished(runtime, context, children[item.id]!);
  const ids = media.map((item) => children[item.id]!);
  return createInstagramContainer(runtime, token, igUserId, {
    type: "carousel",
    children: ids,
    caption: text,
  });
}

/** The media a PUBLISHED container became, found among the account's recent media. */
async function lookUp(runtime: ProviderRuntime, input: Omit<ReconcileInput, "steps">) {
  const recent = await listInstagramMediaSince(
    runtime,
    input.accessToken,
    igUserIdOf(input.account),
    input.since,
  );
  const match = recent.find(
    (item) => sameText(input.text, item.caption) && createdSince(item.timestamp, input.since),
  );
  return match
    ? { remoteId: match.id, url: match.permalink ?? profileUrl(input.account.handle) }
    : null;
}

const publishedButUnknown = () =>
  new ProviderError({
    kind: "unknown_outcome",
    provider: "instagram",
    providerCode: "published_not_found",
    message:
      "Instagram shows the post as published, but Socialite could not find it among the account's posts.",
  });

async function publish(runtime: ProviderRuntime, context: PublishContext): Promise<PublishedPost> {
  const { accessToken: token, account } = context;
  const igUserId = igUserIdOf(account);
  const mediaId = readStep(context.steps, MEDIA_STEP, savedId);
  if (mediaId) return published(runtime, token, account, mediaId);
  let containerId = readStep(context.steps, CONTAINER_STEP, savedId);
  if (containerId) {
    const { status_code: code, status } = await getContainerStatus(runtime, token, containerId);
    if (code === "ERROR")
      throw refused(
        "container_error",
        `Instagram could not process the media: ${status ?? "no reason given"}`,
      );
    if (code === "PUBLISHED") {
      const since = new Date(runtime.now().getTime() - DAY_MS);
      const found = await lookUp(runtime, { ...context, since });
      if (found) return found;
      throw publishedButUnknown();
    }
    if (code === "EXPIRED") {
      containerId = undefined;
      await context.saveSteps({ [CONTAINER_STEP]: null, [CHILDREN_STEP]: null });
      context = { ...context, steps: { ...context.steps, [CHILDREN_STEP]: null } };
    }
  }
  if (!containerId) {
    containerId = await createContainer(runtime, context, igUserId);
    await context.saveSteps({ [CONTAINER_STEP]: containerId });
  }
  await waitFinished(runtime, context, containerId);
  await context.beforeCreate();
  const newMediaId = await publishInstagramContainer(runtime, token, igUserId, containerId);
  await context.saveSteps({ [MEDIA_STEP]: newMediaId });
  return published(runtime, token, account, newMediaId);
}

async function findPublished(
  runtime: ProviderRuntime,
  input: ReconcileInput,
): Promise<PublishedPost | null> {
  const { steps } = input;
  const mediaId = readStep(steps, MEDIA_STEP, savedId);
  if (mediaId) return published(runtime, input.accessToken, input.account, mediaId);
  const containerId = readStep(steps, CONTAINER_STEP, savedId);
  if (containerId) {
    // The container's own status settles it: anything but PUBLISHED means nothing went out.
    const { status_code: code } = await getContainerStatus(runtime, input.accessToken, containerId);
    if (code !== "PUBLISHED") return null;
    const found = await lookUp(runtime, input);
    if (found) return found;
    throw publishedButUnknown();
  }
  return lookUp(runtime, input);
}

export const createInstagramPublishing = (
  runtime: RuntimeSource,
): Pick<ProviderPublishing, "publish" | "findPublished"> => ({
  publish: (context) => publish(runtime(), context),
  findPublished: (input) => findPublished(runtime(), input),
});
