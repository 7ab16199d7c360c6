"use client";

import { Check } from "lucide-react";
import { useActionState, useState } from "react";
import { type ChooseState, chooseAccountsAction } from "@/app/(app)/accounts/actions";
import { Alert, LiveRegion } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ProviderId } from "@/lib/providers/provider-id";
import { AccountAvatar } from "./account-avatar";

export type ChoiceOption = {
  externalId: string;
  displayName: string;
  /** "@name" where the network has usernames; null for Pages. */
  handle: string | null;
  avatarUrl?: string;
};

/**
 * The page picker: a checkbox per account the network offered, none ticked (linking is opt-in),
 * "Link selected" and Cancel. At least one is required; the server says so too.
 */
export function ChooseAccountsForm({
  attemptId,
  provider,
  options,
  unit,
  units,
}: {
  attemptId: string;
  provider: ProviderId;
  options: ChoiceOption[];
  /** "Page" / "Pages". */
  unit: string;
  units: string;
}) {
  const [state, formAction] = useActionState<ChooseState, FormData>(chooseAccountsAction, {});
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const localError =
    tried && chosen.size === 0 ? `Choose at least one ${unit} to link.` : undefined;
  const error = localError ?? state.error;

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(event) => {
        setTried(true);
        if (chosen.size === 0) event.preventDefault();
      }}
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      <fieldset aria-describedby={error ? "choose-error" : undefined}>
        <legend className="sr-only">{units} to link</legend>
        <ul className="flex flex-col divide-y divide-gray-100">
          {options.map((option) => {
            const checked = chosen.has(option.externalId);
            return (
              <li key={option.externalId}>
                <label className="group flex cursor-pointer items-center gap-3.5 px-5 py-3.5 transition-colors hover:bg-gray-50 has-[:focus-visible]:bg-gray-50 sm:px-6">
                  <input
                    type="checkbox"
                    name="externalId"
                    value={option.externalId}
                    checked={checked}
                    onChange={(event) => toggle(option.externalId, event.target.checked)}
                    className="peer sr-only"
                  />
                  <span
                    aria-hidden="true"
                    className="flex size-5 shrink-0 items-center justify-center rounded-md border border-gray-300 bg-white text-white shadow-card transition-colors peer-checked:border-brand-600 peer-checked:bg-brand-600 peer-focus-visible:ring-4 peer-focus-visible:ring-brand-500/20"
                  >
                    <Check className="size-3.5" strokeWidth={3} />
                  </span>
                  <AccountAvatar
                    provider={provider}
                    name={option.displayName}
                    seed={`${provider}:${option.externalId}`}
                    avatarUrl={option.avatarUrl}
                    size="md"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-sm font-medium text-gray-900">
                      {option.displayName}
                    </span>
                    {option.handle ? (
                      <span className="block truncate text-[13px] text-gray-500">
                        {option.handle}
                      </span>
                    ) : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <LiveRegion politeness="assertive">
        {error ? (
          <div className="px-5 pb-4 sm:px-6">
            <Alert tone="danger" id="choose-error">
              {error}
              {state.expired ? (
                <>
                  {" "}
                  <a href="/accounts" className="font-medium underline underline-offset-2">
                    Start again
                  </a>
                </>
              ) : null}
            </Alert>
          </div>
        ) : null}
      </LiveRegion>
      <div className="flex flex-col-reverse gap-2 rounded-b-xl border-t border-gray-100 bg-gray-50/70 px-5 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <a href="/accounts" className={buttonClasses({ variant: "secondary" })}>
          Cancel
        </a>
        <div className="flex flex-col-reverse items-stretch gap-2 sm:flex-row sm:items-center sm:gap-4">
          <p className="text-center text-[13px] text-gray-500" aria-live="polite">
            {chosen.size === 0
              ? `No ${units} selected`
              : `${chosen.size} ${chosen.size === 1 ? unit : units} selected`}
          </p>
          <SubmitButton size="md" block={false} pendingLabel="Linking…">
            Link selected
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
