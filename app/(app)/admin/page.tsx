import { Cable, type LucideIcon, ScrollText, Users, Workflow } from "lucide-react";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Admin" };

const SECTIONS: { icon: LucideIcon; title: string; description: string; empty: string }[] = [
  {
    icon: Cable,
    title: "Connections",
    description: "Every linked account in the workspace, with token health and expiry.",
    empty: "No connections to show yet.",
  },
  {
    icon: Workflow,
    title: "Pipeline",
    description: "The publishing queue: waiting, running, retrying and failed jobs.",
    empty: "No jobs have run yet.",
  },
  {
    icon: ScrollText,
    title: "Audit log",
    description: "Sign-ins, links, publishes and admin actions, newest first.",
    empty: "No events to show yet.",
  },
  {
    icon: Users,
    title: "Users",
    description: "Everyone with an account, their role and when they were last active.",
    empty: "No users to show yet.",
  },
];

export default async function AdminPage() {
  await requireAdmin("/admin");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        eyebrow={<Badge tone="brand">Admins only</Badge>}
        title="Admin"
        description="Keep an eye on the whole workspace: connections, the publishing pipeline and who did what."
      />
      <div className="grid gap-4 md:grid-cols-2">
        {SECTIONS.map((section) => (
          <AdminSectionCard key={section.title} {...section} />
        ))}
      </div>
    </div>
  );
}

function AdminSectionCard({ icon: Icon, title, description, empty }: (typeof SECTIONS)[number]) {
  return (
    <Card className="flex flex-col">
      <div className="flex items-start gap-4 p-5">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-600 ring-1 ring-brand-600/10">
          <Icon className="size-5" strokeWidth={1.75} aria-hidden="true" />
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
            <h2 className="text-[15px] font-semibold tracking-tight text-gray-900">{title}</h2>
            <Badge>Coming soon</Badge>
          </div>
          <p className="mt-1 text-sm leading-6 text-pretty text-gray-600">{description}</p>
        </div>
      </div>
      <div className="mx-5 mb-5 flex flex-1 flex-col items-center justify-center gap-1 rounded-lg border border-dashed border-gray-200 bg-gray-50/70 px-4 py-7 text-center">
        <p className="text-[13px] font-medium text-gray-700">{empty}</p>
        <p className="text-[13px] text-gray-500">This view arrives in a later release.</p>
      </div>
    </Card>
  );
}
