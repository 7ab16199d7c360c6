import { describe, expect, test } from "vitest";
import { derivePostStatus } from "./post-status";

const now = new Date("2026-11-28T12:00:00Z");
const later = new Date("2026-11-29T12:00:00Z");

describe("derivePostStatus", () => {
  test.each([
    [[], null, "draft"],
    [["QUEUED", "QUEUED"], later, "scheduled"],
    [["QUEUED"], null, "publishing"],
    [["PUBLISHING", "PUBLISHED"], null, "publishing"],
    [["PUBLISHED", "PUBLISHED"], null, "published"],
    [["PUBLISHED", "FAILED"], null, "partial"],
    [["PUBLISHED", "UNCONFIRMED"], null, "partial"],
    [["FAILED", "FAILED"], null, "failed"],
    [["CANCELLED", "CANCELLED"], later, "cancelled"],
    [["PUBLISHED", "CANCELLED"], null, "published"],
  ] as const)("%j scheduled %s is %s", (targets, scheduledAt, expected) => {
    expect(derivePostStatus([...targets], scheduledAt, now)).toBe(expected);
  });
});
