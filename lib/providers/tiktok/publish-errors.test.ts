import { describe, expect, it } from "vitest";
import { providerRejection } from "../testing/expect-error";
import { newStepStore, publishContext, reconcileInput } from "../testing/publish-context";
import { jsonResponse, recordingFetch } from "../testing/recorder";
import { FIXED_NOW, failure, stubRuntime } from "../testing/stub-runtime";
import type { LinkableAccount } from "../types";
import { classifyTikTokApiError, failReasonError } from "./tiktok-errors";
import { createTikTokProvider } from "./tiktok-provider";

const apiError = (code: string, message = "") => ({
  data: {},
  error: { code, message, log_id: "l" },
});

describe("TikTok publishing responses → kind (providers.md §4.3, §7)", () => {
  it.each([
    [401, "access_token_invalid", "auth"],
    [401, "scope_not_authorized", "auth"],
    [403, "scope_permission_missed", "invalid_content"],
    [429, "rate_limit_exceeded", "rate_limited"],
    [400, "invalid_params", "invalid_content"],
    [500, "internal_error", "transient"],
    [403, "spam_risk_too_many_posts", "rate_limited"],
    [403, "spam_risk_user_banned_from_posting", "invalid_content"],
    [403, "spam_risk_too_many_pending_share", "rate_limited"],
    [403, "reached_active_user_cap", "rate_limited"],
    [403, "unaudited_client_can_only_post_to_private_accounts", "invalid_content"],
    [403, "url_ownership_unverified", "invalid_content"],
    [400, "privacy_level_option_mismatch", "invalid_content"],
    [503, "something_new", "transient"],
  ] as const)("%i %s → %s", (status, code, kind) => {
    expect(classifyTikTokApiError(failure(status, apiError(code))).kind).toBe(kind);
  });

  it("waits out TikTok's 1-minute window when no header says otherwise", () => {
    expect(classifyTikTokApiError(failure(429, apiError("rate_limit_exceeded"))).retryAfterMs).toBe(
      60_000,
    );
    expect(
      classifyTikTokApiError(failure(429, apiError("rate_limit_exceeded"), { "retry-after": "5" }))
        .retryAfterMs,
    ).toBe(5_000);
  });

  it.each([
    ["file_format_check_failed", "invalid_content"],
    ["duration_check_failed", "invalid_content"],
    ["video_pull_failed", "transient"],
    ["photo_pull_failed", "transient"],
    ["internal", "transient"],
    ["auth_removed", "auth"],
    ["spam_risk_too_many_posts", "rate_limited"],
    ["spam_risk_text", "invalid_content"],
    ["never_heard_of_it", "invalid_content"],
  ] as const)("status FAILED with fail_reason %s → %s, in words", (reason, kind) => {
    const result = failReasonError(reason);
    expect(result.kind).toBe(kind);
    expect(result.message).toMatch(/^[A-Z].+\.$/);
  });
});

const account: LinkableAccount = {
  externalId: "open-1",
  handle: "Creator",
  displayName: "Creator",
  tokens: { accessToken: "act.1", scopes: [] },
  grantedScopes: [],
  metadata: { openId: "open-1" },
};

describe("TikTok status reading", () => {
  it("keeps int64 post ids exact (JSON.parse would round them)", async () => {
    const body = `{"data":{"status":"PUBLISH_COMPLETE","publicaly_available_post_id":[7234567890123456789]},"error":{"code":"ok","message":"","log_id":"x"}}`;
    const { fetchImpl } = recordingFetch([
      () => new Response(body, { status: 200, headers: { "content-type": "application/json" } }),
    ]);
    const tiktok = createTikTokProvider(() => stubRuntime("tiktok", fetchImpl));
    const store = newStepStore({
      tiktokPublish: { publishId: "v_pub_url~v2-1.1", username: "sandbox_creator", isPhoto: false },
    });
    await expect(
      tiktok.findPublished?.(reconcileInput(account, "hi", FIXED_NOW, store)),
    ).resolves.toEqual({
      remoteId: "7234567890123456789",
      url: "https://www.tiktok.com/@sandbox_creator/video/7234567890123456789",
    });
  });

  it("cannot tell without a publish_id: unknown_outcome, never null", async () => {
    const tiktok = createTikTokProvider(() => stubRuntime("tiktok"));
    const error = await providerRejection(
      tiktok.findPublished!(reconcileInput(account, "hi", FIXED_NOW)),
    );
    expect(error.kind).toBe("unknown_outcome");
  });

  it("a FAILED job clears the saved publish_id so the next attempt starts over", async () => {
    const { fetchImpl } = recordingFetch([
      jsonResponse({
        data: { status: "FAILED", fail_reason: "video_pull_failed" },
        error: { code: "ok" },
      }),
    ]);
    const tiktok = createTikTokProvider(() => stubRuntime("tiktok", fetchImpl));
    const store = newStepStore({
      tiktokPublish: { publishId: "v_pub_url~v2-1.1", username: "u", isPhoto: false },
    });
    const error = await providerRejection(
      tiktok.publish(publishContext(account, { text: "x", store })),
    );
    expect(error).toMatchObject({ kind: "transient", providerCode: "video_pull_failed" });
    expect(store.steps).toEqual({});
  });
});
