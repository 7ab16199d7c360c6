"use client";

import { useMemo } from "react";
import { wallClock } from "@/components/posts/format-time";
import type { ScheduleDraft } from "./compose-model";
import { allTimeZones, browserTimeZone, describeSchedule } from "./schedule-time";

export { browserTimeZone, describeSchedule, suggestedSchedule } from "./schedule-time";

type Scheduled = Extract<ScheduleDraft, { mode: "scheduled" }>;

const inputClass =
  "h-10 w-full rounded-lg border border-gray-300 bg-white px-3 text-sm text-gray-900 shadow-card hover:border-gray-400 focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none aria-invalid:border-red-400";

/** Date, time and zone of a scheduled post, with the schedule in words or what's wrong with it. */
export function ScheduleDetails({
  schedule,
  onChange,
  now,
  error,
}: {
  schedule: Scheduled;
  onChange: (schedule: ScheduleDraft) => void;
  now: Date;
  error?: string;
}) {
  const localZone = useMemo(browserTimeZone, []);
  const description = describeSchedule(schedule, now, localZone);
  const problem = error ?? (description.ok ? undefined : description.text);

  return (
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
        {!problem && description.ok ? (
          <div className="rounded-lg bg-brand-50 px-3 py-2 text-[13px] ring-1 ring-brand-600/10 ring-inset">
            <p className="font-medium text-brand-900">{description.text}</p>
            <p className="text-brand-800/80">{description.detail}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
