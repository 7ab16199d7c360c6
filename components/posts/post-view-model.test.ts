import { describe, expect, test } from "vitest";
import {
  liveFrom,
  liveStarts,
  type PostLike,
  statusSignature,
  type TargetLike,
  targetView,
  viewPostHref,
} from "./post-view-model";

const now = new Date("2026-11-28T12:00:00Z");
const target = (overrides: Partial<TargetLike> = {}): TargetLike => ({
  id: "t1",
  status: "QUEUED",
  errorCode: null,
  errorMessage: null,
  remoteUrl: null,
  nextAttemptAt: null,
  publishedAt: null,
  ...overrides,
});
const post = (overrides: Partial<PostLike> = {}): PostLike => ({
  id: "p1",
  status: "publishing",
  scheduledAt: null,
  createdAt: now,
  targets: [target()],
  ...overrides,
});

describe("targetView", () => {
  test("names every delivery state and the action it offers", () => {
    const unscheduled = { scheduledAt: null };
    expect(
      targetView(
        target({ status: "PUBLISHED", remoteUrl: "https://x.com/a/status/1" }),
        unscheduled,
        now,
      ),
    ).toMatchObject({ label: "Published", action: "view" });
    expect(
      targetView(target({ status: "FAILED", errorMessage: "Too long" }), unscheduled, now),
    ).toMatchObject({ label: "Failed", detail: "Too long", action: "retry" });
    expect(targetView(target({ status: "UNCONFIRMED" }), unscheduled, now)).toMatchObject({
      label: "Unconfirmed",
      action: "confirm-retry",
    });
    expect(targetView(target({ status: "CANCELLED" }), unscheduled, now).label).toBe("Cancelled");
    expect(targetView(target({ status: "PUBLISHING" }), unscheduled, now).label).toBe(
      "Publishing…",
    );
    expect(targetView(target(), unscheduled, now).label).toBe("Queued");
    expect(targetView(target(), { scheduledAt: new Date(now.getTime() + 60_000) }, now).label).toBe(
      "Scheduled",
    );
  });

  test("a delivery waiting for a reconnect links to the accounts page", () => {
    const view = targetView(
      target({
        errorCode: "needs_reconnect",
        errorMessage: "Waiting for you to reconnect @a: revoked",
      }),
      { scheduledAt: null },
      now,
    );
    expect(view).toMatchObject({
      label: "Waiting for reconnect",
      action: "reconnect",
      tone: "warning",
    });
    expect(view.detail).toContain("goes out once you reconnect");
  });

  test("a delivery between retries says so", () => {
    const view = targetView(
      target({
        errorCode: "transient",
        errorMessage: "Retrying: 503",
        nextAttemptAt: new Date(now.getTime() + 5000),
      }),
      { scheduledAt: null },
      now,
    );
    expect(view).toMatchObject({ label: "Retrying soon", detail: "Retrying: 503" });
  });
});

describe("live polling", () => {
  test("polls what is on its way now, scheduled posts from 2 minutes before, settled ones never", () => {
    expect(liveFrom(post())).toBeNull();
    const at = new Date(now.getTime() + 3600_000);
    expect(liveFrom(post({ status: "scheduled", scheduledAt: at }))).toBe(at.getTime() - 120_000);
    expect(
      liveFrom(post({ status: "published", targets: [target({ status: "PUBLISHED" })] })),
    ).toBeUndefined();
    expect(
      liveFrom(post({ status: "partial", targets: [target({ status: "FAILED" })] })),
    ).toBeUndefined();
  });

  test("the signature changes with any delivery's status, error or link", () => {
    const base = {
      status: "publishing",
      targets: [{ id: "t1", status: "QUEUED", errorCode: null, remoteUrl: null }],
    };
    const same = statusSignature(base);
    expect(statusSignature({ ...base })).toBe(same);
    expect(
      statusSignature({ ...base, targets: [{ ...base.targets[0]!, status: "PUBLISHED" }] }),
    ).not.toBe(same);
    expect(
      statusSignature({ ...base, targets: [{ ...base.targets[0]!, errorCode: "transient" }] }),
    ).not.toBe(same);
  });
});

describe("viewPostHref", () => {
  const target = {
    provider: "facebook",
    remoteUrl: "https://www.facebook.com/123_456",
    remoteId: "123_456",
    socialAccount: { externalId: "123" },
  };

  test("live: the network's own URL", () => {
    expect(viewPostHref(target, null)).toBe("https://www.facebook.com/123_456");
  });

  test("sandbox: the account's inbox, at the post", () => {
    expect(viewPostHref(target, "http://127.0.0.1:4000/")).toBe(
      "http://127.0.0.1:4000/_sandbox/inbox/facebook?account=123#post-123_456",
    );
  });

  test("sandbox behind a path prefix keeps it; an unlinked account opens the whole inbox", () => {
    expect(viewPostHref({ ...target, socialAccount: null }, "https://tools.example/sandbox")).toBe(
      "https://tools.example/sandbox/_sandbox/inbox/facebook#post-123_456",
    );
  });
});

describe("liveStarts", () => {
  test("a post read twice polls from the first snapshot, the one its card shows", () => {
    const listed = post({ status: "publishing", targets: [target({ status: "PUBLISHING" })] });
    // Read a moment later for the created-post notice: already settled.
    const notice = post({ status: "published", targets: [target({ status: "PUBLISHED" })] });
    expect(liveStarts([listed, notice])).toEqual([
      { id: listed.id, signature: statusSignature(listed), from: null },
    ]);
  });

  test("settled posts aren't polled; scheduled ones from two minutes before their time", () => {
    const at = new Date(now.getTime() + 3_600_000);
    const scheduled = post({ id: "p2", status: "scheduled", scheduledAt: at });
    const done = post({
      id: "p3",
      status: "published",
      targets: [target({ status: "PUBLISHED" })],
    });
    expect(liveStarts([done, scheduled])).toEqual([
      { id: "p2", signature: statusSignature(scheduled), from: at.getTime() - 120_000 },
    ]);
  });
});
