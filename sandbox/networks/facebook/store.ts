/** Facebook-only state: Page tokens derived per user token, photos, video sessions, Graph usage. */
import { GraphUsage } from "../graph/usage";

export type VideoSession = {
  id: string;
  videoId: string;
  pageId: string;
  fileSize: number;
  chunks: Uint8Array[];
  receivedBytes: number;
};

export type PagePhoto = {
  id: string;
  pageId: string;
  blobId: string;
  published: boolean;
  caption: string;
};

export type PagePost = {
  id: string;
  pageId: string;
  message: string;
  createdAt: number;
  link?: string;
  /** false for published=false posts; scheduled ones turn visible at scheduledAt. */
  published: boolean;
  scheduledAt?: number;
  blobIds: string[];
};

export class FacebookStore {
  readonly sessions = new Map<string, VideoSession>();
  readonly photos = new Map<string, PagePhoto>();
  readonly posts = new Map<string, PagePost>();
  /** "<user token>:<page id>" → Page token, so repeated /me/accounts calls return the same token. */
  readonly pageTokens = new Map<string, string>();
  readonly usage = new GraphUsage();
}
