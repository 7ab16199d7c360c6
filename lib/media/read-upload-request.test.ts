import { describe, expect, test, vi } from "vitest";

// A small cap so the over-limit stream can be tested without sending 250 MB.
vi.mock("./limits", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./limits")>()),
  MAX_UPLOAD_BODY_BYTES: 1024,
}));

const { readUploadRequest, UploadRequestError } = await import("./read-upload-request");

const APP_URL = "http://localhost:3000";

function upload(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${APP_URL}/api/media`, { method: "POST", body, headers });
}

function form(file: Blob | string, name = "photo.png"): FormData {
  const data = new FormData();
  if (typeof file === "string") data.set("file", file);
  else data.set("file", file, name);
  return data;
}

async function status(request: Request): Promise<number | undefined> {
  const error = await readUploadRequest(request, APP_URL).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UploadRequestError);
  return (error as InstanceType<typeof UploadRequestError>).status;
}

describe("readUploadRequest", () => {
  test("returns the file's bytes and what the browser declared", async () => {
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" });
    const result = await readUploadRequest(upload(form(blob)), APP_URL);
    expect([...result.buffer]).toEqual([1, 2, 3]);
    expect(result.declared).toEqual({ name: "photo.png", type: "image/png" });
  });

  test("415 for a body that is not multipart/form-data", async () => {
    expect(await status(upload("raw", { "content-type": "image/png" }))).toBe(415);
    expect(await status(upload(JSON.stringify({ file: "x" })))).toBe(415);
  });

  test("400 without a file in the field 'file'", async () => {
    expect(await status(upload(form("just text")))).toBe(400);
    const other = new FormData();
    other.set("image", new Blob(["x"]), "x.png");
    expect(await status(upload(other))).toBe(400);
  });

  test("400 for broken multipart", async () => {
    const headers = { "content-type": "multipart/form-data; boundary=zzz" };
    expect(await status(upload("--zzz\r\nnot a part", headers))).toBe(400);
  });

  test("413 when Content-Length announces too much, before reading", async () => {
    const headers = {
      "content-type": "multipart/form-data; boundary=zzz",
      "content-length": "999999999",
    };
    expect(await status(upload("--zzz--", headers))).toBe(413);
  });

  test("413 when a streamed body grows past the cap, with no Content-Length to go by", async () => {
    const chunks = [new Uint8Array(600), new Uint8Array(600)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const request = new Request(`${APP_URL}/api/media`, {
      method: "POST",
      body: stream,
      headers: { "content-type": "multipart/form-data; boundary=zzz" },
      duplex: "half",
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    expect(await status(request)).toBe(413);
  });

  test("403 for a cross-site upload", async () => {
    const blob = new Blob([new Uint8Array([1])]);
    expect(await status(upload(form(blob), { origin: "https://evil.example" }))).toBe(403);
    expect(await status(upload(form(blob), { "sec-fetch-site": "cross-site" }))).toBe(403);
    const sameOrigin = upload(form(blob), { origin: APP_URL, "sec-fetch-site": "same-origin" });
    await expect(readUploadRequest(sameOrigin, APP_URL)).resolves.toBeDefined();
  });
});
