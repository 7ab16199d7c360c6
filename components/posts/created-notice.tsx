import { Alert } from "@/components/ui/alert";
import type { ListedPost } from "@/lib/posts/list-posts";
import { formatDateTime } from "./format-time";

const accounts = (count: number) => (count === 1 ? "1 account" : `${count} accounts`);

/**
 * The banner after the composer's redirect (?created=<id>): what is happening to the new post,
 * and, when Redis was down, exactly that it is saved and goes out once the queue is back.
 */
export function CreatedNotice({
  post,
  queued,
  now,
}: {
  post: ListedPost;
  queued: boolean;
  now: Date;
}) {
  const count = post.targets.length;
  const settled =
    post.status === "published" || post.status === "partial" || post.status === "failed";
  const title =
    post.status === "scheduled" && post.scheduledAt
      ? `Scheduled for ${formatDateTime(post.scheduledAt, post.timeZone, now)} ${post.timeZone} on ${accounts(count)}.`
      : post.status === "published"
        ? `Published to ${accounts(count)}.`
        : settled
          ? "Your post went out, with problems on some networks: see below."
          : `Publishing to ${accounts(count)}…`;
  const tone = !queued
    ? "warning"
    : post.status === "failed" || post.status === "partial"
      ? "warning"
      : post.status === "published" || post.status === "scheduled"
        ? "success"
        : "info";
  return (
    <div role="status">
      <Alert tone={tone} title={title}>
        {queued
          ? post.status === "scheduled"
            ? "You can cancel it until it goes out."
            : settled
              ? null
              : "Each network's status updates below as it happens."
          : "Your post is saved, but the publishing queue is unavailable right now. It will go out as soon as the queue is back; there's nothing you need to do."}
      </Alert>
    </div>
  );
}
