import { publicHandle } from "@/components/accounts/account-facts";
import { NetworkIcon } from "@/components/accounts/network-icon";
import { Badge } from "@/components/ui/badge";
import type { ProblemTarget } from "@/lib/admin/list-problem-targets";
import { ago, exactTime } from "./format";
import { TargetActions } from "./target-actions";

/** A failed or unconfirmed target: the post, whose it is, where it went, why, and what to do. */
export function ProblemTargetRow({
  target: t,
  networkName,
  now,
}: {
  target: ProblemTarget;
  networkName: string;
  now: Date;
}) {
  const unconfirmed = t.status === "UNCONFIRMED";
  const handle = publicHandle(t.accountHandle, "") ?? t.accountHandle;
  return (
    <li
      data-testid="problem-target"
      data-target-id={t.id}
      className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-5"
    >
      <div className="flex min-w-0 items-start gap-3">
        <NetworkIcon provider={t.provider} size="sm" label={networkName} className="mt-0.5" />
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Badge tone={unconfirmed ? "warning" : "danger"} dot>
              {unconfirmed ? "Unconfirmed" : "Failed"}
            </Badge>
            <span className="text-[13px] text-gray-600">
              {handle} · {networkName}
            </span>
            <span className="text-[13px] text-gray-400" aria-hidden="true">
              ·
            </span>
            <time
              dateTime={t.updatedAt.toISOString()}
              title={exactTime(t.updatedAt)}
              className="text-[13px] text-gray-500"
            >
              {ago(t.updatedAt, now)}
            </time>
          </div>
          <p className="mt-1.5 text-[14px] leading-6 break-words text-gray-900">“{t.excerpt}”</p>
          <p className="mt-0.5 text-[13px] text-gray-600">
            <span className="sr-only">Owner: </span>
            {t.owner.name} · <span className="text-gray-500">{t.owner.email}</span>
          </p>
          <p className="mt-1.5 text-[13px] leading-5 break-words text-red-700">
            {t.errorCode ? <span className="font-mono text-[12px]">{t.errorCode} </span> : null}
            {t.errorMessage ??
              (unconfirmed ? "No answer after the post was sent: it may be live." : "No message")}
            <span className="text-gray-500">
              {" "}
              · {t.attempts} {t.attempts === 1 ? "attempt" : "attempts"}
            </span>
          </p>
        </div>
      </div>
      <div className="pl-10 sm:pl-0">
        <TargetActions
          targetId={t.id}
          label={`${handle} on ${networkName}`}
          unconfirmed={unconfirmed}
        />
      </div>
    </li>
  );
}
