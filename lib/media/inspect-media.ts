/**
 * Decides whether an upload is media Socialite can publish, from its bytes alone (ASVS 5.2.2): the
 * client's file name and Content-Type are attacker-controlled and only ever used for display.
 */
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { MediaKind } from "@/lib/db/client";
import { inspectImage } from "./inspect-image";
import { inspectVideo } from "./inspect-video";
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from "./limits";
import { MediaRejectedError } from "./media-rejected-error";

/** The real types accepted, by the magic bytes file-type finds. */
export const ACCEPTED_MIME: Readonly<Record<string, MediaKind>> = {
  "image/jpeg": "IMAGE",
  "image/png": "IMAGE",
  "image/gif": "IMAGE",
  "image/webp": "IMAGE",
  "video/mp4": "VIDEO",
  "video/quicktime": "VIDEO",
};

export type InspectedMedia = {
  kind: MediaKind;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  durationMs?: number;
  /** Images only: more than one frame (animated GIF or WebP). */
  animated?: boolean;
  /** Videos only: what publishing validation needs beyond the stored columns. */
  video?: { videoCodec: string; audioCodec: string | null; moovFirst: boolean };
  /** Hex SHA-256 of the bytes. */
  sha256: string;
};

/** What the browser claimed; never trusted, kept for messages and logs only. */
export type DeclaredFile = { name?: string; type?: string };

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function assertSize(kind: MediaKind, bytes: number): void {
  const limit = kind === "IMAGE" ? MAX_IMAGE_BYTES : MAX_VIDEO_BYTES;
  if (bytes > limit) {
    const what = kind === "IMAGE" ? "Images" : "Videos";
    throw new MediaRejectedError("too_large", `${what} can be up to ${megabytes(limit)}.`);
  }
}

/**
 * Throws MediaRejectedError (with a reason and words for the person) for anything that is not a
 * complete, supported image or video within the limits in ./limits.ts.
 */
export async function inspectMedia(
  buffer: Buffer,
  _declared: DeclaredFile = {},
): Promise<InspectedMedia> {
  if (buffer.byteLength === 0) throw new MediaRejectedError("empty");
  // Refuse the hopeless case before sniffing: nothing accepted is bigger than a video.
  assertSize("VIDEO", buffer.byteLength);
  const detected = await fileTypeFromBuffer(buffer);
  const kind = detected ? ACCEPTED_MIME[detected.mime] : undefined;
  if (!detected || !kind) throw new MediaRejectedError("unsupported_type");
  assertSize(kind, buffer.byteLength);

  const base = {
    kind,
    mime: detected.mime,
    bytes: buffer.byteLength,
    sha256: createHash("sha256").update(buffer).digest("hex"),
  };
  if (kind === "IMAGE") {
    const image = await inspectImage(buffer);
    return { ...base, width: image.width, height: image.height, animated: image.frames > 1 };
  }
  const { width, height, durationMs, ...video } = inspectVideo(buffer);
  return { ...base, width, height, durationMs, video };
}
