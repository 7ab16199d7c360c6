/**
 * Integration-test support: serves tests/fixtures/media over real HTTP on 127.0.0.1, so networks
 * that pull media by URL (Instagram, TikTok, Facebook video) download real bytes, and builds
 * `PublishMedia` objects whose read() returns the same bytes. `/jpeg/<file>` is the JPEG
 * rendering (sharp) the media pipeline would serve for Instagram; `/as-jpeg-but-png/<file>`
 * lies about a PNG (to prove the network, not only the adapter, refuses non-JPEG).
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import type { MediaInfo, PublishMedia } from "../publishing-types";

const FIXTURES = fileURLToPath(new URL("../../../tests/fixtures/media/", import.meta.url));

const MIME: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  mp4: "video/mp4",
};

export const mimeOf = (name: string): string =>
  MIME[name.slice(name.lastIndexOf(".") + 1)] ?? "application/octet-stream";

const VIDEO_FACTS: Record<string, Pick<MediaInfo, "width" | "height" | "durationMs">> = {
  "reel-9x16-4s.mp4": { width: 1080, height: 1920, durationMs: 4_000 },
  "landscape-16x9-3s-silent.mp4": { width: 1280, height: 720, durationMs: 3_000 },
};

async function bytesFor(variant: string, name: string): Promise<Buffer> {
  const original = await readFile(`${FIXTURES}${name}`);
  if (variant === "jpeg" && mimeOf(name) !== "image/jpeg")
    return sharp(original, { pages: 1 }).flatten({ background: "#ffffff" }).jpeg().toBuffer();
  return original;
}

export type MediaServer = Awaited<ReturnType<typeof startMediaServer>>;

export async function startMediaServer() {
  const downloads: string[] = [];
  const server = createServer((req, res) => {
    const [, variant = "", name = ""] = (req.url ?? "").split("/");
    if (!["original", "jpeg", "as-jpeg-but-png"].includes(variant) || !/^[\w.-]+$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    downloads.push(`${variant}/${name}`);
    bytesFor(variant, name).then(
      (bytes) => {
        const type =
          variant === "jpeg" || variant === "as-jpeg-but-png" ? "image/jpeg" : mimeOf(name);
        res.writeHead(200, { "content-type": type, "content-length": bytes.length }).end(bytes);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** A PublishMedia for a fixture; `lieAboutJpeg` makes url("jpeg") serve the PNG itself. */
  async function media(
    name: string,
    options: { id?: string; lieAboutJpeg?: boolean } = {},
  ): Promise<PublishMedia> {
    const mime = mimeOf(name);
    const original = await bytesFor("original", name);
    const kind = mime.startsWith("video/") ? "video" : "image";
    const facts =
      kind === "image"
        ? await sharp(original, { animated: true }).metadata()
        : { width: undefined, height: undefined, pages: undefined };
    const jpegPath = options.lieAboutJpeg ? "as-jpeg-but-png" : "jpeg";
    return {
      id: options.id ?? name,
      kind,
      mime,
      bytes: original.length,
      ...(kind === "image"
        ? {
            width: facts.width,
            height: facts.height,
            animated: (facts.pages ?? 1) > 1,
          }
        : VIDEO_FACTS[name]),
      url: (variant = "original") =>
        `${origin}/${variant === "jpeg" ? jpegPath : "original"}/${name}`,
      read: (variant = "original") => bytesFor(variant, name),
    };
  }

  return {
    origin,
    downloads,
    media,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
