"use client";

import { clsx } from "clsx";
import { CalendarClock, Send } from "lucide-react";
import { useMemo } from "react";
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

const inputClass =
  "h-10 w-full rounded-lg border border-gray-300 bg-white px-3 text-sm text-gray-900 shadow-card hover:border-gray-400 focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none aria-invalid:border-red-400";

/** Publish now, or at a date and time in a chosen zone (the browser's by default). */
export function ScheduleFields({
  schedule,
  onChange,
  now,
  error,
}: {
  schedule: ScheduleDraft;
  onChange: (schedule: ScheduleDraft) => void;
  now: Date;
  error?: string;
}) {
  const localZone = useMemo(browserTimeZone, []);
  const description =
    schedule.mode === "scheduled" ? describeSchedule(schedule, now, localZone) : null;
  const problem = error ?? (description && !description.ok ? description.text : undefined);

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-medium text-gray-800">When</legend>
      <div
        className="grid grid-cols-2 gap-1 rounded-lg bg-gray-100 p-1 ring-1 ring-gray-200 ring-inset"
        role="radiogroup"
        aria-label="When to publish"
      >
        {(
          [
            { mode: "now", label: "Publish now", Icon: Send },
            { mode: "scheduled", label: "Schedule", Icon: CalendarClock },
          ] as const
        ).map(({ mode, label, Icon }) => {
          const active = schedule.mode === mode;
          return (
            <label
              key={mode}
              className={clsx(
                "relative flex h-9 cursor-pointer items-center justify-center gap-1.5 rounded-md text-[13px] font-medium transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500",
                active
                  ? "bg-white text-gray-900 shadow-card ring-1 ring-gray-200"
                  : "text-gray-600 hover:text-gray-900",
              )}
            >
              <input
                type="radio"
                name="schedule-mode"
                value={mode}
                checked={active}
                className="absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0"
                onChange={() =>
                  onChange(mode === "now" ? { mode: "now" } : suggestedSchedule(localZone, now))
                }
              />
              <Icon className="size-4" aria-hidden="true" />
              {label}
            </label>
          );
        })}
      </div>

      {schedule.mode === "scheduled" ? (
        <div className="flex flex-col gap-3">
          <div className="grid grid-cols-2 gap-3">
            <div className="flex flex-col gap-1.5">
              <label htmlFor="schedule-date" className="text-[13px] font-medium text-gray-700">
                Date
              </label>
              <input
                id="schedule-date"
                type="date"
                required
                value={schedule.date}
                min={wallClock(now, schedule.timeZone).date}
                onChange={(event) => onChange({ ...schedule, date: event.target.value })}
                aria-invalid={problem ? true : undefined}
                aria-describedby="schedule-summary"
                className={inputClass}
              />
            </div>
            <div className="flex flex-col gap-1.5">
              <label htmlFor="schedule-time" className="text-[13px] font-medium text-gray-700">
                Time
              </label>
              <input
                id="schedule-time"
                type="time"
                required
                step={60}
                value={schedule.time}
                onChange={(event) => onChange({ ...schedule, time: event.target.value })}
                aria-invalid={problem ? true : undefined}
                aria-describedby="schedule-summary"
                className={inputClass}
              />
            </div>
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="schedule-zone" className="text-[13px] font-medium text-gray-700">
              Time zone
            </label>
            <select
              id="schedule-zone"
              value={schedule.timeZone}
              onChange={(event) => onChange({ ...schedule, timeZone: event.target.value })}
              className={inputClass}
            >
              {allTimeZones(schedule.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                  {zone === localZone ? " (this device)" : ""}
                </option>
              ))}
            </select>
          </div>
          <div id="schedule-summary">
            {/* Only problems are announced; the "in 5 min" line changes too often to read out. */}
            <p aria-live="polite" className="text-[13px] text-red-700 empty:hidden">
              {problem ?? ""}
            </p>
            {!problem && description?.ok ? (
              <div className="rounded-lg bg-brand-50 px-3 py-2 text-[13px] ring-1 ring-brand-600/10 ring-inset">
                <p className="font-medium text-brand-900">{description.text}</p>
                <p className="text-brand-800/80">{description.detail}</p>
              </div>
            ) : null}
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
