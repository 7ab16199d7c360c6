/** Server-made download names (`<id>.<ext>`): the uploader's own file name is never echoed back. */
const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
  "video/mp4": "mp4",
  "video/quicktime": "mov",
};

export function mediaFileName(mediaId: string, mime: string, suffix = ""): string {
  return `${mediaId}${suffix}.${EXTENSIONS[mime] ?? "bin"}`;
}
