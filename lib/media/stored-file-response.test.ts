import { afterAll, describe, expect, test } from "vitest";
import { newStorageKey } from "./storage";
import { storedFileResponse } from "./stored-file-response";
import { tempStorage } from "./testing/media-test-support";

const { storage, cleanup } = tempStorage();
afterAll(cleanup);

const key = newStorageKey();
await storage.put(key, Buffer.from("0123456789"));

const base = {
  storage,
  storageKey: key,
  mime: "image/png",
  fileName: "m1.png",
  cacheControl: "private, max-age=60",
  rangeHeader: null,
  head: false,
};

describe("storedFileResponse", () => {
  test("serves the whole file with exact type, length and safety headers", async () => {
    const response = await storedFileResponse(base);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "content-length": "10",
      "cache-control": "private, max-age=60",
      "x-content-type-options": "nosniff",
      "content-disposition": 'inline; filename="m1.png"',
      "accept-ranges": "bytes",
    });
    expect(await response.text()).toBe("0123456789");
  });

  test("HEAD has the same headers and no body", async () => {
    const response = await storedFileResponse({ ...base, head: true });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe("10");
    expect(response.body).toBeNull();
  });

  test("answers a byte range with 206, and an impossible one with 416", async () => {
    const partial = await storedFileResponse({ ...base, rangeHeader: "bytes=2-4" });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-range")).toBe("bytes 2-4/10");
    expect(partial.headers.get("content-length")).toBe("3");
    expect(await partial.text()).toBe("234");
    const impossible = await storedFileResponse({ ...base, rangeHeader: "bytes=50-" });
    expect(impossible.status).toBe(416);
    expect(impossible.headers.get("content-range")).toBe("bytes */10");
  });

  test("404 when the file is missing from storage", async () => {
    const response = await storedFileResponse({ ...base, storageKey: newStorageKey() });
    expect(response.status).toBe(404);
  });
});
