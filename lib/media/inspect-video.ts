/**
 * Reads an MP4/MOV's movie header with mp4box (no decoding): duration, the first video track's
 * size and codec, and whether the moov box comes before the media data (Instagram wants it first,
 * providers.md §3C). A file mp4box cannot parse, or without a video track, is refused.
 */
import { createFile, type Movie, MP4BoxBuffer } from "mp4box";
import { MediaRejectedError } from "./media-rejected-error";

export type VideoFacts = {
  width: number;
  height: number;
  durationMs: number;
  /** RFC 6381 codec string of the video track, such as "avc1.640028" (H.264) or "hvc1…". */
  videoCodec: string;
  /** Codec of the first audio track, or null for a silent video. */
  audioCodec: string | null;
  /** True when moov precedes mdat ("fast start"). */
  moovFirst: boolean;
};

function parseMovie(buffer: Buffer): Movie | null {
  const file = createFile();
  let movie: Movie | null = null;
  file.onReady = (info) => {
    movie = info;
  };
  file.onError = () => {
    movie = null;
  };
  // mp4box reads the whole ArrayBuffer from offset 0, but small Node Buffers are views into a
  // shared pool: copy unless the Buffer owns its memory outright.
  const ownsMemory = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  const data = ownsMemory ? buffer.buffer : new Uint8Array(buffer).buffer;
  try {
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(data, 0), true);
    file.flush();
  } catch {
    return null;
  }
  return movie;
}

export function inspectVideo(buffer: Buffer): VideoFacts {
  const movie = parseMovie(buffer);
  const track = movie?.videoTracks[0];
  if (!movie || !track) throw new MediaRejectedError("unreadable_video");
  const width = track.video?.width || track.track_width;
  const height = track.video?.height || track.track_height;
  // The movie duration is in the movie timescale; fall back to the track's own.
  const durationMs =
    movie.timescale > 0 && movie.duration > 0
      ? Math.round((movie.duration / movie.timescale) * 1000)
      : track.timescale > 0
        ? Math.round((track.duration / track.timescale) * 1000)
        : 0;
  if (!width || !height || durationMs <= 0 || track.nb_samples === 0) {
    throw new MediaRejectedError("unreadable_video");
  }
  return {
    width,
    height,
    durationMs,
    videoCodec: track.codec,
    audioCodec: movie.audioTracks[0]?.codec ?? null,
    moovFirst: movie.isProgressive,
  };
}
