"use client";

import { LoaderCircle, RotateCcw, Trash2 } from "lucide-react";
import { createContext, type ReactNode, use, useActionState, useState } from "react";
import {
  discardTargetAction,
  retryTargetAction,
  type TargetActionState,
} from "@/app/(app)/admin/queues/actions";
import { LiveRegion } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AdminNotice } from "./admin-notice";

/**
 * Retry and Discard share one action state per page, held above the list: a row that succeeds
 * leaves the list in the same render that brings the outcome, so only a component that outlives
 * the row can announce it.
 */
type TargetActionsContext = {
  retry: (form: FormData) => void;
  discard: (form: FormData) => void;
  busyId: string | null;
  setBusyId: (id: string) => void;
  pending: boolean;
  latest: Extract<TargetActionState, { status: "done" }> | null;
};

const Context = createContext<TargetActionsContext | null>(null);

function useTargetActions() {
  const context = use(Context);
  if (!context) throw new Error("Target actions must be inside <TargetActionsProvider>");
  return context;
}

const IDLE: TargetActionState = { status: "idle" };

export function TargetActionsProvider({ children }: { children: ReactNode }) {
  const [retryState, retry, retrying] = useActionState(retryTargetAction, IDLE);
  const [discardState, discard, discarding] = useActionState(discardTargetAction, IDLE);
  const [busyId, setBusyId] = useState<string | null>(null);
  const done = [retryState, discardState].filter(
    (state): state is Extract<TargetActionState, { status: "done" }> => state.status === "done",
  );
  const latest = done.sort((a, b) => b.at - a.at)[0] ?? null;
  return (
    <Context value={{ retry, discard, busyId, setBusyId, pending: retrying || discarding, latest }}>
      {children}
    </Context>
  );
}

/** The last Retry / Discard outcome, announced; dismissible. */
export function TargetActionsNotice() {
  const { latest } = useTargetActions();
  const [dismissedAt, setDismissedAt] = useState<number>();
  return (
    <LiveRegion className="empty:hidden">
      {latest && latest.at !== dismissedAt ? (
        <AdminNotice
          notice={{
            tone: latest.ok ? "success" : "danger",
            title: latest.title,
            detail: latest.detail,
          }}
          onDismiss={() => setDismissedAt(latest.at)}
        />
      ) : null}
    </LiveRegion>
  );
}

/**
 * Retry and Discard for one failed or unconfirmed target. Discard asks first: it is final, and an
 * unconfirmed post may already be live on the network.
 */
export function TargetActions({
  targetId,
  label,
  unconfirmed,
}: {
  targetId: string;
  label: string;
  unconfirmed: boolean;
}) {
  const { retry, discard, busyId, setBusyId, pending } = useTargetActions();
  const [confirming, setConfirming] = useState(false);
  const busy = pending && busyId === targetId;
  const submit = (run: (form: FormData) => void) => (form: FormData) => {
    setBusyId(targetId);
    run(form);
  };

  if (confirming) {
    return (
      <form
        action={submit(discard)}
        className="flex flex-col gap-2 rounded-lg border border-red-200 bg-red-50/60 p-3 sm:max-w-xs"
      >
        <input type="hidden" name="targetId" value={targetId} />
        <p className="text-[13px] leading-5 text-red-900">
          Discard this target? It won't be retried.
          {unconfirmed ? " It may already be live on the network." : ""}
        </p>
        <div className="flex gap-2">
          <Button type="submit" variant="danger" size="sm" disabled={busy}>
            {busy ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
            Discard<span className="sr-only"> {label}</span>
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={busy}>
            Keep
          </Button>
        </div>
      </form>
    );
  }
  return (
    <div className="flex gap-2">
      <form action={submit(retry)}>
        <input type="hidden" name="targetId" value={targetId} />
        <Button type="submit" variant="secondary" size="sm" disabled={busy}>
          {busy ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <RotateCcw aria-hidden="true" />
          )}
          Retry<span className="sr-only"> {label}</span>
        </Button>
      </form>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} disabled={busy}>
        <Trash2 aria-hidden="true" />
        Discard<span className="sr-only"> {label}</span>
      </Button>
    </div>
  );
}
