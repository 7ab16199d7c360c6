"use client";

import { clsx } from "clsx";
import { CalendarClock, Send } from "lucide-react";
import { lazy, useEffect, useState } from "react";
import { Deferred } from "@/components/ui/deferred";
import type { ScheduleDraft } from "./compose-model";

// Date, time and zone (with the time-zone library) download when someone chooses to schedule,
// or earlier on the composer's first interaction; most posts go out now.
export const loadScheduleDetails = () => import("./schedule-details");
type ScheduleTools = Awaited<ReturnType<typeof loadScheduleDetails>>;
const ScheduleDetails = lazy(() =>
  loadScheduleDetails().then((module) => ({ default: module.ScheduleDetails })),
);

let loadedTools: ScheduleTools | undefined;

/** Starts the download early (first interaction, pointer over "When"); a failure is retried later. */
export const preloadScheduleDetails = () => loadScheduleDetails().catch(() => undefined);

/** The schedule helpers once a schedule is shown (undefined while they download). */
export function useScheduleTools(active: boolean): ScheduleTools | undefined {
  const [tools, setTools] = useState(loadedTools);
  useEffect(() => {
    if (!active || tools) return;
    let current = true;
    loadScheduleDetails().then(
      (module) => {
        loadedTools = module;
        if (current) setTools(module);
      },
      () => {}, // ScheduleFields says so when the download fails
    );
    return () => {
      current = false;
    };
  }, [active, tools]);
  return tools;
}

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
  const [unavailable, setUnavailable] = useState(false);

  const choose = (mode: ScheduleDraft["mode"]) => {
    if (mode === "now") return onChange({ mode: "now" });
    loadScheduleDetails().then(
      (tools) => {
        setUnavailable(false);
        onChange(tools.suggestedSchedule(tools.browserTimeZone(), new Date()));
      },
      () => setUnavailable(true),
    );
  };

  return (
    <fieldset className="flex flex-col gap-3" onPointerEnter={() => void preloadScheduleDetails()}>
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
                onFocus={() => void preloadScheduleDetails()}
                onChange={() => choose(mode)}
              />
              <Icon className="size-4" aria-hidden="true" />
              {label}
            </label>
          );
        })}
      </div>
      {unavailable ? (
        <p role="alert" className="text-[13px] text-red-700">
          Couldn't load the scheduling controls. Check your connection and choose Schedule again.
        </p>
      ) : null}
      {schedule.mode === "scheduled" ? (
        <Deferred
          loading={<div className="h-[7.5rem] rounded-lg bg-gray-50" />}
          failed={
            <p role="alert" className="text-[13px] text-red-700">
              Couldn't load the scheduling controls. Check your connection and reload the page.
            </p>
          }
        >
          <ScheduleDetails schedule={schedule} onChange={onChange} now={now} error={error} />
        </Deferred>
      ) : null}
    </fieldset>
  );
}
