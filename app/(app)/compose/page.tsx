import { ArrowRight, Cable, CalendarClock, PenLine, SquarePen } from "lucide-react";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, EmptyStateHighlights } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Compose" };

export default async function ComposePage() {
  await requireUser("/compose");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Compose"
        description="Write one post and send it to every account you've linked, now or on a schedule."
      />
      <EmptyState
        icon={SquarePen}
        title="Write once, publish everywhere"
        description="Link your social accounts first. Then draft your post here, adjust it for each network and publish it everywhere in one go."
        actions={
          <ButtonLink href="/accounts" size="lg">
            Link your accounts
            <ArrowRight aria-hidden="true" />
          </ButtonLink>
        }
      >
        <EmptyStateHighlights
          items={[
            {
              icon: Cable,
              title: "1. Link accounts",
              description: "X, Facebook Pages, Instagram professional and TikTok.",
            },
            {
              icon: PenLine,
              title: "2. Write one post",
              description: "See each network's limits and preview as you type.",
            },
            {
              icon: CalendarClock,
              title: "3. Publish or schedule",
              description: "Send it now or pick a time; we handle the rest.",
            },
          ]}
        />
      </EmptyState>
    </div>
  );
}
