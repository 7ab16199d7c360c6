/**
 * Publishing to a Facebook Page with its Page token (providers.md §2.4): text → /feed; one image
 * → /photos (published with its caption, one call); several images → each uploaded unpublished,
 * its photo id saved as a step, then one /feed post with attached_media; a video → /videos with
 * file_url. A retry reuses every saved photo id, so no image is uploaded twice.
 */
import { z } from "zod";
import type { ProviderRuntime, RuntimeSource } from "../config";
import { createdSince, readStep, sameText } from "../publish-support";
import type {
  ProviderPublishing,
  PublishContext,
  PublishedPost,
  ReconcileInput,
} from "../publishing-types";
import {
  createFacebookFeedPost,
  createFacebookVideo,
  listRecentFacebookPosts,
  uploadFacebookPhoto,
} from "./facebook-publish-api";

/** Step key: { [Socialite media id]: unpublished Facebook photo id }. */
const PHOTOS_STEP = "facebookPhotos";
const savedPhotos = z.record(z.string(), z.string().min(1));

const pageIdOf = (account: PublishContext["account"]): string =>
  String(account.metadata.pageId ?? account.externalId);

/** "{page-id}_{post-id}" → the post's public address. */
export const facebookPostUrl = (postId: string): string => {
  const [pageId, post] = postId.split("_");
  return post
    ? `https://www.facebook.com/${pageId}/posts/${post}`
    : `https://www.facebook.com/${postId}`;
};

async function publishPhotos(
  runtime: ProviderRuntime,
  context: PublishContext,
  pageId: string,
): Promise<PublishedPost> {
  const saved = { ...readStep(context.steps, PHOTOS_STEP, savedPhotos) };
  for (const media of context.media) {
    if (saved[media.id]) continue;
    const photo = await uploadFacebookPhoto(runtime, context.accessToken, {
      pageId,
      bytes: await media.read("original"),
      mime: media.mime,
      published: false,
    });
    saved[media.id] = photo.id;
    await context.saveSteps({ [PHOTOS_STEP]: saved });
  }
  const photoIds = context.media.map((media) => saved[media.id]!);
  await context.beforeCreate();
  const post = await createFacebookFeedPost(runtime, context.accessToken, {
    pageId,
    message: context.text,
    photoIds,
  });
  return { remoteId: post.id, url: facebookPostUrl(post.id) };
}

async function publish(runtime: ProviderRuntime, context: PublishContext): Promise<PublishedPost> {
  const pageId = pageIdOf(context.account);
  const { accessToken: token, media, text } = context;
  const video = media.find((item) => item.kind === "video");
  if (video) {
    await context.beforeCreate();
    const created = await createFacebookVideo(runtime, token, {
      pageId,
      fileUrl: video.url("original"),
      description: text,
    });
    return { remoteId: created.id, url: `https://www.facebook.com/${pageId}/videos/${created.id}` };
  }
  if (media.length > 1) return publishPhotos(runtime, context, pageId);
  const [image] = media;
  if (image) {
    const bytes = await image.read("original");
    await context.beforeCreate();
    const photo = await uploadFacebookPhoto(runtime, token, {
      pageId,
      bytes,
      mime: image.mime,
      message: text,
      published: true,
    });
    return photo.post_id
      ? { remoteId: photo.post_id, url: facebookPostUrl(photo.post_id) }
      : { remoteId: photo.id, url: `https://www.facebook.com/photo/?fbid=${photo.id}` };
  }
  await context.beforeCreate();
  const post = await createFacebookFeedPost(runtime, token, { pageId, message: text });
  return { remoteId: post.id, url: facebookPostUrl(post.id) };
}

async function findPublished(
  runtime: ProviderRuntime,
  input: ReconcileInput,
): Promise<PublishedPost | null> {
  // A listing Facebook refuses throws: "cannot tell" must not read as "not posted".
  const posts = await listRecentFacebookPosts(runtime, input.accessToken, pageIdOf(input.account));
  const match = posts.find(
    (post) => sameText(input.text, post.message) && createdSince(post.created_time, input.since),
  );
  return match
    ? { remoteId: match.id, url: match.permalink_url ?? facebookPostUrl(match.id) }
    : null;
}

export const createFacebookPublishing = (
  runtime: RuntimeSource,
): Pick<ProviderPublishing, "publish" | "findPublished"> => ({
  publish: (context) => publish(runtime(), context),
  findPublished: (input) => findPublished(runtime(), input),
});
