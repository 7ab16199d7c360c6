import { clsx } from "clsx";
import { ArrowUpRight, CalendarClock, Clock, Film, Images } from "lucide-react";
import Link from "next/link";
import { NetworkIcon } from "@/components/accounts/network-icon";
import { Badge } from "@/components/ui/badge";
import type { ListedPost } from "@/lib/posts/list-posts";
import { isProviderId } from "@/lib/providers/provider-id";
import { networkRules } from "@/lib/providers/validators";
import { EditPostButton } from "./edit-post";
import { formatClock, formatDateTime, relativeFuture, wallClock } from "./format-time";
import { CancelPostButton, RetryButton } from "./post-actions";
import { handleLabel, POST_STATUS, targetView, viewPostHref } from "./post-view-model";

/** When the post goes (or went) out, in words: the author's zone for schedules, the viewer's otherwise. */
function whenLine(post: ListedPost, zone: string, now: Date) {
  if (post.scheduledAt) {
    const at = formatDateTime(post.scheduledAt, post.timeZone, now);
    return post.status === "scheduled"
      ? {
          Icon: CalendarClock,
          text: `Goes out ${at} ${post.timeZone}`,
          note: relativeFuture(post.scheduledAt, now),
        }
      : { Icon: CalendarClock, text: `Scheduled for ${at} ${post.timeZone}`, note: null };
  }
  return { Icon: Clock, text: `Created ${formatDateTime(post.createdAt, zone, now)}`, note: null };
}

/**
 * One post: status, when, the text, its media, and one row per network delivery with what
 * happened there and what can be done (view, retry, reconnect); Cancel while it hasn't gone out.
 */
export function PostCard({
  post,
  zone,
  now,
  sandboxOrigin,
  highlight = false,
}: {
  post: ListedPost;
  zone: string;
  now: Date;
  /** Set in sandbox mode: "View post" opens the sandbox inbox. */
  sandboxOrigin: string | null;
  highlight?: boolean;
}) {
  const status = POST_STATUS[post.status];
  const when = whenLine(post, zone, now);
  const images = post.media.filter((item) => item.media.kind === "IMAGE").length;
  const videos = post.media.length - images;
  const cancellable =
    post.targets.some((target) => target.status === "QUEUED") &&
    (post.status === "scheduled" || (post.scheduledAt !== null && post.scheduledAt > now));
  const texts = new Set(post.targets.map((target) => target.textOverride ?? post.text));
  // Editable while every delivery waits and the time is more than a minute away.
  const editable =
    post.status === "scheduled" &&
    post.scheduledAt !== null &&
    post.scheduledAt.getTime() > now.getTime() + 60_000 &&
    post.targets.every((target) => target.status === "QUEUED" || target.status === "CANCELLED");

  return (
    <article
      id={`post-${post.id}`}
      aria-labelledby={`post-${post.id}-title`}
      data-status={post.status}
      className={clsx(
        "scroll-mt-24 rounded-xl border bg-white shadow-card",
        highlight ? "border-brand-300 ring-4 ring-brand-500/10" : "border-gray-200",
      )}
    >
      <div className="flex flex-col gap-3 p-4 sm:p-5">
        <header className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
          <Badge tone={status.tone} dot data-post-status={post.status}>
            {status.label}
          </Badge>
          <p className="flex min-w-0 items-center gap-1.5 text-[13px] text-gray-600">
            <when.Icon className="size-3.5 shrink-0 text-gray-400" aria-hidden="true" />
            <span>{when.text}</span>
            {when.note ? <span className="text-gray-400">· {when.note}</span> : null}
          </p>
        </header>

        <div className="flex gap-4">
          <div className="min-w-0 flex-1">
            <h3 id={`post-${post.id}-title`} className="sr-only">
              {post.text.slice(0, 80) || "Post without text"}
            </h3>
            <p className="line-clamp-4 text-[15px] leading-6 break-words whitespace-pre-wrap text-gray-900 sm:text-sm sm:leading-6">
              {post.text || <span className="text-gray-400 italic">No text</span>}
            </p>
            {texts.size > 1 ? (
              <p className="mt-1 text-[12px] text-gray-500">Some networks have their own text.</p>
            ) : null}
          </div>
          {post.media.length > 0 ? (
            <div className="relative size-16 shrink-0 overflow-hidden rounded-lg bg-gray-100 ring-1 ring-black/5 sm:size-20">
              {post.media[0]!.media.kind === "IMAGE" ? (
                // biome-ignore lint/performance/noImgElement: same-origin, owner-only thumbnail
                <img
                  src={`/api/media/${encodeURIComponent(post.media[0]!.media.id)}/preview`}
                  alt=""
                  loading="lazy"
                  className="size-full object-cover"
                />
              ) : (
                <span className="flex size-full items-center justify-center text-gray-400">
                  <Film className="size-6" aria-hidden="true" />
                </span>
              )}
              <span className="absolute right-1 bottom-1 inline-flex items-center gap-0.5 rounded bg-black/60 px-1 py-px text-[10px] font-medium text-white">
                {videos > 0 && images === 0 ? (
                  <Film className="size-3" aria-hidden="true" />
                ) : (
                  <Images className="size-3" aria-hidden="true" />
                )}
                {post.media.length}
              </span>
            </div>
          ) : null}
        </div>
        {post.media.length > 0 ? (
          <p className="sr-only">
            {[
              images ? `${images} image${images > 1 ? "s" : ""}` : "",
              videos ? `${videos} video${videos > 1 ? "s" : ""}` : "",
            ]
              .filter(Boolean)
              .join(" and ")}
          </p>
        ) : null}
      </div>

      <ul
        className="divide-y divide-gray-100 border-t border-gray-100"
        aria-label="Delivery per network"
      >
        {post.targets.map((target) => (
          <TargetRow
            key={target.id}
            target={target}
            post={post}
            zone={zone}
            now={now}
            sandboxOrigin={sandboxOrigin}
          />
        ))}
      </ul>

      {cancellable || editable ? (
        <footer className="flex flex-wrap items-center justify-end gap-2 rounded-b-xl border-t border-gray-100 bg-gray-50/70 px-4 py-2 sm:px-5">
          {editable && post.scheduledAt ? (
            <EditPostButton
              postId={post.id}
              text={post.text}
              {...wallClock(post.scheduledAt, post.timeZone)}
              timeZone={post.timeZone}
              hasOverrides={post.targets.some((target) => target.textOverride !== null)}
            />
          ) : null}
          {cancellable ? <CancelPostButton postId={post.id} /> : null}
        </footer>
      ) : null}
    </article>
  );
}

function TargetRow({
  target,
  post,
  zone,
  now,
  sandboxOrigin,
}: {
  target: ListedPost["targets"][number];
  post: ListedPost;
  zone: string;
  now: Date;
  sandboxOrigin: string | null;
}) {
  const view = targetView(target, post, now);
  const provider = isProviderId(target.provider) ? target.provider : null;
  const network = provider ? networkRules[provider].displayName : target.provider;
  return (
    <li
      className="flex flex-col gap-1.5 px-4 py-2.5 sm:px-5"
      data-network={target.provider}
      data-target-status={target.status}
    >
      <div className="flex flex-wrap items-center gap-x-2.5 gap-y-1.5">
        {provider ? <NetworkIcon provider={provider} size="xs" /> : null}
        <span className="min-w-0 truncate text-[13px] font-medium text-gray-800">
          <span className="sr-only">{network} </span>
          {handleLabel(target.accountHandle)}
        </span>
        <Badge tone={view.tone} data-testid="target-status">
          {view.label}
          {target.status === "PUBLISHED" ? " ✓" : ""}
        </Badge>
        {target.status === "PUBLISHED" && target.publishedAt ? (
          <span className="text-[12px] text-gray-500">
            at {formatClock(target.publishedAt, zone)}
          </span>
        ) : null}
        <span className="ml-auto flex items-center gap-2">
          {view.action === "view" && target.remoteUrl ? (
            <a
              href={viewPostHref({ ...target, remoteUrl: target.remoteUrl }, sandboxOrigin)}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex items-center gap-1 rounded text-[13px] font-medium text-brand-700 hover:text-brand-800 hover:underline"
            >
              View post
              <ArrowUpRight className="size-3.5" aria-hidden="true" />
              <span className="sr-only">
                on {sandboxOrigin ? `the sandbox ${network} inbox` : network} (opens in a new tab)
              </span>
            </a>
          ) : null}
          {view.action === "reconnect" ? (
            <Link
              href="/accounts"
              className="text-[13px] font-medium text-brand-700 hover:text-brand-800 hover:underline"
            >
              Reconnect account
            </Link>
          ) : null}
          {view.action === "retry" || view.action === "confirm-retry" ? (
            <RetryButton
              targetId={target.id}
              network={network}
              confirm={view.action === "confirm-retry"}
            />
          ) : null}
        </span>
      </div>
      {view.detail ? (
        <p
          className={clsx(
            "text-[13px] leading-5",
            view.tone === "danger" ? "text-red-700" : "text-gray-600",
          )}
        >
          {view.detail}
        </p>
      ) : null}
    </li>
  );
}
