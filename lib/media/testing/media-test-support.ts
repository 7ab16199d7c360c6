// Test support: the shared fixtures and a throw-away local-disk store per test file.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalDiskStorage, type MediaStorage } from "../storage";

export const FIXTURES = {
  square: "square-1080.jpg",
  portrait: "portrait-4x5.jpg",
  tooWide: "too-wide-3x1.jpg",
  png: "photo-4x3.png",
  gif: "animated.gif",
  reel: "reel-9x16-4s.mp4",
  silent: "landscape-16x9-3s-silent.mp4",
  notAnImage: "not-an-image.jpg",
  truncated: "truncated.jpg",
  pixelFlood: "pixel-flood-30000x30000.png",
} as const;

export function fixture(name: string): Buffer {
  return readFileSync(path.resolve("tests/fixtures/media", name));
}

export function tempStorage(): { storage: MediaStorage; root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "socialite-media-"));
  return {
    storage: createLocalDiskStorage(root),
    root,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
