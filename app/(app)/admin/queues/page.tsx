import { CircleCheck, HeartPulse } from "lucide-react";
import type { Metadata } from "next";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { ago, exactTime } from "@/components/admin/format";
import { ProblemTargetRow } from "@/components/admin/problem-target-row";
import { QueueTable } from "@/components/admin/queue-table";
import { TargetActionsNotice, TargetActionsProvider } from "@/components/admin/target-actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listProblemTargets } from "@/lib/admin/list-problem-targets";
import { getQueueHealth, type QueueStats } from "@/lib/admin/queue-health";
import { requireAdmin } from "@/lib/auth/current-user";
import type { ProviderId } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";

export const metadata: Metadata = { title: "Pipeline · Admin" };

const networkName = (id: ProviderId) => getProvider(id).displayName;

const queueTitle = (stats: QueueStats) =>
  stats.network ? `${networkName(stats.network)} publishing` : "Maintenance";

export default async function AdminQueuesPage() {
  await requireAdmin("/admin/queues");
  const [health, problems] = await Promise.all([getQueueHealth(), listProblemTargets()]);
  const now = new Date();
  const { heartbeats } = health;
  return (
    <TargetActionsProvider>
      <div className="flex flex-col gap-8">
        <PageHeader
          title="Pipeline"
          description="The publishing queues, the workers draining them, and the targets that need a decision."
          actions={<AutoRefresh intervalMs={3_000} />}
        />
        <TargetActionsNotice />

        <section aria-labelledby="queues-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2
              id="queues-heading"
              className="text-[15px] font-semibold tracking-tight text-gray-900"
            >
              Queues
            </h2>
            <WorkerSummary heartbeats={heartbeats} now={now} />
          </div>
          <QueueTable queues={health.queues} titleOf={queueTitle} />
        </section>

        <section aria-labelledby="problems-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2
              id="problems-heading"
              className="text-[15px] font-semibold tracking-tight text-gray-900"
            >
              Failed and unconfirmed targets
            </h2>
            <p className="text-[13px] text-gray-500">
              {problems.total > problems.targets.length
                ? `Newest ${problems.targets.length} of ${problems.total}`
                : `${problems.total} ${problems.total === 1 ? "target" : "targets"}`}{" "}
              · from the database
            </p>
          </div>
          {problems.targets.length === 0 ? (
            <Card>
              <EmptyState
                compact
                headingLevel={3}
                icon={CircleCheck}
                title="Nothing needs a decision"
                description="Targets that fail, or whose outcome the network never confirmed, appear here with Retry and Discard."
              />
            </Card>
          ) : (
            <Card className="overflow-hidden">
              <ul aria-label="Failed and unconfirmed targets" className="divide-y divide-gray-100">
                {problems.targets.map((target) => (
                  <ProblemTargetRow
                    key={target.id}
                    target={target}
                    networkName={networkName(target.provider)}
                    now={now}
                  />
                ))}
              </ul>
            </Card>
          )}
        </section>
      </div>
    </TargetActionsProvider>
  );
}

function WorkerSummary({
  heartbeats,
  now,
}: {
  heartbeats: Awaited<ReturnType<typeof getQueueHealth>>["heartbeats"];
  now: Date;
}) {
  if (!heartbeats.ok) {
    return <Alert tone="danger" title={`Worker heartbeats unavailable: ${heartbeats.reason}`} />;
  }
  const lastSeen = heartbeats.lastSeen ? new Date(heartbeats.lastSeen) : null;
  return (
    <p className="flex items-center gap-2 text-[13px] text-gray-600" data-testid="worker-summary">
      <HeartPulse
        className={heartbeats.count > 0 ? "size-4 text-emerald-600" : "size-4 text-red-600"}
        aria-hidden="true"
      />
      {heartbeats.count > 0 ? (
        <>
          <Badge tone="success">
            {heartbeats.count} worker {heartbeats.count === 1 ? "process" : "processes"} alive
          </Badge>
          {lastSeen ? (
            <span>
              last beat{" "}
              <time dateTime={lastSeen.toISOString()} title={exactTime(lastSeen)}>
                {ago(lastSeen, now)}
              </time>
            </span>
          ) : null}
        </>
      ) : (
        <Badge tone="danger">No worker heartbeat in the last 30 s</Badge>
      )}
    </p>
  );
}
