import { describe, expect, test } from "vitest";
import { resolveSchedule, ScheduleError } from "./resolve-schedule";

const now = new Date("2026-11-28T12:00:00Z");

describe("resolveSchedule", () => {
  test("now means no scheduled time", () => {
    expect(resolveSchedule({ mode: "now" }, now).at).toBeNull();
  });

  test("converts the author's wall-clock time to UTC, across DST", () => {
    const paris = resolveSchedule(
      { mode: "scheduled", date: "2026-12-01", time: "09:00", timeZone: "Europe/Paris" },
      now,
    );
    expect(paris.at?.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(paris.timeZone).toBe("Europe/Paris");
    const nySummer = resolveSchedule(
      { mode: "scheduled", date: "2027-07-04", time: "18:30", timeZone: "America/New_York" },
      now,
    );
    expect(nySummer.at?.toISOString()).toBe("2027-07-04T22:30:00.000Z");
  });

  test("refuses the past, the far future and unknown zones", () => {
    expect(() =>
      resolveSchedule(
        { mode: "scheduled", date: "2026-11-27", time: "09:00", timeZone: "UTC" },
        now,
      ),
    ).toThrow(/already passed/);
    expect(() =>
      resolveSchedule(
        { mode: "scheduled", date: "2028-01-01", time: "09:00", timeZone: "UTC" },
        now,
      ),
    ).toThrow(/a year ahead/);
    expect(() =>
      resolveSchedule(
        { mode: "scheduled", date: "2026-12-01", time: "09:00", timeZone: "Mars/Olympus" },
        now,
      ),
    ).toThrow(ScheduleError);
  });
});
