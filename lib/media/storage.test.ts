import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, describe, expect, test } from "vitest";
import { newStorageKey, variantKey } from "./storage";
import { tempStorage } from "./testing/media-test-support";

const { storage, root, cleanup } = tempStorage();
afterAll(cleanup);

describe("local disk MediaStorage", () => {
  test("keys are 128 random bits in hex", () => {
    const keys = new Set(Array.from({ length: 100 }, newStorageKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[a-f0-9]{32}$/);
  });

  test("stores, reads, streams, sizes and deletes a file", async () => {
    const key = newStorageKey();
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.getStream(key)).toBeNull();
    await storage.put(key, Buffer.from("hello media"));
    expect(existsSync(path.join(root, key.slice(0, 2), key))).toBe(true);
    expect((await storage.get(key))?.toString()).toBe("hello media");
    expect(await storage.size(key)).toBe(11);
    const ranged = await storage.getStream(key, { start: 6, end: 10 });
    expect(ranged?.bytes).toBe(11);
    expect(await text(ranged!.stream)).toBe("media");
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await storage.delete(key);
  });

  test("stores a stream and leaves no temporary file behind", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from("a"), Buffer.from("b")]));
    expect((await storage.get(key))?.toString()).toBe("ab");
    expect(readdirSync(path.join(root, key.slice(0, 2)))).toEqual([key]);
  });

  test("refuses any key it did not make, so no path can escape the folder", async () => {
    for (const key of ["../x", "/etc/passwd", "..", "a/b", `${newStorageKey()}/../..`, ""]) {
      await expect(storage.get(key)).rejects.toThrow(/Invalid media storage key/);
      await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow(/Invalid/);
    }
    expect(() => variantKey(newStorageKey(), "../x")).toThrow(/Invalid/);
    expect(variantKey("0".repeat(32), "jpeg-v1")).toBe(`${"0".repeat(32)}.jpeg-v1`);
  });
});
