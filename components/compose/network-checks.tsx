"use client";

import { clsx } from "clsx";
import { CircleAlert, CircleCheck } from "lucide-react";
import { useEffect, useState } from "react";
import { NetworkIcon } from "@/components/accounts/network-icon";
import type { NetworkCheck } from "./compose-model";

const number = new Intl.NumberFormat("en-US");

/**
 * "263 / 280": grey, amber from 90 % of the limit, red over it. "…" while the network's
 * validators load (count and max null), for the first moments after the first keystroke.
 */
export function Counter({
  count,
  max,
  label,
  className,
}: {
  count: number | null;
  max: number | null;
  label: string;
  className?: string;
}) {
  if (count === null || max === null)
    return (
      <span
        className={clsx("text-[12px] tabular-nums text-gray-400", className)}
        data-pending="true"
        title={`${label}: counting characters…`}
      >
        <span className="sr-only">{label}: counting characters</span>
        <span aria-hidden="true">…</span>
      </span>
    );
  const tone =
    count > max ? "text-red-700 font-semibold" : count >= max * 0.9 ? "text-amber-700" : "";
  return (
    <span
      className={clsx("text-[12px] tabular-nums text-gray-500", tone, className)}
      data-over={count > max ? "true" : undefined}
      title={`${label}: ${number.format(count)} of ${number.format(max)} characters`}
    >
      <span className="sr-only">{label}: </span>
      {number.format(count)} / {number.format(max)}
    </span>
  );
}

/** The issues of one network in words, or nothing. */
export function IssueList({ check, id }: { check: NetworkCheck; id?: string }) {
  if (check.issues.length === 0) return null;
  return (
    <ul id={id} className="flex flex-col gap-1">
      {check.issues.map((issue) => (
        <li
          key={`${issue.rule}-${issue.message}`}
          data-rule={issue.rule}
          className="flex items-start gap-1.5 text-[13px] leading-5 text-red-700"
        >
          <CircleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every chosen network's state at a glance: counter, then "Ready" or its problems in words.
 * (Not a live region: counters change on every keystroke. ProblemAnnouncer speaks the changes.)
 */
export function NetworkChecks({
  checks,
  unavailable = false,
}: {
  checks: NetworkCheck[];
  /** The browser couldn't load the checks: say the server checks instead of "Checking…". */
  unavailable?: boolean;
}) {
  return (
    <div className="flex flex-col">
      <h3 className="sr-only">Checks per network</h3>
      <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
        {checks.map((check) => (
          <li
            key={check.provider}
            data-network={check.provider}
            className="flex flex-col gap-1.5 px-3 py-2.5"
          >
            <div className="flex items-center gap-2">
              <NetworkIcon provider={check.provider} size="xs" />
              <span className="text-[13px] font-medium text-gray-800">{check.displayName}</span>
              {check.overridden ? (
                <span className="rounded bg-gray-100 px-1.5 py-px text-[11px] font-medium text-gray-600">
                  Own text
                </span>
              ) : null}
              <span className="ml-auto flex items-center gap-2">
                <Counter count={check.count} max={check.max} label={check.displayName} />
                {check.pending ? (
                  <span className="text-[12px] text-gray-400">
                    {unavailable ? "Checked when you publish" : "Checking…"}
                  </span>
                ) : check.issues.length === 0 ? (
                  <span className="inline-flex items-center gap-1 text-[12px] font-medium text-emerald-700">
                    <CircleCheck className="size-3.5" aria-hidden="true" />
                    Ready
                  </span>
                ) : null}
              </span>
            </div>
            <IssueList check={check} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Screen readers hear a network's problems when the set of problems changes (a rule starts or
 * stops applying), not on every keystroke that changes a count inside a message.
 */
export function ProblemAnnouncer({ checks }: { checks: NetworkCheck[] }) {
  const key = checks
    .flatMap((check) => check.issues.map((issue) => `${check.provider}:${issue.rule}`))
    .join("|");
  const [spoken, setSpoken] = useState({ key: "", text: "" });
  useEffect(() => {
    setSpoken((previous) => {
      if (previous.key === key) return previous;
      const problems = checks.flatMap((check) => check.issues.map((issue) => issue.message));
      const text =
        problems.length === 0
          ? previous.key
            ? "All chosen networks are ready."
            : ""
          : problems.join(" ");
      return { key, text };
    });
  }, [key, checks]);
  return (
    <p className="sr-only" aria-live="polite">
      {spoken.text}
    </p>
  );
}
