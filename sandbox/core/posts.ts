/**
 * What each sandbox account received: the posts the inbox pages show and the control API lists,
 * with their media kept in memory and served back from /_sandbox/media/<id> as thumbnails.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import { randomToken } from "./ids";

export type StoredMedia = {
  id: string;
  mime: string;
  kind: "image" | "video" | "unknown";
  bytes: Uint8Array;
};

export type ReceivedPost = {
  network: ProviderId;
  /** The network's id of the created object (tweet id, "{page}_{post}", IG media id, publish id). */
  remoteId: string;
  /** Other ids the API gave the client for it (TikTok's publish_id), so inbox links can use them. */
  alsoKnownAs?: string[];
  accountId: string;
  accountName: string;
  text: string;
  mediaIds: string[];
  createdAt: number;
  /** e.g. reply_to, privacy_level, media_type: shown as small tags in the inbox. */
  details: Record<string, string>;
};

export class PostStore {
  private readonly posts: ReceivedPost[] = [];
  private readonly media = new Map<string, StoredMedia>();

  putMedia(bytes: Uint8Array, mime: string, kind: StoredMedia["kind"]): StoredMedia {
    const stored: StoredMedia = { id: randomToken(12), mime, kind, bytes };
    this.media.set(stored.id, stored);
    return stored;
  }

  getMedia(id: string): StoredMedia | undefined {
    return this.media.get(id);
  }

  add(post: ReceivedPost): ReceivedPost {
    this.posts.push(post);
    return post;
  }

  list(filter: { network?: ProviderId; accountId?: string } = {}): ReceivedPost[] {
    return this.posts
      .filter((post) => !filter.network || post.network === filter.network)
      .filter((post) => !filter.accountId || post.accountId === filter.accountId)
      .sort((a, b) => b.createdAt - a.createdAt);
  }
}
