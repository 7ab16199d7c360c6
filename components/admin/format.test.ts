import { describe, expect, test } from "vitest";
import { expiryText, metadataSummary, untilOrSince, waitText } from "./format";

const now = new Date("2026-03-14T12:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("admin time words", () => {
  test("expiryText says in how long, or how long ago, or the fallback", () => {
    expect(expiryText(at(112 * 60_000), now, "—")).toBe("Expires in 1 h 52 min");
    expect(expiryText(at(30_000), now, "—")).toBe("Expires in less than a minute");
    expect(expiryText(at(-3 * 60_000), now, "—")).toBe("Expired 3 min ago");
    expect(expiryText(at(-10_000), now, "—")).toBe("Expired just now");
    expect(expiryText(null, now, "Doesn't expire")).toBe("Doesn't expire");
  });

  test("untilOrSince and waitText", () => {
    expect(untilOrSince(at(2 * 86_400_000), now, "never")).toBe("in 2 days");
    expect(untilOrSince(at(-5 * 60_000), now, "never")).toBe("5 min ago");
    expect(untilOrSince(null, now, "never")).toBe("never");
    expect(waitText(12_400)).toBe("12 s");
    expect(waitText(4 * 60_000 + 5_000)).toBe("4 min");
  });
});

describe("metadataSummary", () => {
  test("joins scalar facts and shortens long values", () => {
    expect(metadataSummary({ provider: "x", handle: "sandbox_alice", empty: "" })).toBe(
      "provider: x · handle: sandbox_alice",
    );
    expect(metadataSummary({ note: "a".repeat(100) })).toBe(`note: ${"a".repeat(59)}…`);
    expect(metadataSummary({ nested: { a: 1 } })).toBe('nested: {"a":1}');
  });

  test("anything but an object summarises to nothing", () => {
    expect(metadataSummary(null)).toBe("");
    expect(metadataSummary(["a"])).toBe("");
    expect(metadataSummary("text")).toBe("");
  });
});
