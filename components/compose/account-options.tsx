"use client";

import { Info, LoaderCircle, RotateCw } from "lucide-react";
import { handleLabel } from "@/components/posts/post-view-model";
import { Avatar } from "@/components/ui/avatar";
import type { PublishOptionField } from "@/lib/providers/publishing-types";
import type { JsonValue } from "@/lib/providers/types";
import type { ComposerAccount, OptionsState, Settings } from "./compose-model";

/**
 * The choices a network asks for before posting to one account (TikTok: audience and
 * interactions, per creator_info), with who the post will appear from. Nothing is pre-chosen
 * where the network asks people to choose themselves.
 */
export function AccountOptions({
  account,
  state,
  settings,
  onChange,
  onReload,
}: {
  account: ComposerAccount;
  state: OptionsState | undefined;
  settings: Settings;
  onChange: (key: string, value: JsonValue | undefined) => void;
  onReload: () => void;
}) {
  const name = handleLabel(account.handle, account.displayName);
  if (!state || state.state === "loading") {
    return (
      <p className="flex items-center gap-2 text-[13px] text-gray-500">
        <LoaderCircle className="size-3.5 animate-spin" aria-hidden="true" />
        Loading the options for {name}…
      </p>
    );
  }
  if (state.state === "error") {
    return (
      <div className="flex flex-wrap items-center gap-2 text-[13px] text-red-700">
        <span>{state.message}</span>
        <button
          type="button"
          onClick={onReload}
          className="inline-flex items-center gap-1 rounded font-medium text-brand-700 hover:text-brand-800"
        >
          <RotateCw className="size-3.5" aria-hidden="true" />
          Try again
        </button>
      </div>
    );
  }
  const { options } = state;
  if (options.fields.length === 0 && options.notices.length === 0 && !options.postingAs)
    return null;
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-gray-50/60 p-3">
      <legend className="sr-only">Options for {name}</legend>
      {options.postingAs ? (
        <p className="flex items-center gap-2 text-[13px] text-gray-700">
          <Avatar name={options.postingAs.name} seed={account.id} size="sm" />
          <span>
            Posting as <span className="font-medium text-gray-900">{options.postingAs.name}</span>
          </span>
        </p>
      ) : null}
      {options.fields.map((field) => (
        <OptionField
          key={field.key}
          id={`option-${account.id}-${field.key}`}
          field={field}
          value={settings[field.key]}
          onChange={(value) => onChange(field.key, value)}
        />
      ))}
      {options.notices.map((notice) => (
        <p key={notice} className="flex items-start gap-1.5 text-[12px] leading-5 text-gray-600">
          <Info className="mt-0.5 size-3.5 shrink-0 text-sky-600" aria-hidden="true" />
          {notice}
        </p>
      ))}
    </fieldset>
  );
}

function OptionField({
  id,
  field,
  value,
  onChange,
}: {
  id: string;
  field: PublishOptionField;
  value: JsonValue | undefined;
  onChange: (value: JsonValue | undefined) => void;
}) {
  if (field.kind === "choice") {
    return (
      <div className="flex flex-col gap-1.5">
        <label htmlFor={id} className="text-[13px] font-medium text-gray-800">
          {field.label}
        </label>
        <select
          id={id}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value || undefined)}
          aria-invalid={value === undefined ? true : undefined}
          className="h-9 w-full max-w-xs rounded-lg border border-gray-300 bg-white px-2.5 text-sm text-gray-900 shadow-card focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none aria-invalid:border-amber-400"
        >
          <option value="">{field.placeholder}</option>
          {field.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const checked = field.locked ? field.defaultValue : value === true;
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-[13px] text-gray-800">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={field.locked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4 rounded border-gray-300 accent-brand-600"
      />
      {field.label}
      {field.locked ? <span className="text-[12px] text-gray-500">(set in the app)</span> : null}
    </label>
  );
}
