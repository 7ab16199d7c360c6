import { CalendarDays, CircleCheck, LayoutList, SquarePen } from "lucide-react";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, EmptyStateHighlights } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Posts" };

export default async function PostsPage() {
  await requireUser("/posts");
  return (
    <div className="flex flex-col gap-8">
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
    </div>
  );
}
