"use client";

import { LoaderCircle, RotateCw, XCircle } from "lucide-react";
import { useActionState, useState } from "react";
import {
  cancelPostAction,
  type PostActionState,
  retryTargetAction,
} from "@/app/(app)/posts/actions";
import { Button } from "@/components/ui/button";

const IDLE: PostActionState = { status: "idle" };

function Outcome({ state }: { state: PostActionState }) {
  return (
    <span aria-live="polite" className="text-[12px]">
      {state.status === "idle" ? null : (
        <span className={state.status === "error" ? "text-red-700" : "text-emerald-700"}>
          {state.message}
        </span>
      )}
    </span>
  );
}

/**
 * Two-step confirmation inline (no modal): the first click asks, the second does it. Escape or
 * "Keep" backs out. Used where the action can't be undone or may double-post.
 */
function Confirm({
  question,
  confirmLabel,
  pending,
  onCancel,
  danger,
}: {
  question: string;
  confirmLabel: string;
  pending: boolean;
  onCancel: () => void;
  danger?: boolean;
}) {
  return (
    <fieldset
      aria-label={question}
      className="flex flex-wrap items-center gap-2 rounded-lg bg-gray-50 px-2.5 py-1.5 ring-1 ring-gray-200 ring-inset"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <span className="text-[12px] text-gray-700">{question}</span>
      <Button
        type="submit"
        size="sm"
        variant={danger ? "danger" : "primary"}
        disabled={pending}
        autoFocus
      >
        {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
        {confirmLabel}
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={onCancel} disabled={pending}>
        Keep
      </Button>
    </fieldset>
  );
}

/** Retry for a failed delivery; an unconfirmed one asks first, since it may already be live. */
export function RetryButton({
  targetId,
  network,
  confirm,
}: {
  targetId: string;
  network: string;
  confirm: boolean;
}) {
  const [state, action, pending] = useActionState(retryTargetAction, IDLE);
  const [asking, setAsking] = useState(false);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="targetId" value={targetId} />
      {confirm && asking ? (
        <Confirm
          question={`It may already be on ${network}. Retry anyway?`}
          confirmLabel="Retry anyway"
          pending={pending}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <Button
          type={confirm ? "button" : "submit"}
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={confirm ? () => setAsking(true) : undefined}
          aria-label={`Retry on ${network}`}
        >
          {pending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <RotateCw aria-hidden="true" />
          )}
          Retry
        </Button>
      )}
      <Outcome state={state} />
    </form>
  );
}

/** Cancel of a post that hasn't gone out, after a confirmation. */
export function CancelPostButton({ postId }: { postId: string }) {
  const [state, action, pending] = useActionState(cancelPostAction, IDLE);
  const [asking, setAsking] = useState(false);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="postId" value={postId} />
      {asking ? (
        <Confirm
          question="Cancel this post? It won't be published."
          confirmLabel="Cancel post"
          pending={pending}
          onCancel={() => setAsking(false)}
          danger
        />
      ) : (
        <Button type="button" size="sm" variant="ghost" onClick={() => setAsking(true)}>
          <XCircle aria-hidden="true" />
          Cancel post
        </Button>
      )}
      <Outcome state={state} />
    </form>
  );
}
