import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type HttpRequest, requestJson } from "./http";
import { ProviderError } from "./provider-error";
import { stubRuntime } from "./testing/stub-runtime";

const CANARY = "CANARY-access-0123456789";
const SECRET_CANARY = "CANARY-secret-abcdef";

const request = (
  overrides: Partial<HttpRequest<{ ok: boolean }>> = {},
): HttpRequest<{ ok: boolean }> => ({
  provider: "x",
  network: "X",
  method: "GET",
  url: "https://api.x.com/2/users/me",
  bearer: CANARY,
  kind: "read",
  schema: z.object({ ok: z.boolean() }),
  classify: ({ status, body }) => ({
    kind: status >= 500 ? "transient" : "auth",
    httpStatus: status,
    message: `X said ${JSON.stringify(body)}`,
  }),
  ...overrides,
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function caught(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** A fetch that never answers until aborted, like a server that received the request and hung. */
const hanging = (_url: string, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });

const refused = () =>
  Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }));
const reset = () =>
  Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } }));

describe("requestJson", () => {
  it("maps the URL to the sandbox, sends the bearer token and parses the body", async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const runtime = stubRuntime("x", async (url, init) => {
      seen.push({ url, auth: new Headers(init.headers).get("authorization") });
      return json({ ok: true, extra: 1 });
    });
    await expect(requestJson(runtime, request({ query: { fields: "a,b" } }))).resolves.toEqual({
      ok: true,
    });
    expect(seen).toEqual([
      { url: "http://sandbox.test/api.x.com/2/users/me?fields=a%2Cb", auth: `Bearer ${CANARY}` },
    ]);
  });

  it("sends forms url-encoded and Basic credentials form-encoded first (RFC 6749 §2.3.1)", async () => {
    let body = "";
    let auth = "";
    const runtime = stubRuntime("x", async (_url, init) => {
      body = String(init.body);
      auth = new Headers(init.headers).get("authorization") ?? "";
      return json({ ok: true });
    });
    await requestJson(
      runtime,
      request({
        method: "POST",
        bearer: undefined,
        basic: { username: "id", password: "a:b c" },
        form: { a: "1 2", b: undefined },
      }),
    );
    expect(body).toBe("a=1+2");
    expect(Buffer.from(auth.replace("Basic ", ""), "base64").toString()).toBe("id:a%3Ab%20c");
  });

  it("classifies error responses with the network's classifier and redacts what was sent", async () => {
    const runtime = stubRuntime(
      "x",
      async () => json({ detail: `token ${CANARY} and ${SECRET_CANARY}` }, 401),
      {
        clientSecret: SECRET_CANARY,
      },
    );
    const error = await caught(requestJson(runtime, request()));
    expect(error).toMatchObject({ kind: "auth", httpStatus: 401, provider: "x" });
    for (const text of [error.message, JSON.stringify(error), String(error.stack)]) {
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain(SECRET_CANARY);
    }
  });

  it("treats an error body reported with HTTP 200 as a failure when the network does so", async () => {
    const runtime = stubRuntime("x", async () => json({ ok: false, error: "invalid_grant" }));
    const error = await caught(
      requestJson(
        runtime,
        request({ isErrorBody: (body) => (body as { error?: string }).error !== undefined }),
      ),
    );
    expect(error.kind).toBe("auth");
  });

  it.each([
    ["read", "transient"],
    ["token", "transient"],
    ["write", "unknown_outcome"],
  ] as const)("a timeout on a %s call is %s", async (kind, expected) => {
    const runtime = stubRuntime("x", hanging, { timeoutMs: 20 });
    const error = await caught(requestJson(runtime, request({ kind })));
    expect(error).toMatchObject({ kind: expected, providerCode: "timeout" });
  });

  it("a refused connection is transient even for a write (nothing was sent)", async () => {
    const error = await caught(requestJson(stubRuntime("x", refused), request({ kind: "write" })));
    expect(error).toMatchObject({ kind: "transient", providerCode: "ECONNREFUSED" });
  });

  it("a connection reset during a write may have taken effect", async () => {
    const error = await caught(requestJson(stubRuntime("x", reset), request({ kind: "write" })));
    expect(error.kind).toBe("unknown_outcome");
  });

  it.each([
    ["read", "transient"],
    ["write", "unknown_outcome"],
  ] as const)("a success body that fails the schema on a %s call is %s", async (kind, expected) => {
    const runtime = stubRuntime(
      "x",
      async () => new Response(`<html>${CANARY}</html>`, { status: 200 }),
    );
    const error = await caught(requestJson(runtime, request({ kind })));
    expect(error).toMatchObject({ kind: expected, providerCode: "unexpected_response" });
    expect(JSON.stringify(error)).not.toContain(CANARY);
  });
});
