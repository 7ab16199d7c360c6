/** Instagram-only state: media containers, what was published from them, Graph usage. */
import { GraphUsage } from "../graph/usage";

export type ContainerStatus = "IN_PROGRESS" | "FINISHED" | "ERROR" | "EXPIRED" | "PUBLISHED";

export type Container = {
  id: string;
  ownerId: string;
  /** As requested; "IMAGE" when media_type was omitted for an image. */
  mediaType: "IMAGE" | "VIDEO" | "REELS" | "STORIES" | "CAROUSEL";
  isCarouselItem: boolean;
  caption: string;
  children: string[];
  blobId?: string;
  /** Why processing failed (status_code ERROR). */
  error?: string;
  /** A video download still running. */
  pending: boolean;
  readyAt: number;
  createdAt: number;
  publishedMediaId?: string;
};

export type PublishedMedia = {
  id: string;
  ownerId: string;
  containerId: string;
  caption: string;
  mediaType: string;
  publishedAt: number;
};

export class InstagramStore {
  readonly containers = new Map<string, Container>();
  readonly published: PublishedMedia[] = [];
  readonly usage = new GraphUsage();
}
