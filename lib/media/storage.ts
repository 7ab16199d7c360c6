/**
 * Where media bytes live. Keys are made here from random bytes (never from a user's file name, ASVS
 * 5.3.2), and every key is checked against one strict pattern before it touches a path, so no key
 * can escape the media folder.
 *
 * The local-disk store keeps files under `${DATA_DIR}/media`. An S3-like store plugs in by
 * implementing `MediaStorage` with the same keys as object names: put = PutObject (multipart upload
 * for streams), get/getStream = GetObject (with a Range header), exists/size = HeadObject, delete =
 * DeleteObject; then return it from getMediaStorage(). Networks keep fetching through
 * /api/media/[id]/file, so the URL stays on Socialite's verified domain (TikTok PULL_FROM_URL).
 */
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getEnv } from "@/lib/env";

/** Inclusive byte range, as in an HTTP Range header. */
export type ByteRange = { start: number; end: number };

export interface MediaStorage {
  /** Stores the bytes under `key`, replacing any previous ones; readers never see a partial file. */
  put(key: string, data: Buffer | Readable): Promise<void>;
  /** The whole file, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** A stream of the file (or of `range` within it) and the file's total size; null when missing. */
  getStream(key: string, range?: ByteRange): Promise<{ stream: Readable; bytes: number } | null>;
  exists(key: string): Promise<boolean>;
  /** The file's size in bytes, or null when missing (answers HEAD without opening the file). */
  size(key: string): Promise<number | null>;
  /** Removes the file; missing files are fine. */
  delete(key: string): Promise<void>;
}

// 32 hex characters (128 random bits), optionally ".variant-name" for a derived file.
const KEY_PATTERN = /^[a-f0-9]{32}(\.[a-z0-9-]{1,32})?$/;

/** A fresh key for an original upload: 128 bits from the CSPRNG (ASVS 11.5.1). */
export function newStorageKey(): string {
  return randomBytes(16).toString("hex");
}

/** The key of a file derived from an original, such as its JPEG copy. */
export function variantKey(originalKey: string, variant: string): string {
  const key = `${originalKey}.${variant}`;
  assertKey(key);
  return key;
}

function assertKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid media storage key "${key.slice(0, 80)}"`);
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/** Files in `root`, sharded by the key's first two characters to keep folders small. */
export function createLocalDiskStorage(root: string): MediaStorage {
  const base = path.resolve(root);
  const fileFor = (key: string) => {
    assertKey(key);
    const file = path.join(base, key.slice(0, 2), key);
    // Unreachable with the key pattern above; kept so a future pattern change cannot open a hole.
    if (!file.startsWith(base + path.sep)) throw new Error("Media path escapes the media folder");
    return file;
  };

  return {
    async put(key, data) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
      try {
        if (Buffer.isBuffer(data)) await writeFile(temporary, data, { mode: 0o600 });
        else await pipeline(data, createWriteStream(temporary, { mode: 0o600 }));
        // rename is atomic on one file system: a concurrent reader sees the old file or the new.
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return await readFile(fileFor(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async getStream(key, range) {
      const file = fileFor(key);
      try {
        const { size } = await stat(file);
        const stream = createReadStream(file, range ? { start: range.start, end: range.end } : {});
        return { stream, bytes: size };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async exists(key) {
      return (await this.size(key)) !== null;
    },
    async size(key) {
      try {
        const info = await stat(fileFor(key));
        return info.isFile() ? info.size : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileFor(key), { force: true });
    },
  };
}

let defaultStorage: MediaStorage | undefined;

/** The store the app uses: local disk under DATA_DIR/media. */
export function getMediaStorage(): MediaStorage {
  defaultStorage ??= createLocalDiskStorage(path.join(getEnv().DATA_DIR, "media"));
  return defaultStorage;
}
