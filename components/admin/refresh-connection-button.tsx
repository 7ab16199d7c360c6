"use client";

import { clsx } from "clsx";
import { LoaderCircle, RefreshCw } from "lucide-react";
import { useActionState } from "react";
import { type RefreshState, refreshConnectionAction } from "@/app/(app)/admin/connections/actions";
import { Button } from "@/components/ui/button";

const TONES: Record<Exclude<RefreshState, { status: "idle" }>["outcome"], string> = {
  refreshed: "text-emerald-700",
  not_refreshable: "text-gray-600",
  needs_reconnect: "text-red-700",
  failed: "text-red-700",
  not_found: "text-gray-600",
  refused: "text-red-700",
};

/** "Refresh now" for one account, with the outcome in words under the button. */
export function RefreshConnectionButton({
  accountId,
  label,
}: {
  accountId: string;
  label: string;
}) {
  const [state, action, pending] = useActionState(refreshConnectionAction, { status: "idle" });
  return (
    <form action={action} className="flex flex-col items-stretch gap-1.5 sm:items-end">
      <input type="hidden" name="accountId" value={accountId} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={pending}
        aria-disabled={pending}
      >
        {pending ? (
          <LoaderCircle className="animate-spin" aria-hidden="true" />
        ) : (
          <RefreshCw aria-hidden="true" />
        )}
        {pending ? "Refreshing…" : "Refresh now"}
        <span className="sr-only"> {label}</span>
      </Button>
      <p
        aria-live="polite"
        className={clsx(
          "text-[12px] leading-4 empty:hidden sm:max-w-56 sm:text-right",
          state.status === "done" && TONES[state.outcome],
        )}
      >
        {state.status === "done" && !pending ? state.message : null}
      </p>
    </form>
  );
}
