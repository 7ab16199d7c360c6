import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sniffMedia } from "./media-sniff";

const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, "../../tests/fixtures/media", name));

describe("sniffMedia", () => {
  it("reads JPEG and PNG dimensions", () => {
    expect(sniffMedia(fixture("square-1080.jpg"))).toMatchObject({
      mime: "image/jpeg",
      width: 1080,
      height: 1080,
      truncated: false,
    });
    expect(sniffMedia(fixture("photo-4x3.png"))).toMatchObject({
      mime: "image/png",
      kind: "image",
    });
  });
  it("spots videos, GIFs, lying extensions and truncated JPEGs", () => {
    expect(sniffMedia(fixture("reel-9x16-4s.mp4")).kind).toBe("video");
    expect(sniffMedia(fixture("animated.gif")).mime).toBe("image/gif");
    expect(sniffMedia(fixture("not-an-image.jpg")).mime).not.toBe("image/jpeg");
    expect(sniffMedia(fixture("truncated.jpg")).truncated).toBe(true);
  });
});
