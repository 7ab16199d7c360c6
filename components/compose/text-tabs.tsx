"use client";

import { clsx } from "clsx";
import { CircleAlert, RotateCcw } from "lucide-react";
import { type KeyboardEvent, type ReactNode, useRef } from "react";
import { NetworkIcon } from "@/components/accounts/network-icon";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { NetworkCheck } from "./compose-model";
import { MainText, textareaClass } from "./main-text";
import { Counter, IssueList } from "./network-checks";

export type TabId = "main" | ProviderId;

/**
 * The post text once networks are chosen: a "Main text" tab and one tab per chosen network, where the text can be
 * overridden for that network only (and reset to the main text). Tabs follow the WAI-ARIA tabs
 * pattern: arrow keys move between them, Tab enters the panel.
 */
export function TextTabs({
  checks,
  active,
  onActivate,
  text,
  onText,
  onOverride,
  networkExtra,
}: {
  checks: NetworkCheck[];
  active: TabId;
  onActivate: (tab: TabId) => void;
  text: string;
  onText: (text: string) => void;
  onOverride: (provider: ProviderId, text: string | undefined) => void;
  networkExtra: (provider: ProviderId) => ReactNode;
}) {
  const tabs: TabId[] = ["main", ...checks.map((check) => check.provider)];
  const current = tabs.includes(active) ? active : "main";
  const refs = useRef(new Map<TabId, HTMLButtonElement>());
  const check = checks.find((entry) => entry.provider === current);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(current);
    const next =
      event.key === "ArrowRight"
        ? tabs[(index + 1) % tabs.length]
        : event.key === "ArrowLeft"
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === "Home"
            ? tabs[0]
            : event.key === "End"
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onActivate(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div>
      <div
        role="tablist"
        aria-label="Text per network"
        onKeyDown={onKeyDown}
        className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-px"
      >
        {tabs.map((tab) => {
          const selected = tab === current;
          const tabCheck = checks.find((entry) => entry.provider === tab);
          const problems = tabCheck?.issues.length ?? 0;
          return (
            <button
              key={tab}
              ref={(element) => {
                if (element) refs.current.set(tab, element);
                else refs.current.delete(tab);
              }}
              type="button"
              role="tab"
              id={`tab-${tab}`}
              aria-selected={selected}
              aria-controls={`panel-${tab}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => onActivate(tab)}
              className={clsx(
                "relative inline-flex h-9 shrink-0 items-center gap-1.5 rounded-lg px-2.5 text-[13px] font-medium transition-colors",
                selected
                  ? "bg-gray-900 text-white shadow-sm"
                  : "text-gray-600 hover:bg-gray-100 hover:text-gray-900",
              )}
            >
              {tabCheck ? <NetworkIcon provider={tabCheck.provider} size="xs" /> : null}
              {tabCheck ? tabCheck.displayName : "Main text"}
              {tabCheck?.overridden ? (
                <span
                  className={clsx(
                    "size-1.5 rounded-full",
                    selected ? "bg-white/70" : "bg-brand-500",
                  )}
                  title="Has its own text"
                  aria-hidden="true"
                />
              ) : null}
              {problems > 0 ? (
                <span className="inline-flex items-center gap-0.5 text-[12px] text-red-500">
                  <CircleAlert className="size-3.5" aria-hidden="true" />
                  {problems}
                  <span className="sr-only">{problems === 1 ? "problem" : "problems"}</span>
                </span>
              ) : null}
            </button>
          );
        })}
      </div>

      <div
        role="tabpanel"
        id={`panel-${current}`}
        aria-labelledby={`tab-${current}`}
        className="mt-3 flex flex-col gap-3"
      >
        {current === "main" || !check ? (
          <>
            <label htmlFor="post-text" className="sr-only">
              Post text
            </label>
            <MainText text={text} onText={onText} />
          </>
        ) : (
          <>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <label htmlFor={`text-${check.provider}`} className="text-[13px] text-gray-600">
                {check.overridden ? (
                  <>
                    <span className="font-medium text-gray-900">
                      Own text for {check.displayName}
                    </span>{" "}
                    · the other networks keep the main text
                  </>
                ) : (
                  <>
                    <span className="font-medium text-gray-900">Text for {check.displayName}</span>{" "}
                    · same as the main text until you edit it here
                  </>
                )}
              </label>
              {check.overridden ? (
                <button
                  type="button"
                  onClick={() => onOverride(check.provider, undefined)}
                  className="inline-flex items-center gap-1 rounded text-[13px] font-medium text-brand-700 hover:text-brand-800"
                >
                  <RotateCcw className="size-3.5" aria-hidden="true" />
                  Reset to main text
                </button>
              ) : null}
            </div>
            <textarea
              id={`text-${check.provider}`}
              value={check.text}
              onChange={(event) => onOverride(check.provider, event.target.value)}
              rows={6}
              aria-invalid={check.issues.length > 0 ? true : undefined}
              aria-describedby={`issues-${check.provider}`}
              className={clsx(
                textareaClass,
                check.overLimit
                  ? "border-red-400 focus:border-red-500 focus:ring-red-500/15"
                  : "border-gray-300 hover:border-gray-400 focus:border-brand-500 focus:ring-brand-500/15",
              )}
            />
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0 flex-1">
                <IssueList check={check} id={`issues-${check.provider}`} />
              </div>
              <Counter count={check.count} max={check.max} label={check.displayName} />
            </div>
            {networkExtra(check.provider)}
          </>
        )}
      </div>
    </div>
  );
}
