"use client";

import { clsx } from "clsx";
import { Check } from "lucide-react";
import Link from "next/link";
import { handleLabel } from "@/components/posts/post-view-model";
import { type ComposerAccount, canPublishTo, type NetworkIcons } from "./compose-model";
import { NETWORK_NAMES } from "./networks";

const BLOCKED_REASON: Record<string, string> = {
  NEEDS_RECONNECT: "Needs reconnecting",
  REVOKED: "Access was removed",
};

/**
 * The accounts to publish to, as chips (real checkboxes, so keyboard and screen readers get the
 * usual semantics). Accounts that can't post right now are shown, disabled, with the reason.
 */
export function AccountPicker({
  accounts,
  networkIcons,
  selected,
  onChange,
  error,
}: {
  accounts: ComposerAccount[];
  networkIcons: NetworkIcons;
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}) {
  const usable = accounts.filter(canPublishTo);
  const allChosen = usable.length > 0 && usable.every((account) => selected.includes(account.id));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((value) => value !== id));

  return (
    <fieldset aria-describedby={error ? "accounts-error" : undefined}>
      <div className="flex items-baseline justify-between gap-3">
        <legend className="text-sm font-medium text-gray-800">Publish to</legend>
        {usable.length > 1 ? (
          <button
            type="button"
            onClick={() => onChange(allChosen ? [] : usable.map((account) => account.id))}
            className="rounded text-[13px] font-medium text-brand-700 hover:text-brand-800"
          >
            {allChosen ? "Clear" : "Select all"}
          </button>
        ) : null}
      </div>
      <ul className="mt-2.5 flex flex-wrap gap-2">
        {accounts.map((account) => {
          const usableAccount = canPublishTo(account);
          const checked = selected.includes(account.id);
          const name = handleLabel(account.handle, account.displayName);
          const network = NETWORK_NAMES[account.provider];
          const reasonId = `account-${account.id}-reason`;
          return (
            <li key={account.id} className="flex items-center gap-1.5">
              <label
                className={clsx(
                  "group relative inline-flex h-9 items-center gap-2 rounded-full border py-1 pr-3 pl-1.5 text-[13px] font-medium transition-colors select-none",
                  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
                  !usableAccount
                    ? "cursor-not-allowed border-dashed border-gray-300 bg-gray-50 text-gray-500"
                    : checked
                      ? "cursor-pointer border-brand-300 bg-brand-50 text-brand-800 shadow-card"
                      : "cursor-pointer border-gray-200 bg-white text-gray-700 shadow-card hover:border-gray-300 hover:bg-gray-50",
                )}
              >
                {/* The whole chip is the checkbox's hit area: the input covers it, invisibly. */}
                <input
                  type="checkbox"
                  className="absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-full opacity-0 disabled:cursor-not-allowed"
                  checked={checked}
                  disabled={!usableAccount}
                  onChange={(event) => toggle(account.id, event.target.checked)}
                  aria-describedby={usableAccount ? undefined : reasonId}
                />
                <span className={clsx("inline-flex", !usableAccount && "opacity-50 grayscale")}>
                  {networkIcons[account.provider]}
                </span>
                <span className="max-w-[12rem] truncate">
                  <span className="sr-only">{network} </span>
                  {name}
                </span>
                {checked ? <Check className="size-3.5 text-brand-600" aria-hidden="true" /> : null}
              </label>
              {usableAccount ? null : (
                <span id={reasonId} className="text-[12px] text-gray-500">
                  {BLOCKED_REASON[account.status] ?? "Unavailable"} ·{" "}
                  <Link href="/accounts" className="font-medium text-brand-700 hover:underline">
                    Reconnect
                  </Link>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id="accounts-error" className="mt-2 text-[13px] text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
