import { CalendarDays, CircleCheck, LayoutList, SquarePen } from "lucide-react";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { z } from "zod";
import { AttentionList } from "@/components/posts/attention-list";
import { anchorDay, calendarRange, MonthCalendar, WeekCalendar } from "@/components/posts/calendar";
import { CreatedNotice } from "@/components/posts/created-notice";
import { isKnownTimeZone, TIME_ZONE_COOKIE } from "@/components/posts/format-time";
import { LiveUpdates } from "@/components/posts/live-updates";
import { PostList } from "@/components/posts/post-list";
import { liveStarts } from "@/components/posts/post-view-model";
import { TimeZoneCookie } from "@/components/posts/time-zone-cookie";
import { ViewSwitch } from "@/components/posts/view-switch";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState, EmptyStateHighlights } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { loadAttention } from "@/lib/posts/attention";
import { getPost, type ListedPost, listPosts } from "@/lib/posts/list-posts";

export const metadata: Metadata = { title: "Posts" };

const PAGE_SIZE = 30;
const YEAR_MS = 365 * 24 * 3600 * 1000;

const paramsSchema = z.object({
  view: z.enum(["list", "month", "week"]).catch("list"),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  created: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  queued: z.literal("0").optional().catch(undefined),
});

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function PostsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/posts");
  const raw = await searchParams;
  const params = paramsSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])),
  );
  const cookieZone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const zone = cookieZone && isKnownTimeZone(cookieZone) ? cookieZone : "UTC";
  const now = new Date();
  const env = getEnv();
  const sandboxOrigin = env.PROVIDER_MODE === "sandbox" ? env.SANDBOX_URL : null;
  const anchor = anchorDay(params.date, zone, now);

  let upcoming: ListedPost[] = [];
  let posts: ListedPost[];
  let nextCursor: string | undefined;
  if (params.view === "list") {
    const [future, recent] = await Promise.all([
      params.after
        ? Promise.resolve([])
        : listPosts(user.id, { from: now, to: new Date(now.getTime() + YEAR_MS), take: 100 }),
      listPosts(user.id, { take: PAGE_SIZE, after: params.after }),
    ]);
    upcoming = future
      .filter((post) => post.status === "scheduled")
      .sort((a, b) => a.scheduledAt!.getTime() - b.scheduledAt!.getTime());
    const shown = new Set(upcoming.map((post) => post.id));
    posts = recent.filter((post) => !shown.has(post.id));
    nextCursor = recent.length === PAGE_SIZE ? recent[recent.length - 1]?.id : undefined;
  } else {
    const { from, to } = calendarRange(params.view, anchor);
    posts = await listPosts(user.id, { from, to, take: 500 });
  }
  const [attention, created] = await Promise.all([
    loadAttention(user.id, now),
    params.created ? getPost(user.id, params.created) : Promise.resolve(null),
  ]);

  const visible = [...upcoming, ...posts, ...(created ? [created] : [])];
  const live = liveStarts(visible);
  const nothingYet = visible.length === 0 && params.view === "list" && !params.after;

  return (
    <div className="flex flex-col gap-6">
      <TimeZoneCookie serverZone={cookieZone ?? null} />
      <LiveUpdates posts={live} />
      <PageHeader
        title="Posts"
        description="Everything you've scheduled and published, across all your accounts."
        actions={
          <ButtonLink href="/compose">
            <SquarePen aria-hidden="true" />
            New post
          </ButtonLink>
        }
      />
      {created ? <CreatedNotice post={created} queued={params.queued !== "0"} now={now} /> : null}
      <AttentionList attention={attention} />
      {nothingYet ? (
        <EmptyState
          icon={CalendarDays}
          title="No posts yet"
          description="Your scheduled and published posts will appear here, as a list or on a calendar, with how each one did on every network."
          actions={
            <ButtonLink href="/compose" variant="secondary">
              Write your first post
            </ButtonLink>
          }
        >
          <EmptyStateHighlights
            items={[
              {
                icon: LayoutList,
                title: "List",
                description: "Upcoming first, then everything already sent.",
              },
              {
                icon: CalendarDays,
                title: "Calendar",
                description: "See your week or month at a glance.",
              },
              {
                icon: CircleCheck,
                title: "Delivery status",
                description: "Published, scheduled or failed, per network.",
              },
            ]}
          />
        </EmptyState>
      ) : (
        <>
          <ViewSwitch view={params.view} date={params.date} />
          {params.view === "list" ? (
            <PostList
              upcoming={upcoming}
              posts={posts}
              zone={zone}
              now={now}
              sandboxOrigin={sandboxOrigin}
              highlight={params.created}
              nextCursor={nextCursor}
              paged={Boolean(params.after)}
            />
          ) : params.view === "month" ? (
            <MonthCalendar
              posts={posts}
              anchor={anchor}
              zone={zone}
              now={now}
              sandboxOrigin={sandboxOrigin}
            />
          ) : (
            <WeekCalendar
              posts={posts}
              anchor={anchor}
              zone={zone}
              now={now}
              sandboxOrigin={sandboxOrigin}
            />
          )}
          <p className="text-[12px] text-gray-500">
            Times are shown in {zone.replaceAll("_", " ")}
            {zone === "UTC" && !cookieZone ? " until your browser tells us its time zone" : ""}.
            Scheduled posts also show the zone they were scheduled in.
          </p>
        </>
      )}
    </div>
  );
}
