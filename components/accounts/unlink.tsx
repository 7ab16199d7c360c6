"use client";

import { Unlink, X } from "lucide-react";
import {
  createContext,
  type ReactNode,
  use,
  useActionState,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { type UnlinkState, unlinkAccountAction } from "@/app/(app)/accounts/actions";
import { Alert, LiveRegion } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Unlinking: one action state for the whole page, so the "Unlinked @handle" notice outlives the
 * row it removed (the action revalidates the page and the row disappears). Each row's Unlink
 * button opens a confirmation dialog whose form submits to that shared action.
 */
const UnlinkContext = createContext<{
  state: UnlinkState;
  action: (form: FormData) => void;
} | null>(null);

function useUnlink() {
  const context = use(UnlinkContext);
  if (!context) throw new Error("Unlink controls must be inside <UnlinkProvider>");
  return context;
}

export function UnlinkProvider({ children }: { children: ReactNode }) {
  const [state, action] = useActionState(unlinkAccountAction, { status: "idle" });
  return <UnlinkContext value={{ state, action }}>{children}</UnlinkContext>;
}

/** The outcome of the last unlink, announced politely; dismissible. */
export function UnlinkNotice() {
  const { state } = useUnlink();
  const [dismissedAt, setDismissedAt] = useState<number>();
  const visible = state.status !== "idle" && state.at !== dismissedAt;
  const dismiss = visible ? <DismissButton onClick={() => setDismissedAt(state.at)} /> : null;
  return (
    <LiveRegion>
      {visible && state.status === "unlinked" ? (
        <Alert
          tone="success"
          title={`Unlinked ${state.label}. Your post history is kept.`}
          className="relative pr-11"
        >
          {state.revokedAtNetwork
            ? `Socialite's access was also revoked at ${state.networkName}.`
            : state.supportsRevoke
              ? `${state.networkName} didn't confirm it revoked Socialite's access; you can remove Socialite in your ${state.networkName} settings.`
              : `Socialite deleted its access token. To remove Socialite entirely, also remove it in your ${state.networkName} settings.`}
          {dismiss}
        </Alert>
      ) : null}
      {visible && state.status === "error" ? (
        <Alert tone="danger" title="Nothing was unlinked" className="relative pr-11">
          {state.message}
          {dismiss}
        </Alert>
      ) : null}
    </LiveRegion>
  );
}

function DismissButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="absolute top-2 right-2 inline-flex size-7 items-center justify-center rounded-md opacity-70 hover:bg-black/5 hover:opacity-100"
    >
      <X className="size-4" aria-hidden="true" />
      <span className="sr-only">Dismiss</span>
    </button>
  );
}

/**
 * "Unlink" and its confirmation (a modal <dialog>: focus moves in, Escape and Cancel close it).
 * The dialog says what unlinking does at this network before anything happens.
 */
export function UnlinkButton({
  accountId,
  label,
  kind,
  networkName,
  supportsRevoke,
}: {
  accountId: string;
  /** "@sandbox_alice" or "Alice's Bakery". */
  label: string;
  /** "X account", "Facebook Page", … */
  kind: string;
  networkName: string;
  supportsRevoke: boolean;
}) {
  const { state, action } = useUnlink();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const at = state.status === "idle" ? undefined : state.at;

  // A finished unlink (or a refusal) closes the dialog; the notice at the top says what happened.
  useEffect(() => {
    if (at !== undefined) dialogRef.current?.close();
  }, [at]);

  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => dialogRef.current?.showModal()}>
        <Unlink aria-hidden="true" />
        Unlink<span className="sr-only"> {label}</span>
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl border border-gray-200 bg-white p-0 text-gray-900 shadow-raised backdrop:bg-gray-950/30 backdrop:backdrop-blur-[2px]"
      >
        <form action={action}>
          <input type="hidden" name="accountId" value={accountId} />
          <div className="flex gap-4 px-5 pt-5 pb-4 sm:px-6 sm:pt-6">
            <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-red-50 text-red-600 ring-1 ring-red-600/10">
              <Unlink className="size-5" aria-hidden="true" />
            </span>
            <div className="min-w-0">
              <h2 id={titleId} className="text-base font-semibold tracking-tight text-gray-950">
                Unlink {label}?
              </h2>
              <p className="mt-2 text-sm leading-6 text-pretty text-gray-600">
                Socialite will stop posting to this {kind}
                {supportsRevoke
                  ? ` and ask ${networkName} to revoke its access.`
                  : ` and delete its access token.`}{" "}
                Posts scheduled for it won't go out. Your post history is kept.
              </p>
              <p className="mt-2 text-sm leading-6 text-gray-600">
                You can link it again at any time.
              </p>
            </div>
          </div>
          <div className="flex flex-col-reverse gap-2 rounded-b-2xl border-t border-gray-100 bg-gray-50/70 px-5 py-3 sm:flex-row sm:justify-end sm:px-6">
            <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
              Cancel
            </Button>
            <SubmitButton variant="danger" size="md" block={false} pendingLabel="Unlinking…">
              Unlink {kind}
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
