"use client";

import { LoaderCircle, PenLine } from "lucide-react";
import { useActionState, useEffect, useId, useState } from "react";
import { type PostActionState, updatePostAction } from "@/app/(app)/posts/actions";
import {
  allTimeZones,
  browserTimeZone,
  describeSchedule,
} from "@/components/compose/schedule-time";
import { Button } from "@/components/ui/button";

const IDLE: PostActionState = { status: "idle" };

const field =
  "h-9 w-full rounded-lg border border-gray-300 bg-white px-2.5 text-sm text-gray-900 shadow-card focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none";

/**
 * Edit of a scheduled post's text and time, inline in its card. The server checks every
 * network's rules again and moves the publish jobs; its answer (or refusal, in words) shows here.
 */
export function EditPostButton({
  postId,
  text,
  date,
  time,
  timeZone,
  hasOverrides,
}: {
  postId: string;
  text: string;
  date: string;
  time: string;
  timeZone: string;
  hasOverrides: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(updatePostAction, IDLE);
  const [schedule, setSchedule] = useState({ date, time, timeZone });
  const ids = useId();

  useEffect(() => {
    if (state.status === "done") setOpen(false);
  }, [state]);

  if (!open) {
    return (
      <span className="flex items-center gap-2">
        <span aria-live="polite" className="text-[12px] text-emerald-700">
          {state.status === "done" ? state.message : null}
        </span>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(true)}>
          <PenLine aria-hidden="true" />
          Edit
        </Button>
      </span>
    );
  }
  const summary = describeSchedule(
    { mode: "scheduled", ...schedule },
    new Date(),
    browserTimeZone(),
  );
  return (
    <form action={action} className="flex w-full flex-col gap-3" aria-label="Edit scheduled post">
      <input type="hidden" name="postId" value={postId} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${ids}-text`} className="text-[13px] font-medium text-gray-800">
          Text
        </label>
        <textarea
          id={`${ids}-text`}
          name="text"
          defaultValue={text}
          rows={4}
          className="w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm leading-6 text-gray-900 shadow-card focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none"
        />
        {hasOverrides ? (
          <p className="text-[12px] text-gray-500">Networks with their own text keep it.</p>
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${ids}-date`} className="text-[13px] font-medium text-gray-800">
            Date
          </label>
          <input
            id={`${ids}-date`}
            name="date"
            type="date"
            required
            value={schedule.date}
            onChange={(event) => setSchedule({ ...schedule, date: event.target.value })}
            className={field}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${ids}-time`} className="text-[13px] font-medium text-gray-800">
            Time
          </label>
          <input
            id={`${ids}-time`}
            name="time"
            type="time"
            required
            value={schedule.time}
            onChange={(event) => setSchedule({ ...schedule, time: event.target.value })}
            className={field}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${ids}-zone`} className="text-[13px] font-medium text-gray-800">
            Time zone
          </label>
          <select
            id={`${ids}-zone`}
            name="timeZone"
            value={schedule.timeZone}
            onChange={(event) => setSchedule({ ...schedule, timeZone: event.target.value })}
            className={field}
          >
            {allTimeZones(schedule.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div aria-live="polite" className="text-[13px]">
        {state.status === "error" ? (
          <p className="text-red-700">{state.message}</p>
        ) : summary.ok ? (
          <p className="text-gray-600">{summary.text}</p>
        ) : (
          <p className="text-red-700">{summary.text}</p>
        )}
      </div>
      <div className="flex items-center justify-end gap-2">
        <Button
          type="button"
          size="sm"
          variant="ghost"
          onClick={() => setOpen(false)}
          disabled={pending}
        >
          Discard
        </Button>
        <Button type="submit" size="sm" disabled={pending || !summary.ok}>
          {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          Save changes
        </Button>
      </div>
    </form>
  );
}
