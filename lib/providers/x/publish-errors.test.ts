import { describe, expect, it } from "vitest";
import { providerRejection } from "../testing/expect-error";
import { newStepStore, publishContext } from "../testing/publish-context";
import { jsonResponse } from "../testing/recorder";
import { FIXED_NOW, failure, stubRuntime } from "../testing/stub-runtime";
import type { LinkableAccount } from "../types";
import { classifyXApiError } from "./x-errors";
import { createXProvider } from "./x-provider";

describe("X publishing responses → ProviderError kind (providers.md §1.6, §7)", () => {
  const reset = String(FIXED_NOW.getTime() / 1000 + 120);
  it.each([
    [
      "201-less 400 invalid media ids",
      400,
      {
        title: "Invalid Request",
        detail: "Your media IDs are invalid.",
        type: "https://api.x.com/2/problems/invalid-request",
      },
      {},
      "invalid_content",
    ],
    [
      "duplicate content",
      403,
      {
        detail: "You are not allowed to create a Tweet with duplicate content.",
        type: "about:blank",
        title: "Forbidden",
        status: 403,
      },
      {},
      "invalid_content",
    ],
    [
      "expired or revoked token",
      401,
      { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" },
      {},
      "auth",
    ],
    [
      "rate limit",
      429,
      { errors: [{ code: 88, message: "Rate limit exceeded" }] },
      { "x-rate-limit-reset": reset },
      "rate_limited",
    ],
    [
      "usage cap",
      429,
      { title: "Usage cap exceeded", type: "https://api.x.com/2/problems/usage-capped" },
      {},
      "rate_limited",
    ],
    [
      "internal error",
      500,
      { title: "Internal Server Error", type: "https://api.x.com/2/problems/internal-error" },
      {},
      "transient",
    ],
    ["bad gateway", 502, "<html>", {}, "transient"],
    ["unavailable", 503, {}, {}, "transient"],
  ] as const)("%s (%i) → %s", (_name, status, body, headers, kind) => {
    expect(classifyXApiError(failure(status, body, headers)).kind).toBe(kind);
  });

  it("keeps X's words for a duplicate, and the wait announced by x-rate-limit-reset", () => {
    const duplicate = classifyXApiError(
      failure(403, { detail: "You are not allowed to create a Tweet with duplicate content." }),
    );
    expect(duplicate.message).toContain("duplicate content");
    expect(classifyXApiError(failure(429, {}, { "x-rate-limit-reset": reset })).retryAfterMs).toBe(
      120_000,
    );
  });
});

const account: LinkableAccount = {
  externalId: "42",
  handle: "alice",
  displayName: "Alice",
  tokens: { accessToken: "at", scopes: [] },
  grantedScopes: [],
  metadata: { userId: "42" },
};

/** Answers from a queue; an entry "hang" never answers (until the request times out). */
function scripted(answers: ((() => Response) | "hang")[]) {
  const urls: string[] = [];
  const fetchImpl = (url: string, init: RequestInit) => {
    urls.push(`${init.method} ${new URL(url).pathname}`);
    const answer = answers.shift();
    if (answer === "hang" || answer === undefined)
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    return Promise.resolve(answer());
  };
  return { urls, fetchImpl };
}

describe("X publish: which lost answers are unknown outcomes", () => {
  it("a post creation that times out is unknown_outcome, announced before sending", async () => {
    const { fetchImpl } = scripted(["hang"]);
    const x = createXProvider(() => stubRuntime("x", fetchImpl, { timeoutMs: 30 }));
    const context = publishContext(account, { text: "hello" });
    const error = await providerRejection(x.publish(context));
    expect(error).toMatchObject({ kind: "unknown_outcome", providerCode: "timeout" });
    expect(context.store.createsSent).toBe(1);
  });

  it("a media upload that times out is transient: nothing can have been posted", async () => {
    const { fetchImpl } = scripted(["hang"]);
    const x = createXProvider(() => stubRuntime("x", fetchImpl, { timeoutMs: 30 }));
    const image = {
      id: "m1",
      kind: "image" as const,
      mime: "image/png",
      bytes: 4,
      url: () => "https://media.test/m1",
      read: async () => Buffer.from("fake"),
    };
    const context = publishContext(account, { text: "hello", media: [image] });
    expect((await providerRejection(x.publish(context))).kind).toBe("transient");
    expect(context.store.createsSent).toBe(0);
  });

  it("a success body without an id is unknown_outcome (the post may exist)", async () => {
    const { fetchImpl } = scripted([jsonResponse({ data: { text: "hello" } }, 201)]);
    const x = createXProvider(() => stubRuntime("x", fetchImpl));
    const error = await providerRejection(x.publish(publishContext(account, { text: "hello" })));
    expect(error).toMatchObject({ kind: "unknown_outcome", providerCode: "unexpected_response" });
  });

  it("video processing that fails is invalid_content with X's words; the media id stays saved", async () => {
    const { fetchImpl, urls } = scripted([
      jsonResponse({ data: { id: "7", media_key: "7_7", expires_after_secs: 86400 } }),
      jsonResponse({}),
      jsonResponse({
        data: { id: "7", processing_info: { state: "pending", check_after_secs: 1 } },
      }),
      jsonResponse({
        data: {
          id: "7",
          processing_info: {
            state: "failed",
            error: { name: "InvalidMedia", message: "Unsupported codec" },
          },
        },
      }),
    ]);
    const x = createXProvider(() => stubRuntime("x", fetchImpl, { sleep: async () => {} }));
    const video = {
      id: "v1",
      kind: "video" as const,
      mime: "video/mp4",
      bytes: 3,
      url: () => "https://media.test/v1",
      read: async () => Buffer.from("mp4"),
    };
    const store = newStepStore();
    const error = await providerRejection(
      x.publish(publishContext(account, { text: "clip", media: [video], store })),
    );
    expect(error).toMatchObject({ kind: "invalid_content", providerCode: "InvalidMedia" });
    expect(error.message).toContain("Unsupported codec");
    expect(urls).toEqual([
      "POST /api.x.com/2/media/upload/initialize",
      "POST /api.x.com/2/media/upload/7/append",
      "POST /api.x.com/2/media/upload/7/finalize",
      "GET /api.x.com/2/media/upload",
    ]);
    expect(store.steps).toEqual({
      xMedia: { v1: { id: "7", expiresAt: FIXED_NOW.getTime() + 86_400_000 } },
    });
  });
});
