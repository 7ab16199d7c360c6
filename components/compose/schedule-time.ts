/**
 * Schedule arithmetic for the composer and the post editor: the browser's zone, a first
 * suggestion, the schedule in words (or why it can't be used) and the zones to offer. It pulls in
 * the time-zone library, so the composer loads it only once someone chooses to schedule.
 */
import {
  formatClock,
  formatDay,
  relativeFuture,
  wallClock,
  zonedInstant,
} from "@/components/posts/format-time";
import type { ScheduleDraft } from "./compose-model";

export const browserTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
};

/** A first suggestion: the next full hour, at least 30 minutes from now, in the zone. */
export function suggestedSchedule(timeZone: string, now = new Date()): ScheduleDraft {
  const at = new Date(now.getTime() + 30 * 60_000);
  at.setUTCMinutes(60, 0, 0); // whole hours line up in every zone but a handful
  return { mode: "scheduled", timeZone, ...wallClock(at, timeZone) };
}

/** The schedule in words, or why it can't be used. */
export function describeSchedule(
  schedule: Extract<ScheduleDraft, { mode: "scheduled" }>,
  now: Date,
  localZone: string,
): { ok: true; text: string; detail: string } | { ok: false; text: string } {
  const at = zonedInstant(schedule.date, schedule.time, schedule.timeZone);
  if (!at) return { ok: false, text: "Pick a date and a time." };
  if (at.getTime() < now.getTime() - 60_000)
    return { ok: false, text: "That time has already passed. Pick a time in the future." };
  if (at.getTime() > now.getTime() + 365 * 24 * 3600_000)
    return { ok: false, text: "Schedule at most a year ahead." };
  const text = `Goes out ${formatDay(at, schedule.timeZone, now)}, ${formatClock(at, schedule.timeZone)} ${schedule.timeZone}`;
  const local =
    localZone !== schedule.timeZone
      ? ` · ${formatDay(at, localZone, now)}, ${formatClock(at, localZone)} your time`
      : "";
  return { ok: true, text, detail: `${relativeFuture(at, now)}${local}` };
}

let zoneCache: string[] | undefined;
export function allTimeZones(current: string): string[] {
  zoneCache ??= (() => {
    try {
      return Intl.supportedValuesOf("timeZone");
    } catch {
      return ["UTC"];
    }
  })();
  const zones = zoneCache.includes("UTC") ? zoneCache : ["UTC", ...zoneCache];
  return zones.includes(current) ? zones : [current, ...zones];
}
