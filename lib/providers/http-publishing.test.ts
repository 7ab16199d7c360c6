import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type HttpRequest, requestJson } from "./http";
import { providerRejection } from "./testing/expect-error";
import { stubRuntime } from "./testing/stub-runtime";

const hanging = (_url: string, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) =>
    init.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
  );

const request = (overrides: Partial<HttpRequest<unknown>>): HttpRequest<unknown> => ({
  provider: "x",
  network: "X",
  method: "POST",
  url: "https://api.x.com/2/media/upload",
  kind: "prepare",
  schema: z.unknown(),
  classify: () => ({ kind: "transient", message: "no" }),
  ...overrides,
});

describe("requestJson for publishing calls", () => {
  it("a lost answer to a write is unknown_outcome; to a prepare call (upload) transient", async () => {
    const runtime = stubRuntime("x", hanging, { timeoutMs: 20 });
    expect((await providerRejection(requestJson(runtime, request({ kind: "write" })))).kind).toBe(
      "unknown_outcome",
    );
    expect((await providerRejection(requestJson(runtime, request({ kind: "prepare" })))).kind).toBe(
      "transient",
    );
  });

  it("sends multipart bodies with fetch's own boundary", async () => {
    let seen: RequestInit | undefined;
    const runtime = stubRuntime("x", async (_url, init) => {
      seen = init;
      return new Response("{}", { status: 200 });
    });
    const form = new FormData();
    form.set("media_category", "tweet_image");
    await requestJson(runtime, request({ multipart: form }));
    expect(seen?.body).toBe(form);
    expect(new Headers(seen?.headers).get("content-type")).toBeNull();
  });

  it("keepBigIntegers reads int64 ids as exact strings, small numbers as numbers", async () => {
    const body = '{"ids":[7234567890123456789, 12],"text":"ok","n":9007199254740993}';
    const runtime = stubRuntime("x", async () => new Response(body, { status: 200 }));
    const schema = z.object({ ids: z.array(z.unknown()), text: z.string(), n: z.unknown() });
    await expect(requestJson(runtime, request({ schema, keepBigIntegers: true }))).resolves.toEqual(
      {
        ids: ["7234567890123456789", 12],
        text: "ok",
        n: "9007199254740993",
      },
    );
  });
});
