"use client";

import { clsx } from "clsx";
import { CalendarClock, Eye, LoaderCircle, Send } from "lucide-react";
import { lazy, useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type ComposeState, createPostAction } from "@/app/(app)/compose/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Deferred } from "@/components/ui/deferred";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { PublishOptions } from "@/lib/providers/publishing-types";
import type { JsonValue } from "@/lib/providers/types";
import { AccountPicker } from "./account-picker";
import {
  buildPostInput,
  type ComposerAccount,
  checkNetworks,
  type DraftState,
  draftProblems,
  type MediaItem,
  type NetworkIcons,
  type OptionsState,
  readyMedia,
  type ScheduleDraft,
  type Settings,
} from "./compose-model";
import { PostText } from "./main-text";
import { MediaStrip } from "./media-strip";
import { preloadScheduleDetails, ScheduleFields, useScheduleTools } from "./schedule-fields";
import type { TabId } from "./text-tabs";
import { useNetworkRules } from "./use-network-rules";

// Shown only once an account is chosen: downloaded on the first interaction, not with the page.
const loadPreview = () => import("./network-preview");
const loadOptions = () => import("./account-options");
const loadPerNetwork = () => import("./per-network");
const loadSubmitError = () => import("./submit-error");
const SubmitError = lazy(() =>
  loadSubmitError().then((module) => ({ default: module.SubmitError })),
);
const TextTabs = lazy(() => loadPerNetwork().then((module) => ({ default: module.TextTabs })));
const NetworkChecks = lazy(() =>
  loadPerNetwork().then((module) => ({ default: module.NetworkChecks })),
);
const ProblemAnnouncer = lazy(() =>
  loadPerNetwork().then((module) => ({ default: module.ProblemAnnouncer })),
);
const NetworkPreview = lazy(() =>
  loadPreview().then((module) => ({ default: module.NetworkPreview })),
);
const AccountOptions = lazy(() =>
  loadOptions().then((module) => ({ default: module.AccountOptions })),
);
let partsRequested = false;
const preloadParts = () => {
  if (partsRequested) return;
  partsRequested = true;
  loadPreview().catch(() => (partsRequested = false));
  loadOptions().catch(() => (partsRequested = false));
  loadPerNetwork().catch(() => (partsRequested = false));
  loadSubmitError().catch(() => (partsRequested = false));
  void preloadScheduleDetails();
};

const INITIAL: ComposeState = { status: "idle" };

/** Loads each chosen account's publish options once (TikTok asks its network; others answer empty). */
function usePublishOptions(selected: string[]) {
  const [options, setOptions] = useState<Record<string, OptionsState>>({});
  const requested = useRef(new Set<string>());

  const load = useCallback(async (accountId: string) => {
    requested.current.add(accountId);
    setOptions((current) => ({ ...current, [accountId]: { state: "loading" } }));
    let next: OptionsState;
    try {
      const response = await fetch(
        `/api/accounts/${encodeURIComponent(accountId)}/publish-options`,
      );
      const body = (await response.json().catch(() => ({}))) as PublishOptions & { error?: string };
      next = response.ok
        ? {
            state: "ready",
            options: { ...body, fields: body.fields ?? [], notices: body.notices ?? [] },
          }
        : { state: "error", message: body.error ?? "Couldn't load this account's options." };
    } catch {
      next = {
        state: "error",
        message: "Couldn't reach Socialite to load this account's options.",
      };
    }
    setOptions((current) => ({ ...current, [accountId]: next }));
  }, []);

  useEffect(() => {
    for (const id of selected) if (!requested.current.has(id)) void load(id);
  }, [selected, load]);

  return { options, reload: load };
}

/** Ticks every 30 s while a schedule is shown, so "in 5 min" and "already passed" stay true. */
function useNow(active: boolean) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!active) return;
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/**
 * The composer: one text (with per-network overrides), media, accounts, live checks per network,
 * previews, and publish now or on a schedule. The submission carries one idempotency key per
 * composer mount, so a double click (or a retry after a lost answer) makes one post.
 */
export function Composer({
  accounts,
  networkIcons,
}: {
  accounts: ComposerAccount[];
  networkIcons: NetworkIcons;
}) {
  const [text, setText] = useState("");
  const [overrides, setOverrides] = useState<Partial<Record<ProviderId, string>>>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [media, setMedia] = useState<MediaItem[]>([]);
  const [settings, setSettings] = useState<Record<string, Settings>>({});
  const [schedule, setSchedule] = useState<ScheduleDraft>({ mode: "now" });
  const [tab, setTab] = useState<TabId>("main");
  const [previewNetwork, setPreviewNetwork] = useState<ProviderId | null>(null);
  const { options, reload } = usePublishOptions(selected);
  const now = useNow(schedule.mode === "scheduled");
  const scheduleTools = useScheduleTools(schedule.mode === "scheduled");
  const idempotencyKey = useRef<string | null>(null);
  const [state, dispatch, pending] = useActionState(createPostAction, INITIAL);
  // The validators load on the first focus or edit of the text, account choice or attachment.
  const { rules, loading: rulesLoading, failed: rulesFailed, request } = useNetworkRules();
  const requestRules = useCallback(() => {
    request();
    preloadParts();
  }, [request]);

  const draft: DraftState = { text, overrides, selected, media, settings, options };
  const checks = checkNetworks(accounts, draft, rules);
  const problems = draftProblems(draft);
  const issueCount = checks.reduce((sum, check) => sum + check.issues.length, 0);
  const scheduleProblem =
    schedule.mode === "scheduled" &&
    scheduleTools !== undefined &&
    !scheduleTools.describeSchedule(schedule, now, schedule.timeZone).ok;
  // Publish waits the moment the validators (or the schedule's helpers) take to arrive; if the
  // validators can't, the server checks.
  const checking =
    (rulesLoading && checks.length > 0) ||
    (schedule.mode === "scheduled" && scheduleTools === undefined);
  const blocked = problems.length > 0 || issueCount > 0 || scheduleProblem || checking;
  const uploaded = useMemo(() => readyMedia(media), [media]);

  // The preview follows the network being edited; otherwise the first chosen one.
  const previewed =
    (tab !== "main" && checks.find((check) => check.provider === tab)) ||
    checks.find((check) => check.provider === previewNetwork) ||
    checks[0];

  const onText = (value: string) => {
    requestRules();
    setText(value);
  };

  const setSetting = (accountId: string, key: string, value: JsonValue | undefined) =>
    setSettings((current) => {
      const next = { ...(current[accountId] ?? {}) };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return { ...current, [accountId]: next };
    });

  const submit = (formData: FormData) => {
    idempotencyKey.current ??= crypto.randomUUID();
    formData.set(
      "payload",
      JSON.stringify(buildPostInput(idempotencyKey.current, accounts, draft, schedule)),
    );
    dispatch(formData);
  };

  const error = state.status === "error" ? state : null;
  const targetCount = selected.length;
  const summary = blocked
    ? (problems[0] ??
      (issueCount > 0
        ? `Fix ${issueCount === 1 ? "1 problem" : `${issueCount} problems`} to publish.`
        : scheduleProblem
          ? "Fix the schedule to publish."
          : "Checking the post…"))
    : `${schedule.mode === "now" ? "Publishes" : "Schedules"} to ${targetCount === 1 ? "1 account" : `${targetCount} accounts`} on ${checks.length === 1 ? "1 network" : `${checks.length} networks`}.`;

  return (
    <form
      action={submit}
      className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,340px)]"
      aria-label="New post"
    >
      <div className="flex min-w-0 flex-col gap-4 lg:col-start-1">
        {error ? (
          // After a refused submit only; its download starts on the first interaction.
          <Deferred
            loading={
              <p role="alert" className="text-sm font-medium text-red-700">
                {error.message}
              </p>
            }
          >
            <SubmitError error={error} key={error.at} />
          </Deferred>
        ) : null}

        <Card className="p-4 sm:p-5">
          <AccountPicker
            accounts={accounts}
            networkIcons={networkIcons}
            selected={selected}
            onChange={(next) => {
              requestRules();
              setSelected(next);
            }}
            error={error?.fields.targets}
          />
        </Card>

        <Card className="flex flex-col gap-4 p-4 sm:p-5" onFocus={requestRules}>
          {checks.length === 0 ? (
            <PostText text={text} onText={onText} />
          ) : (
            // The plain text stands in while the tabs download (or if they can't), so typing is
            // never interrupted.
            <Deferred loading={<PostText text={text} onText={onText} />}>
              <TextTabs
                checks={checks}
                active={tab}
                onActivate={setTab}
                text={text}
                onText={onText}
                onOverride={(provider, value) => {
                  requestRules();
                  setOverrides((current) => {
                    const next = { ...current };
                    if (value === undefined) delete next[provider];
                    else next[provider] = value;
                    return next;
                  });
                }}
                networkExtra={(provider) => {
                  const group = checks.find((check) => check.provider === provider)?.accounts ?? [];
                  return (
                    <Deferred
                      loading={null}
                      failed={
                        <p className="text-[13px] text-amber-800">
                          Couldn't load this network's options. Check your connection; your text
                          stays here.
                        </p>
                      }
                    >
                      {group.map((account) => (
                        <AccountOptions
                          key={account.id}
                          account={account}
                          state={options[account.id]}
                          settings={settings[account.id] ?? {}}
                          onChange={(key, value) => setSetting(account.id, key, value)}
                          onReload={() => void reload(account.id)}
                        />
                      ))}
                    </Deferred>
                  );
                }}
              />
            </Deferred>
          )}
          <MediaStrip
            items={media}
            setItems={(next) => {
              requestRules();
              setMedia(next);
            }}
          />
          <div className="border-t border-gray-100 pt-4">
            {checks.length === 0 ? (
              <p className="text-[13px] text-gray-500">
                Choose accounts above to see each network's limits as you type.
              </p>
            ) : (
              <Deferred
                loading={<p className="text-[13px] text-gray-500">Checking the post…</p>}
                failed={
                  <p className="text-[13px] text-gray-500">
                    Each network's rules are checked when you publish.
                  </p>
                }
              >
                <NetworkChecks checks={checks} unavailable={rulesFailed} />
                <ProblemAnnouncer checks={checks} />
              </Deferred>
            )}
          </div>
        </Card>
      </div>

      <aside
        aria-label="Preview"
        className="flex min-w-0 flex-col gap-3 lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1"
      >
        <div className="flex items-center justify-between gap-2">
          <h2 className="flex items-center gap-1.5 text-sm font-medium text-gray-800">
            <Eye className="size-4 text-gray-400" aria-hidden="true" />
            Preview
          </h2>
          {checks.length > 1 ? (
            <fieldset className="flex gap-1">
              <legend className="sr-only">Preview network</legend>
              {checks.map((check) => (
                <button
                  key={check.provider}
                  type="button"
                  onClick={() => {
                    setPreviewNetwork(check.provider);
                    if (tab !== "main") setTab(check.provider);
                  }}
                  aria-pressed={previewed?.provider === check.provider}
                  aria-label={check.displayName}
                  title={check.displayName}
                  className={clsx(
                    "rounded-md p-0.5 transition-opacity",
                    previewed?.provider === check.provider
                      ? "ring-2 ring-brand-500"
                      : "opacity-50 hover:opacity-100",
                  )}
                >
                  {networkIcons[check.provider]}
                </button>
              ))}
            </fieldset>
          ) : null}
        </div>
        {previewed?.accounts[0] ? (
          <div data-preview={previewed.provider}>
            <Deferred
              loading={<div className="min-h-48 rounded-xl bg-white/60" />}
              failed={
                <div className="flex min-h-48 items-center justify-center rounded-xl border border-dashed border-gray-300 bg-white/60 px-6 text-center text-[13px] text-gray-500">
                  The preview couldn't load. Publishing isn't affected.
                </div>
              }
            >
              <NetworkPreview
                provider={previewed.provider}
                account={previewed.accounts[0]}
                text={previewed.text}
                media={uploaded}
              />
            </Deferred>
            <p className="mt-2 text-center text-[12px] text-gray-500">
              {previewed.displayName} preview
              {previewed.accounts.length > 1
                ? ` · and ${previewed.accounts.length - 1} more account${previewed.accounts.length > 2 ? "s" : ""}`
                : ""}
            </p>
          </div>
        ) : (
          <div className="flex min-h-48 items-center justify-center rounded-xl border border-dashed border-gray-300 bg-white/60 px-6 text-center text-[13px] text-gray-500">
            Choose an account to see how your post will look there.
          </div>
        )}
      </aside>

      <Card className="flex min-w-0 flex-col gap-4 p-4 sm:p-5 lg:col-start-1">
        <ScheduleFields
          schedule={schedule}
          onChange={setSchedule}
          now={now}
          error={error?.fields.schedule}
        />
        <div className="flex flex-col-reverse gap-3 border-t border-gray-100 pt-4 sm:flex-row sm:items-center sm:justify-between">
          <p
            className={clsx("text-[13px]", blocked ? "text-gray-600" : "text-gray-500")}
            id="publish-summary"
            aria-live="polite"
          >
            {summary}
          </p>
          <Button
            type="submit"
            size="lg"
            disabled={blocked || pending}
            aria-describedby="publish-summary"
            className="sm:min-w-40"
          >
            {pending ? (
              <>
                <LoaderCircle className="animate-spin" aria-hidden="true" />
                {schedule.mode === "now" ? "Publishing…" : "Scheduling…"}
              </>
            ) : schedule.mode === "now" ? (
              <>
                <Send aria-hidden="true" />
                Publish now
              </>
            ) : (
              <>
                <CalendarClock aria-hidden="true" />
                Schedule
              </>
            )}
          </Button>
        </div>
      </Card>
    </form>
  );
}
