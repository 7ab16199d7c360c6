/**
 * Dates as Socialite says them, always in an explicit IANA zone so the server and the browser
 * render the same words: "Tue 1 Dec, 09:00", "Tue 1 Dec 2027, 09:00" outside the current year.
 * Plain Intl for the words; @date-fns/tz only turns a wall-clock time in a zone into an instant.
 * Pure, so it is unit-tested.
 */
import { TZDate } from "@date-fns/tz";

export { TIME_ZONE_COOKIE } from "./time-zone-cookie-name";

const parts = (date: Date, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { ...options, timeZone })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  ) as Record<Intl.DateTimeFormatPartTypes, string>;

/** "09:00" in the zone (24-hour clock). */
export function formatClock(date: Date, timeZone: string): string {
  const p = parts(date, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${p.hour}:${p.minute}`;
}

/** "Tue 1 Dec" (plus the year when it isn't the year of `now` in that zone). */
export function formatDay(date: Date, timeZone: string, now = new Date()): string {
  const p = parts(date, timeZone, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
  const thisYear = parts(now, timeZone, { year: "numeric" }).year;
  return `${p.weekday} ${p.day} ${p.month}${p.year === thisYear ? "" : ` ${p.year}`}`;
}

/** "Tue 1 Dec, 09:00". */
export const formatDateTime = (date: Date, timeZone: string, now = new Date()): string =>
  `${formatDay(date, timeZone, now)}, ${formatClock(date, timeZone)}`;

/** "2026-12-01" and "09:00": the wall clock of an instant in a zone (for date/time inputs). */
export function wallClock(date: Date, timeZone: string): { date: string; time: string } {
  const p = parts(date, timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The instant a wall-clock date and time stand for in a zone; null when they don't parse. */
export function zonedInstant(date: string, time: string, timeZone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  try {
    const at = new TZDate(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!, 0, timeZone);
    const instant = new Date(at.getTime());
    return Number.isNaN(instant.getTime()) ? null : instant;
  } catch {
    return null;
  }
}

/** True when the zone name is one this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "in 3 min", "in 2 h 5 min", "in 4 days"; "now" within the minute. */
export function relativeFuture(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "now";
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `in ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
  return `in ${Math.round(hours / 24)} days`;
}
