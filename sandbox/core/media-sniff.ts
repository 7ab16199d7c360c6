/**
 * Identifies media by magic bytes (never by file name or declared type, as the networks' own
 * pipelines do) and reads image dimensions from the JPEG SOF / PNG IHDR headers, enough to apply
 * the aspect-ratio and format rules without an image library.
 */
export type SniffedMedia = {
  mime: string;
  kind: "image" | "video" | "unknown";
  width?: number;
  height?: number;
  /** A JPEG without its end-of-image marker: downloaded partially or corrupt. */
  truncated?: boolean;
};

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0): boolean =>
  signature.every((value, index) => bytes[offset + index] === value);

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  Buffer.from(bytes.subarray(start, end)).toString("latin1");

export function sniffMedia(bytes: Uint8Array): SniffedMedia {
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { mime: "image/jpeg", kind: "image", ...jpegInfo(bytes) };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]))
    return { mime: "image/png", kind: "image", ...pngSize(bytes) };
  if (ascii(bytes, 0, 4) === "GIF8") {
    return { mime: "image/gif", kind: "image", width: u16le(bytes, 6), height: u16le(bytes, 8) };
  }
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP")
    return { mime: "image/webp", kind: "image" };
  if (ascii(bytes, 4, 8) === "ftyp") {
    const brand = ascii(bytes, 8, 12);
    return { mime: brand === "qt  " ? "video/quicktime" : "video/mp4", kind: "video" };
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return { mime: "video/webm", kind: "video" };
  return { mime: "application/octet-stream", kind: "unknown" };
}

const u16le = (bytes: Uint8Array, at: number): number =>
  (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u16be = (bytes: Uint8Array, at: number): number =>
  ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u32be = (bytes: Uint8Array, at: number): number =>
  u16be(bytes, at) * 65536 + u16be(bytes, at + 2);

function pngSize(bytes: Uint8Array): Pick<SniffedMedia, "width" | "height"> {
  return bytes.length >= 24 ? { width: u32be(bytes, 16), height: u32be(bytes, 20) } : {};
}

/** Walks JPEG segments to the first start-of-frame marker. */
function jpegInfo(bytes: Uint8Array): Pick<SniffedMedia, "width" | "height" | "truncated"> {
  const truncated = !(bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return { truncated: true };
    const marker = bytes[at + 1] ?? 0;
    const length = u16be(bytes, at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7), truncated };
    at += 2 + length;
  }
  return { truncated: true };
}
