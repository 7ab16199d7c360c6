/**
 * The composer's pure logic: what it knows about accounts and uploads, the per-network checks it
 * shows live (the same validators the server runs, from lib/providers/validators.ts, plus the few
 * things only the composer can know: unfinished uploads, an unchosen TikTok audience), and the
 * payload it submits. No React here, so it is unit-tested directly.
 *
 * The validators (twitter-text, zod) are not imported here: the composer loads them on first use
 * and passes them in, and until then the checks are pending (counters show "…").
 */

import type { ReactNode } from "react";
import type { PostInput, ScheduleInput } from "@/lib/posts/post-input";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { MediaInfo, PublishOptions, ValidationIssue } from "@/lib/providers/publishing-types";
import type { JsonValue } from "@/lib/providers/types";
import { NETWORK_NAMES, NETWORK_ORDER, type NetworkRulesMap } from "./networks";
import type { UploadedMedia } from "./uploaded-media";

export type { UploadedMedia } from "./uploaded-media";

export type AccountStatus = "ACTIVE" | "EXPIRING" | "NEEDS_RECONNECT" | "REVOKED";

/** A linked account as the composer sees it (plain data from the server page). */
export type ComposerAccount = {
  id: string;
  provider: ProviderId;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
  status: AccountStatus;
  statusReason: string | null;
};

export const canPublishTo = (account: Pick<ComposerAccount, "status">): boolean =>
  account.status === "ACTIVE" || account.status === "EXPIRING";

/** One tile of the media strip: uploading (with progress), uploaded, or refused. */
export type MediaItem =
  | { key: string; name: string; state: "uploading"; progress: number; localUrl?: string }
  | { key: string; name: string; state: "ready"; media: UploadedMedia }
  | { key: string; name: string; state: "error"; error: string };

export const toMediaInfo = (media: UploadedMedia): MediaInfo => ({
  kind: media.kind === "VIDEO" ? "video" : "image",
  mime: media.mime,
  bytes: media.bytes,
  width: media.width ?? undefined,
  height: media.height ?? undefined,
  durationMs: media.durationMs ?? undefined,
  animated: media.animated,
});

export const readyMedia = (items: MediaItem[]): UploadedMedia[] =>
  items.flatMap((item) => (item.state === "ready" ? [item.media] : []));

/** publish-options per account: loading, loaded, or failed with words to show. */
export type OptionsState =
  | { state: "loading" }
  | { state: "ready"; options: PublishOptions }
  | { state: "error"; message: string };

export type Settings = Record<string, JsonValue>;

export type DraftState = {
  text: string;
  /** Per-network text, when the person overrode the main text for that network. */
  overrides: Partial<Record<ProviderId, string>>;
  selected: string[];
  media: MediaItem[];
  settings: Record<string, Settings>;
  options: Record<string, OptionsState>;
};

export type NetworkCheck = {
  provider: ProviderId;
  displayName: string;
  accounts: ComposerAccount[];
  text: string;
  overridden: boolean;
  /** The network's validators are still loading: count and max are unknown, issues incomplete. */
  pending: boolean;
  /** null while pending. */
  count: number | null;
  /** null while pending. */
  max: number | null;
  /** The count is over the network's limit (the counter turns red). */
  overLimit: boolean;
  issues: ValidationIssue[];
};

/** The networks of the chosen accounts, in the registry's order. */
export function selectedNetworks(
  accounts: ComposerAccount[],
  selected: string[],
): { provider: ProviderId; accounts: ComposerAccount[] }[] {
  const chosen = accounts.filter((account) => selected.includes(account.id));
  return NETWORK_ORDER.map((provider) => ({
    provider,
    accounts: chosen.filter((account) => account.provider === provider),
  })).filter((group) => group.accounts.length > 0);
}

const withHandle = (issue: ValidationIssue, account: ComposerAccount, several: boolean) =>
  several ? { ...issue, message: `@${account.handle}: ${issue.message}` } : issue;

/**
 * Unchosen choices. A choice has no default (TikTok asks apps to make people pick the audience),
 * so each one is required; this names them even before the network's validators load.
 */
function missingChoices(account: ComposerAccount, state: DraftState): ValidationIssue[] {
  const options = state.options[account.id];
  if (options?.state !== "ready") return [];
  const settings = state.settings[account.id] ?? {};
  return options.options.fields.flatMap((field) =>
    field.kind === "choice" && field.choices.length > 0 && settings[field.key] === undefined
      ? [
          {
            rule: `${account.provider}.${field.key}.required`,
            message: `Choose ${field.label.charAt(0).toLowerCase()}${field.label.slice(1)} on ${NETWORK_NAMES[account.provider]}.`,
          },
        ]
      : [],
  );
}

/**
 * The live checks of every chosen network: counter, and every issue in words. `rules` is null
 * while the validators load: the checks are then pending, with only the composer's own issues.
 */
export function checkNetworks(
  accounts: ComposerAccount[],
  state: DraftState,
  rules: NetworkRulesMap | null,
): NetworkCheck[] {
  const media = readyMedia(state.media).map(toMediaInfo);
  return selectedNetworks(accounts, state.selected).map(({ provider, accounts: group }) => {
    const network = rules?.[provider];
    const override = state.overrides[provider];
    const text = override ?? state.text;
    const seen = new Set<string>();
    const issues: ValidationIssue[] = [];
    for (const account of group) {
      const options = state.options[account.id];
      const validated =
        network?.validatePost(
          { text, media, settings: state.settings[account.id] ?? {} },
          options?.state === "ready" ? options.options : undefined,
        ) ?? [];
      // The validator names an unchosen audience too (the server's check): say it once.
      const own = missingChoices(account, state).filter(
        (issue) => !validated.some((found) => found.rule === issue.rule),
      );
      for (const issue of [...validated, ...own]) {
        const perAccount = issue.rule.includes("privacy") || own.includes(issue);
        // Text and media issues are the same for every account of a network: say them once.
        // Choices are each account's own: every account that lacks one is named.
        const key = `${perAccount ? account.id : ""}|${issue.rule}|${issue.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push(perAccount ? withHandle(issue, account, group.length > 1) : issue);
      }
    }
    const count = network ? network.countText(text) : null;
    const max = network ? network.limits.maxTextLength : null;
    return {
      provider,
      displayName: NETWORK_NAMES[provider],
      accounts: group,
      text,
      overridden: override !== undefined,
      pending: !network,
      count,
      max,
      overLimit: count !== null && max !== null && count > max,
      issues,
    };
  });
}

/**
 * Each network's small mark, rendered on the server and passed in, so the composer's first
 * download carries no logo drawings (the parts that load later draw their own).
 */
export type NetworkIcons = Partial<Record<ProviderId, ReactNode>>;

export type ScheduleDraft =
  | { mode: "now" }
  | { mode: "scheduled"; date: string; time: string; timeZone: string };

/** What the server action receives (parsed there with postInputSchema). */
export function buildPostInput(
  idempotencyKey: string,
  accounts: ComposerAccount[],
  state: DraftState,
  schedule: ScheduleDraft,
): PostInput {
  const chosen = accounts.filter((account) => state.selected.includes(account.id));
  return {
    idempotencyKey,
    text: state.text,
    mediaIds: readyMedia(state.media).map((media) => media.id),
    targets: chosen.map((account) => {
      const override = state.overrides[account.provider];
      return {
        accountId: account.id,
        ...(override !== undefined ? { textOverride: override } : {}),
        settings: state.settings[account.id] ?? {},
      };
    }),
    schedule: schedule as ScheduleInput,
  };
}

/** Problems that block submitting which are not any one network's. */
export function draftProblems(state: DraftState): string[] {
  const problems: string[] = [];
  if (state.selected.length === 0) problems.push("Choose at least one account.");
  if (state.media.some((item) => item.state === "uploading"))
    problems.push("Wait for the uploads to finish.");
  if (state.media.some((item) => item.state === "error"))
    problems.push("Remove the files that couldn't be uploaded.");
  return problems;
}
