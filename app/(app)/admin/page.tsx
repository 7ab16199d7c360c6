import { clsx } from "clsx";
import { ArrowRight, Cable, type LucideIcon, ScrollText, Users, Workflow } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { ago } from "@/components/admin/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAdminOverview } from "@/lib/admin/admin-overview";
import { getQueueHealth } from "@/lib/admin/queue-health";
import { requireAdmin } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Admin" };

type Stat = { label: string; value: number | string; tone?: "danger" | "warning" | "muted" };

export default async function AdminPage() {
  await requireAdmin("/admin");
  const now = new Date();
  const [overview, queues] = await Promise.all([getAdminOverview(now), getQueueHealth()]);
  const { connections, targets, audit, users } = overview;
  const reachable = queues.queues.filter((queue) => queue.ok);
  const waiting = reachable.reduce((sum, queue) => sum + queue.counts.waiting, 0);
  const queueDown = reachable.length < queues.queues.length;
  const workers = queues.heartbeats.ok ? queues.heartbeats.count : null;

  const sections: {
    href: string;
    icon: LucideIcon;
    title: string;
    description: string;
    stats: Stat[];
    alert?: string;
  }[] = [
    {
      href: "/admin/connections",
      icon: Cable,
      title: "Connections",
      description: "Every linked account, with token health and expiry.",
      stats: [
        { label: "Linked", value: connections.total },
        {
          label: "Reconnect",
          value: connections.needsReconnect,
          tone: connections.needsReconnect > 0 ? "danger" : "muted",
        },
        {
          label: "Expiring",
          value: connections.expiring,
          tone: connections.expiring > 0 ? "warning" : "muted",
        },
        {
          label: "Errors",
          value: connections.withErrors,
          tone: connections.withErrors > 0 ? "danger" : "muted",
        },
      ],
    },
    {
      href: "/admin/queues",
      icon: Workflow,
      title: "Pipeline",
      description: "Queues, workers, and the targets that failed or went unconfirmed.",
      stats: [
        { label: "Failed", value: targets.failed, tone: targets.failed > 0 ? "danger" : "muted" },
        {
          label: "Unconfirmed",
          value: targets.unconfirmed,
          tone: targets.unconfirmed > 0 ? "warning" : "muted",
        },
        { label: "Waiting", value: queueDown && reachable.length === 0 ? "—" : waiting },
        {
          label: "Workers",
          value: workers ?? "—",
          tone: workers === 0 ? "danger" : undefined,
        },
      ],
      alert: queueDown ? "Some queues are unavailable" : undefined,
    },
    {
      href: "/admin/audit",
      icon: ScrollText,
      title: "Audit log",
      description: "Links, publishes, retries and admin actions, newest first.",
      stats: [
        { label: "Events, last 24 h", value: audit.lastDay },
        {
          label: audit.lastEvent ? `Latest, ${ago(audit.lastEvent.createdAt, now)}` : "Latest",
          value: audit.lastEvent?.action ?? "None yet",
          tone: "muted",
        },
      ],
    },
    {
      href: "/admin/users",
      icon: Users,
      title: "Users",
      description: "Everyone with an account, their role, accounts and posts.",
      stats: [
        { label: "People", value: users.total },
        { label: "Admins", value: users.admins },
      ],
    },
  ];

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        eyebrow={<Badge tone="brand">Admins only</Badge>}
        title="Admin"
        description="Keep an eye on the whole workspace: connections, the publishing pipeline and who did what."
        actions={<AutoRefresh intervalMs={10_000} />}
      />
      <div className="grid gap-4 md:grid-cols-2">
        {sections.map((section) => (
          <OverviewCard key={section.href} {...section} />
        ))}
      </div>
    </div>
  );
}

const TONES = {
  danger: "text-red-700",
  warning: "text-amber-800",
  muted: "text-gray-900",
} as const;

function OverviewCard({
  href,
  icon: Icon,
  title,
  description,
  stats,
  alert,
}: {
  href: string;
  icon: LucideIcon;
  title: string;
  description: string;
  stats: Stat[];
  alert?: string;
}) {
  return (
    <Card className="group relative flex flex-col transition-shadow hover:shadow-raised">
      <div className="flex items-start gap-4 p-5">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-600 ring-1 ring-brand-600/10">
          <Icon className="size-5" strokeWidth={1.75} aria-hidden="true" />
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
            <h2 className="text-[15px] font-semibold tracking-tight text-gray-900">
              {/* The whole card is the link (the ::after covers it). */}
              <Link href={href} className="after:absolute after:inset-0 after:rounded-xl">
                {title}
              </Link>
            </h2>
            {alert ? (
              <Badge tone="danger" dot>
                {alert}
              </Badge>
            ) : null}
          </div>
          <p className="mt-1 text-sm leading-6 text-pretty text-gray-600">{description}</p>
        </div>
        <ArrowRight
          className="mt-1 size-4 shrink-0 text-gray-400 transition-transform group-hover:translate-x-0.5 group-hover:text-gray-600"
          aria-hidden="true"
        />
      </div>
      <dl
        className={clsx(
          "mx-5 mb-5 grid gap-px overflow-hidden rounded-lg bg-gray-100 ring-1 ring-gray-100",
          stats.length > 2 ? "grid-cols-2 sm:grid-cols-4" : "grid-cols-2",
        )}
      >
        {stats.map((stat) => (
          <div key={stat.label} className="flex min-w-0 flex-col-reverse bg-gray-50 px-3 py-2.5">
            <dt className="truncate text-[12px] text-gray-500">{stat.label}</dt>
            <dd
              className={clsx(
                "truncate font-semibold tabular-nums",
                typeof stat.value === "number" ? "text-xl" : "text-sm leading-7",
                stat.tone && stat.tone !== "muted" ? TONES[stat.tone] : "text-gray-900",
              )}
            >
              {stat.value}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
