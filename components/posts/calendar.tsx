import { TZDate } from "@date-fns/tz";
import { clsx } from "clsx";
import { addDays, addMonths, startOfMonth, startOfWeek } from "date-fns";
import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { ListedPost } from "@/lib/posts/list-posts";
import { formatClock, wallClock } from "./format-time";
import { PostCard } from "./post-card";
import { excerpt, POST_STATUS } from "./post-view-model";

export type CalendarView = "month" | "week";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

const DOT: Record<ListedPost["status"], string> = {
  draft: "bg-gray-400",
  scheduled: "bg-sky-500",
  publishing: "bg-brand-500",
  published: "bg-emerald-500",
  partial: "bg-amber-500",
  failed: "bg-red-500",
  cancelled: "bg-gray-300",
};

/** Midnight of `date` (YYYY-MM-DD) in the zone; today when absent or malformed. */
export function anchorDay(date: string | undefined, zone: string, now: Date): TZDate {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (match) {
    const day = new TZDate(+match[1]!, +match[2]! - 1, +match[3]!, zone);
    if (!Number.isNaN(day.getTime())) return day;
  }
  const today = wallClock(now, zone).date.split("-").map(Number) as [number, number, number];
  return new TZDate(today[0], today[1] - 1, today[2], zone);
}

/** The days a view shows and the instants its query covers. */
export function calendarRange(view: CalendarView, anchor: TZDate) {
  if (view === "week") {
    const start = startOfWeek(anchor, { weekStartsOn: 1 });
    return {
      start,
      days: 7,
      from: new Date(start.getTime()),
      to: new Date(addDays(start, 7).getTime()),
    };
  }
  const start = startOfWeek(startOfMonth(anchor), { weekStartsOn: 1 });
  return {
    start,
    days: 42,
    from: new Date(start.getTime()),
    to: new Date(addDays(start, 42).getTime()),
  };
}

const dayKey = (date: Date, zone: string) => wallClock(date, zone).date;
const placedAt = (post: ListedPost) => post.scheduledAt ?? post.createdAt;
const href = (view: CalendarView, day: Date, zone: string) =>
  `/posts?view=${view}&date=${dayKey(day, zone)}`;

function byDay(posts: ListedPost[], zone: string) {
  const days = new Map<string, ListedPost[]>();
  for (const post of [...posts].sort((a, b) => placedAt(a).getTime() - placedAt(b).getTime())) {
    const key = dayKey(placedAt(post), zone);
    days.set(key, [...(days.get(key) ?? []), post]);
  }
  return days;
}

function Toolbar({
  title,
  view,
  previous,
  next,
  zone,
  now,
}: {
  title: string;
  view: CalendarView;
  previous: Date;
  next: Date;
  zone: string;
  now: Date;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h2 className="text-lg font-semibold tracking-tight text-gray-950" aria-live="polite">
        {title}
      </h2>
      <div className="flex items-center gap-1">
        <Link
          href={href(view, previous, zone)}
          className={buttonClasses({ variant: "secondary", size: "sm" })}
          aria-label={view === "month" ? "Previous month" : "Previous week"}
        >
          <ChevronLeft aria-hidden="true" />
        </Link>
        <Link
          href={href(view, now, zone)}
          className={buttonClasses({ variant: "secondary", size: "sm" })}
        >
          Today
        </Link>
        <Link
          href={href(view, next, zone)}
          className={buttonClasses({ variant: "secondary", size: "sm" })}
          aria-label={view === "month" ? "Next month" : "Next week"}
        >
          <ChevronRight aria-hidden="true" />
        </Link>
      </div>
    </div>
  );
}

/** A month grid (Monday first) with each day's posts as small chips; a day opens its week. */
export function MonthCalendar({
  posts,
  anchor,
  zone,
  now,
}: {
  posts: ListedPost[];
  anchor: TZDate;
  zone: string;
  now: Date;
  sandboxOrigin: string | null;
}) {
  const { start } = calendarRange("month", anchor);
  const month = startOfMonth(anchor);
  const days = byDay(posts, zone);
  const today = dayKey(now, zone);
  const title = new Intl.DateTimeFormat("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: zone,
  }).format(month);
  const weeks = Array.from({ length: 6 }, (_, week) =>
    Array.from({ length: 7 }, (_, day) => addDays(start, week * 7 + day)),
  );
  return (
    <section aria-label={`Calendar, ${title}`} className="flex flex-col gap-4">
      <Toolbar
        title={title}
        view="month"
        previous={addMonths(month, -1)}
        next={addMonths(month, 1)}
        zone={zone}
        now={now}
      />
      <div className="overflow-hidden rounded-xl border border-gray-200 bg-white shadow-card">
        <table className="w-full table-fixed border-collapse">
          <thead>
            <tr className="border-b border-gray-200 bg-gray-50/70">
              {WEEKDAYS.map((day) => (
                <th
                  key={day}
                  scope="col"
                  className="py-2 text-[11px] font-semibold tracking-wide text-gray-500 uppercase"
                >
                  {day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={dayKey(week[0]!, zone)} className="border-b border-gray-100 last:border-b-0">
                {week.map((day) => {
                  const key = dayKey(day, zone);
                  const items = days.get(key) ?? [];
                  const inMonth = day.getMonth() === month.getMonth();
                  return (
                    <td
                      key={key}
                      className={clsx(
                        "h-16 border-r border-gray-100 p-1 align-top last:border-r-0 sm:h-28 sm:p-1.5",
                        !inMonth && "bg-gray-50/60",
                      )}
                    >
                      <Link
                        href={href("week", day, zone)}
                        className={clsx(
                          "inline-flex size-6 items-center justify-center rounded-full text-[12px] font-medium",
                          key === today
                            ? "bg-brand-600 text-white"
                            : inMonth
                              ? "text-gray-700 hover:bg-gray-100"
                              : "text-gray-400 hover:bg-gray-100",
                        )}
                        aria-label={`${new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: zone }).format(day)}: ${items.length === 0 ? "no posts" : items.length === 1 ? "1 post" : `${items.length} posts`}`}
                        aria-current={key === today ? "date" : undefined}
                      >
                        {day.getDate()}
                      </Link>
                      {items.length > 0 ? (
                        <>
                          {/* Phones: one dot per post; wider: chips with time and text. */}
                          <div className="mt-1 flex flex-wrap gap-0.5 sm:hidden" aria-hidden="true">
                            {items.slice(0, 6).map((post) => (
                              <span
                                key={post.id}
                                className={clsx("size-1.5 rounded-full", DOT[post.status])}
                              />
                            ))}
                          </div>
                          <ul className="mt-1 hidden flex-col gap-1 sm:flex">
                            {items.slice(0, 3).map((post) => (
                              <li key={post.id}>
                                <Link
                                  href={`${href("week", day, zone)}#post-${post.id}`}
                                  className="flex items-center gap-1 truncate rounded-md bg-gray-50 px-1.5 py-0.5 text-[11px] leading-4 text-gray-700 ring-1 ring-gray-200 ring-inset hover:bg-gray-100"
                                  title={`${POST_STATUS[post.status].label} · ${excerpt(post.text, 120)}`}
                                >
                                  <span
                                    className={clsx(
                                      "size-1.5 shrink-0 rounded-full",
                                      DOT[post.status],
                                    )}
                                    aria-hidden="true"
                                  />
                                  <span className="font-medium tabular-nums">
                                    {formatClock(placedAt(post), zone)}
                                  </span>
                                  <span className="truncate">
                                    {excerpt(post.text, 40) || "Media post"}
                                  </span>
                                  <span className="sr-only">
                                    , {POST_STATUS[post.status].label}
                                  </span>
                                </Link>
                              </li>
                            ))}
                            {items.length > 3 ? (
                              <li className="px-1.5 text-[11px] text-gray-500">
                                +{items.length - 3} more
                              </li>
                            ) : null}
                          </ul>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Legend />
    </section>
  );
}

function Legend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[12px] text-gray-600" aria-label="Legend">
      {(["scheduled", "publishing", "published", "partial", "failed"] as const).map((status) => (
        <li key={status} className="flex items-center gap-1.5">
          <span className={clsx("size-2 rounded-full", DOT[status])} aria-hidden="true" />
          {POST_STATUS[status].label.replace("…", "")}
        </li>
      ))}
    </ul>
  );
}

/** A week as an agenda: each day with its posts in full (status, deliveries, actions). */
export function WeekCalendar({
  posts,
  anchor,
  zone,
  now,
  sandboxOrigin,
}: {
  posts: ListedPost[];
  anchor: TZDate;
  zone: string;
  now: Date;
  sandboxOrigin: string | null;
}) {
  const { start } = calendarRange("week", anchor);
  const end = addDays(start, 6);
  const days = byDay(posts, zone);
  const today = dayKey(now, zone);
  const short = (date: Date, withYear = false) =>
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      ...(withYear ? { year: "numeric" } : {}),
      timeZone: zone,
    }).format(date);
  const title = `${short(start)} – ${short(end, true)}`;
  return (
    <section aria-label={`Week of ${title}`} className="flex flex-col gap-4">
      <Toolbar
        title={title}
        view="week"
        previous={addDays(start, -7)}
        next={addDays(start, 7)}
        zone={zone}
        now={now}
      />
      <ol className="flex flex-col gap-3">
        {Array.from({ length: 7 }, (_, index) => addDays(start, index)).map((day) => {
          const key = dayKey(day, zone);
          const items = days.get(key) ?? [];
          return (
            <li
              key={key}
              className={clsx(
                "grid gap-3 sm:grid-cols-[7rem_minmax(0,1fr)]",
                // Phones: an empty day is one line, "Monday 23 Nov … No posts".
                items.length === 0 &&
                  "grid-cols-[minmax(0,1fr)_auto] items-baseline border-b border-gray-100 pb-2 sm:items-start sm:border-0 sm:pb-0",
              )}
            >
              <h3
                className={clsx(
                  "flex items-baseline gap-2 pt-1 text-sm font-semibold sm:flex-col sm:gap-0",
                  key === today ? "text-brand-700" : "text-gray-900",
                )}
              >
                <span>
                  {new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: zone }).format(
                    day,
                  )}
                </span>
                <span className="text-[13px] font-normal text-gray-500">
                  {short(day)}
                  {key === today ? " · Today" : ""}
                </span>
              </h3>
              {items.length === 0 ? (
                <p className="text-[13px] text-gray-400 sm:rounded-lg sm:border sm:border-dashed sm:border-gray-200 sm:px-3 sm:py-2.5">
                  No posts
                </p>
              ) : (
                <div className="flex flex-col gap-3">
                  {items.map((post) => (
                    <PostCard
                      key={post.id}
                      post={post}
                      zone={zone}
                      now={now}
                      sandboxOrigin={sandboxOrigin}
                    />
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
