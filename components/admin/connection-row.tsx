import { clsx } from "clsx";
import { TriangleAlert } from "lucide-react";
import { publicHandle, STATUS_VIEW } from "@/components/accounts/account-facts";
import { NetworkIcon } from "@/components/accounts/network-icon";
import { Badge } from "@/components/ui/badge";
import type { ConnectionRow as Connection } from "@/lib/admin/list-connections";
import { ago, exactTime, expiryText } from "./format";
import { RefreshConnectionButton } from "./refresh-connection-button";

function When({ date, now }: { date: Date; now: Date }) {
  return (
    <time dateTime={date.toISOString()} title={exactTime(date)}>
      {ago(date, now)}
    </time>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-gray-500">{term}</dt>
      <dd className="mt-0.5 break-words text-gray-800">{children}</dd>
    </div>
  );
}

/**
 * One linked account in the admin list: who owns it, on which network, its status and why, both
 * token expiries, the last refresh and how it went, the last publish and the last publish error,
 * and "Refresh now". Rows stack into cards on a phone.
 */
export function ConnectionRow({
  connection: c,
  networkName,
  now,
}: {
  connection: Connection;
  networkName: string;
  now: Date;
}) {
  const view = STATUS_VIEW[c.status];
  const attention = c.status === "NEEDS_RECONNECT" || c.status === "REVOKED";
  const handle = publicHandle(c.handle, c.displayName);
  const label = handle ?? c.displayName;
  return (
    <li
      data-testid="connection"
      data-account-id={c.id}
      data-status={c.status}
      className={clsx("flex flex-col gap-4 px-4 py-4 sm:px-5", attention && "bg-red-50/30")}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 items-start gap-3">
          <NetworkIcon provider={c.provider} size="sm" label={networkName} className="mt-0.5" />
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <h3 className="truncate text-[15px] font-semibold tracking-tight text-gray-950">
                {c.displayName}
              </h3>
              <Badge tone={view.tone} dot>
                {view.label}
              </Badge>
            </div>
            <p className="mt-0.5 truncate text-[13px] text-gray-500">
              {handle ? `${handle} · ` : ""}
              {networkName}
            </p>
            <p className="mt-0.5 truncate text-[13px] text-gray-600">
              <span className="sr-only">Owner: </span>
              {c.owner.name} · <span className="text-gray-500">{c.owner.email}</span>
            </p>
            {c.status !== "ACTIVE" ? (
              <p
                data-testid="status-reason"
                className={clsx(
                  "mt-1.5 flex items-start gap-1.5 text-[13px] leading-5",
                  attention ? "text-red-700" : "text-amber-800",
                )}
              >
                <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
                <span>
                  <span className="sr-only">Reason: </span>
                  {c.statusReason ?? view.hint}
                </span>
              </p>
            ) : null}
          </div>
        </div>
        <div className="pl-10 sm:pl-0">
          <RefreshConnectionButton accountId={c.id} label={label} />
        </div>
      </div>

      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 rounded-lg bg-gray-50/80 px-3.5 py-3 text-[13px] leading-5 ring-1 ring-gray-100 sm:ml-10 sm:gap-x-6 lg:grid-cols-3">
        <Fact term="Access token">{expiryText(c.accessTokenExpiresAt, now, "Doesn't expire")}</Fact>
        <Fact term="Refresh token">
          {expiryText(c.refreshTokenExpiresAt, now, "None or no expiry")}
        </Fact>
        <Fact term="Last refresh">
          {c.lastRefreshAt ? <When date={c.lastRefreshAt} now={now} /> : "Never"}
          {c.lastRefreshAt || c.lastRefreshError ? (
            c.lastRefreshError ? (
              <span className="block text-red-700">
                {/* A dead grant's refusal is already the status reason above: don't repeat it. */}
                {c.lastRefreshError === c.statusReason
                  ? "Failed (the reason above)"
                  : `Failed: ${c.lastRefreshError}`}
              </span>
            ) : (
              <span className="text-emerald-700"> · succeeded</span>
            )
          ) : null}
        </Fact>
        <Fact term="Last publish">
          {c.lastPublishAt ? <When date={c.lastPublishAt} now={now} /> : "No posts yet"}
        </Fact>
        <Fact term="Last error">
          {c.lastFailure ? (
            <span className="text-red-700">
              {c.lastFailure.status === "UNCONFIRMED" ? "Unconfirmed" : "Failed"}{" "}
              <When date={c.lastFailure.updatedAt} now={now} />:{" "}
              {c.lastFailure.errorMessage ?? c.lastFailure.errorCode ?? "no message"}
              {c.failedTargets > 1 ? ` (${c.failedTargets} targets)` : ""}
            </span>
          ) : (
            "None"
          )}
        </Fact>
        <Fact term="Linked">
          <When date={c.createdAt} now={now} />
        </Fact>
      </dl>
    </li>
  );
}
