import { describe, expect, it } from "vitest";
import { failure } from "../testing/stub-runtime";
import { createGraphClassifier } from "./graph-errors";

const facebook = createGraphClassifier({ network: "Facebook", endpoint: "api" });
const instagram = createGraphClassifier({ network: "Instagram", endpoint: "api" });

const graph = (code: number, subcode?: number, message = "(#x) message") => ({
  error: { message, type: "OAuthException", code, ...(subcode ? { error_subcode: subcode } : {}) },
});

describe("Facebook Page publishing responses → kind (providers.md §2.5, §7)", () => {
  it.each([
    [400, graph(190, 460), "auth"],
    [400, graph(190, 463), "auth"],
    [400, graph(102), "auth"],
    [403, graph(10), "auth"],
    [403, graph(200), "auth"],
    [400, graph(4), "rate_limited"],
    [400, graph(17), "rate_limited"],
    [400, graph(32), "rate_limited"],
    [400, graph(80001), "rate_limited"],
    [400, graph(368), "rate_limited"],
    [500, graph(1), "transient"],
    [503, graph(2), "transient"],
    [400, graph(100), "invalid_content"],
    [400, graph(506, undefined, "(#506) Duplicate status message"), "invalid_content"],
    [400, graph(1609005), "invalid_content"],
    [400, graph(324, undefined, "(#324) Requires upload file"), "invalid_content"],
    [502, "<html>Bad gateway</html>", "transient"],
  ] as const)("%i %j → %s", (status, body, kind) => {
    expect(facebook(failure(status, body)).kind).toBe(kind);
  });

  it("waits as long as the Page's business use case usage announces", () => {
    const usage = JSON.stringify({
      "200000000000001": [{ type: "pages", call_count: 100, estimated_time_to_regain_access: 7 }],
    });
    const result = facebook(failure(400, graph(80001), { "x-business-use-case-usage": usage }));
    expect(result).toMatchObject({ kind: "rate_limited", retryAfterMs: 7 * 60_000 });
  });

  it("keeps Facebook's words for a refusal", () => {
    expect(
      facebook(failure(400, graph(506, undefined, "(#506) Duplicate status message"))).message,
    ).toContain("Duplicate status message");
  });
});

describe("Instagram publishing responses → kind (providers.md §3C, §7)", () => {
  it.each([
    ["dead token", 400, graph(190, 460), "auth"],
    ["Instagram BUC throttle", 400, graph(80002), "rate_limited"],
    ["24 h publishing cap", 400, graph(9, 2207042), "rate_limited"],
    ["container not ready yet", 400, graph(9007, 2207027), "transient"],
    ["media download failed", 400, graph(9004, 2207052), "transient"],
    ["not a JPEG", 400, graph(36001, 2207005), "invalid_content"],
    ["aspect ratio", 400, graph(36003, 2207009), "invalid_content"],
    ["caption too long", 400, graph(100, 2207010), "invalid_content"],
    ["media not found", 400, graph(9007, 2207006), "invalid_content"],
    ["temporary", 500, graph(2), "transient"],
  ] as const)("%s → %s", (_name, status, body, kind) => {
    expect(instagram(failure(status, body)).kind).toBe(kind);
  });

  it("reads the wait from X-Business-Use-Case-Usage (minutes)", () => {
    const usage = JSON.stringify({
      "17841400000000001": [{ type: "instagram", estimated_time_to_regain_access: 15 }],
    });
    expect(
      instagram(failure(400, graph(80002), { "x-business-use-case-usage": usage })).retryAfterMs,
    ).toBe(15 * 60_000);
  });

  it("names the rule Instagram applied, from error_user_msg", () => {
    const body = {
      error: {
        message: "The image format is not supported.",
        code: 36001,
        error_subcode: 2207005,
        error_user_msg: "The image format is not supported. Supported formats: JPEG",
      },
    };
    expect(instagram(failure(400, body)).message).toContain("Supported formats: JPEG");
  });
});
