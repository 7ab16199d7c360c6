/** Turns the composer's wall-clock date and time in the author's zone into a UTC instant. */
import { TZDate } from "@date-fns/tz";
import type { ScheduleInput } from "./post-input";

export class ScheduleError extends Error {}

const EARLIEST_MS = 60_000; // a time within the past minute is "now", not an error
const LATEST_MS = 365 * 24 * 3600 * 1000;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** null = publish now. */
export function resolveSchedule(
  schedule: ScheduleInput,
  now = new Date(),
): { at: Date | null; timeZone: string } {
  if (schedule.mode === "now") return { at: null, timeZone: "UTC" };
  if (!isValidTimeZone(schedule.timeZone))
    throw new ScheduleError(`Unknown time zone "${schedule.timeZone}".`);
  const [year, month, day] = schedule.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = schedule.time.split(":").map(Number) as [number, number];
  const at = new Date(
    new TZDate(year, month - 1, day, hour, minute, 0, schedule.timeZone).getTime(),
  );
  if (Number.isNaN(at.getTime())) throw new ScheduleError("That date doesn't exist.");
  if (at.getTime() < now.getTime() - EARLIEST_MS) {
    throw new ScheduleError(
      "That time has already passed. Pick a time in the future, or publish now.",
    );
  }
  if (at.getTime() > now.getTime() + LATEST_MS)
    throw new ScheduleError("Schedule at most a year ahead.");
  return { at, timeZone: schedule.timeZone };
}
