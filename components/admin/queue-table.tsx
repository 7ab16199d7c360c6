import { clsx } from "clsx";
import { TriangleAlert, Wrench } from "lucide-react";
import { NetworkIcon } from "@/components/accounts/network-icon";
import { Badge } from "@/components/ui/badge";
import type { QueueStats } from "@/lib/admin/queue-health";
import { type Column, DataTable } from "./data-table";
import { waitText } from "./format";

const COUNTS = [
  { key: "waiting", label: "Waiting" },
  { key: "active", label: "Active" },
  { key: "delayed", label: "Delayed" },
  { key: "failed", label: "Failed" },
  { key: "completed", label: "Completed" },
] as const;

const COLUMNS: Column[] = [
  { label: "Queue" },
  ...[...COUNTS.map((count) => count.label), "Last hour", "Oldest wait", "Workers"].map(
    (label): Column => ({ label, align: "right" }),
  ),
];

/** An old waiting job means the workers aren't keeping up (or aren't there). */
const SLOW_WAIT_MS = 60_000;

const numberCell =
  "flex flex-col-reverse items-start gap-0.5 md:table-cell md:px-3 md:py-3 md:text-right md:align-middle";
const mobileLabel = "text-[11px] leading-4 text-gray-500 md:hidden";

function QueueName({ stats, title }: { stats: QueueStats; title: string }) {
  return (
    <div className="flex min-w-0 items-center gap-3">
      {stats.network ? (
        <NetworkIcon provider={stats.network} size="sm" />
      ) : (
        <span className="flex size-7 shrink-0 items-center justify-center rounded-lg bg-gray-100 text-gray-600 ring-1 ring-gray-200">
          <Wrench className="size-4" aria-hidden="true" />
        </span>
      )}
      <div className="min-w-0">
        <p className="truncate font-medium text-gray-900">{title}</p>
        <p className="truncate font-mono text-[12px] text-gray-500">{stats.name}</p>
      </div>
    </div>
  );
}

/**
 * The BullMQ queues, one row each: job counts, throughput over the last hour, the oldest waiting
 * job's wait and the workers attached. A row whose queue can't be read says why. On a phone each
 * row becomes a card with its numbers in a grid.
 */
export function QueueTable({
  queues,
  titleOf,
}: {
  queues: QueueStats[];
  titleOf: (stats: QueueStats) => string;
}) {
  return (
    <DataTable caption="Queues and their jobs" columns={COLUMNS}>
      {queues.map((stats) => (
        <tr
          key={stats.name}
          data-testid="queue"
          data-queue={stats.name}
          className="grid grid-cols-4 gap-x-3 gap-y-2.5 px-4 py-3.5 sm:px-5 md:table-row md:p-0"
        >
          <th
            scope="row"
            className="col-span-3 text-left font-normal md:table-cell md:py-3 md:pr-3 md:pl-5 md:align-middle"
          >
            <QueueName stats={stats} title={titleOf(stats)} />
          </th>
          {stats.ok ? (
            <>
              {COUNTS.map(({ key, label }) => (
                <td key={key} className={numberCell}>
                  <span className={mobileLabel}>{label}</span>
                  <span
                    className={clsx(
                      "text-[15px] font-semibold tabular-nums md:text-[13px] md:font-medium",
                      key === "failed" && stats.counts.failed > 0
                        ? "text-red-700"
                        : key === "waiting" && stats.counts.waiting > 0
                          ? "text-gray-900"
                          : stats.counts[key] === 0
                            ? "text-gray-400"
                            : "text-gray-900",
                    )}
                  >
                    {stats.counts[key]}
                  </span>
                </td>
              ))}
              <td
                className={numberCell}
                title={
                  stats.throughputSource === "metrics"
                    ? "Completed in the last hour, from BullMQ metrics"
                    : "Completed in the last hour, counted from the completed set"
                }
              >
                <span className={mobileLabel}>Last hour</span>
                <span
                  className={clsx(
                    "text-[15px] font-semibold tabular-nums md:text-[13px] md:font-medium",
                    stats.completedLastHour === 0 ? "text-gray-400" : "text-gray-900",
                  )}
                >
                  {stats.completedLastHour}
                </span>
              </td>
              <td className={`${numberCell} col-span-2 md:whitespace-nowrap`}>
                <span className={mobileLabel}>Oldest waiting</span>
                <span
                  className={clsx(
                    "tabular-nums",
                    stats.oldestWaitingMs !== null && stats.oldestWaitingMs > SLOW_WAIT_MS
                      ? "font-medium text-amber-800"
                      : stats.oldestWaitingMs === null
                        ? "text-gray-400"
                        : "text-gray-900",
                  )}
                >
                  {stats.oldestWaitingMs === null ? "None" : waitText(stats.oldestWaitingMs)}
                </span>
              </td>
              {/* On a phone the workers badge sits in the card's header row, right of the name. */}
              <td className="col-start-4 row-start-1 self-center justify-self-end md:table-cell md:py-3 md:pr-5 md:pl-3 md:text-right md:align-middle">
                {stats.paused ? (
                  <Badge tone="warning" dot>
                    Paused
                  </Badge>
                ) : (
                  <Badge tone={stats.workers > 0 ? "success" : "danger"} dot>
                    <span className="md:hidden">
                      {stats.workers === 1 ? "1 worker" : `${stats.workers} workers`}
                    </span>
                    <span className="hidden md:inline">{stats.workers}</span>
                  </Badge>
                )}
              </td>
            </>
          ) : (
            <td colSpan={8} className="col-span-4 md:table-cell md:py-3 md:pr-5">
              <p className="flex items-start gap-1.5 text-red-700" role="status">
                <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
                Queue unavailable: {stats.reason}
              </p>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
