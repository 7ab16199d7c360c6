import { ArrowRight } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import type { ListedPost } from "@/lib/posts/list-posts";
import { PostCard } from "./post-card";

/** The list view: upcoming posts first (soonest first), then everything else, newest first. */
export function PostList({
  upcoming,
  posts,
  zone,
  now,
  sandboxOrigin,
  highlight,
  nextCursor,
  paged,
}: {
  upcoming: ListedPost[];
  posts: ListedPost[];
  zone: string;
  now: Date;
  sandboxOrigin: string | null;
  highlight?: string;
  nextCursor?: string;
  paged: boolean;
}) {
  return (
    <div className="flex flex-col gap-8">
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-title" className="flex flex-col gap-3">
          <h2 id="upcoming-title" className="text-sm font-semibold text-gray-900">
            Upcoming <span className="font-normal text-gray-500">· {upcoming.length}</span>
          </h2>
          {upcoming.map((post) => (
            <PostCard
              key={post.id}
              post={post}
              zone={zone}
              now={now}
              sandboxOrigin={sandboxOrigin}
              highlight={post.id === highlight}
            />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="recent-title" className="flex flex-col gap-3">
        <h2 id="recent-title" className="text-sm font-semibold text-gray-900">
          {paged ? "Older posts" : upcoming.length > 0 ? "Sent and in progress" : "All posts"}
        </h2>
        {posts.length === 0 ? (
          <p className="rounded-xl border border-dashed border-gray-300 bg-white/60 px-4 py-6 text-center text-[13px] text-gray-500">
            Nothing here yet.
          </p>
        ) : (
          posts.map((post) => (
            <PostCard
              key={post.id}
              post={post}
              zone={zone}
              now={now}
              sandboxOrigin={sandboxOrigin}
              highlight={post.id === highlight}
            />
          ))
        )}
        {nextCursor || paged ? (
          <div className="flex justify-center gap-2 pt-2">
            {paged ? (
              <ButtonLink href="/posts" variant="ghost" size="sm">
                Back to the newest
              </ButtonLink>
            ) : null}
            {nextCursor ? (
              <ButtonLink
                href={`/posts?after=${encodeURIComponent(nextCursor)}`}
                variant="secondary"
                size="sm"
              >
                Older posts
                <ArrowRight aria-hidden="true" />
              </ButtonLink>
            ) : null}
          </div>
        ) : null}
      </section>
    </div>
  );
}
