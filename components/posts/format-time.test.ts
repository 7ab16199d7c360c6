import { describe, expect, test } from "vitest";
import {
  formatClock,
  formatDateTime,
  isKnownTimeZone,
  relativeFuture,
  wallClock,
  zonedInstant,
} from "./format-time";

const now = new Date("2026-11-28T12:00:00Z");

describe("format-time", () => {
  test("says a date in the given zone, with the year only outside the current one", () => {
    const at = new Date("2026-12-01T08:00:00Z");
    expect(formatDateTime(at, "Europe/Paris", now)).toBe("Tue 1 Dec, 09:00");
    expect(formatDateTime(at, "America/New_York", now)).toBe("Tue 1 Dec, 03:00");
    expect(formatDateTime(new Date("2027-01-05T10:30:00Z"), "UTC", now)).toBe(
      "Tue 5 Jan 2027, 10:30",
    );
    expect(formatClock(new Date("2026-06-01T00:05:00Z"), "UTC")).toBe("00:05");
  });

  test("turns a wall clock in a zone into the instant, across DST, and back", () => {
    expect(zonedInstant("2026-12-01", "09:00", "Europe/Paris")?.toISOString()).toBe(
      "2026-12-01T08:00:00.000Z",
    );
    expect(zonedInstant("2026-07-01", "09:00", "Europe/Paris")?.toISOString()).toBe(
      "2026-07-01T07:00:00.000Z",
    );
    expect(wallClock(new Date("2026-07-01T07:00:00Z"), "Europe/Paris")).toEqual({
      date: "2026-07-01",
      time: "09:00",
    });
    expect(zonedInstant("2026-13-01", "9:00", "UTC")).toBeNull();
    expect(zonedInstant("", "", "UTC")).toBeNull();
  });

  test("knows real zones and says how far away a time is", () => {
    expect(isKnownTimeZone("Asia/Kolkata")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false);
    expect(relativeFuture(new Date(now.getTime() + 5 * 60_000), now)).toBe("in 5 min");
    expect(relativeFuture(new Date(now.getTime() + 125 * 60_000), now)).toBe("in 2 h 5 min");
    expect(relativeFuture(new Date(now.getTime() + 72 * 3600_000), now)).toBe("in 3 days");
    expect(relativeFuture(new Date(now.getTime() - 1000), now)).toBe("now");
  });
});
