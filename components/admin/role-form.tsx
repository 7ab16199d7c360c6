"use client";

import { LoaderCircle } from "lucide-react";
import { useActionState, useState } from "react";
import { changeRoleAction } from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";

/**
 * Make admin / Remove admin for one user. Both ask first; removing your own admin role says that
 * you'll leave the admin area. Refusals (the last admin) are shown next to the button.
 */
export function RoleForm({
  userId,
  email,
  role,
  isSelf,
}: {
  userId: string;
  email: string;
  role: "USER" | "ADMIN";
  isSelf: boolean;
}) {
  const [state, action, pending] = useActionState(changeRoleAction, { status: "idle" });
  const [confirming, setConfirming] = useState(false);
  const next = role === "ADMIN" ? "USER" : "ADMIN";
  const verb = role === "ADMIN" ? "Remove admin" : "Make admin";

  return (
    <div className="flex flex-col items-start gap-1.5 md:items-end">
      {confirming ? (
        <form
          action={(form) => {
            setConfirming(false);
            action(form);
          }}
          className="flex flex-wrap items-center gap-2 md:justify-end"
        >
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="role" value={next} />
          <span className="text-[12px] text-gray-600">
            {isSelf && next === "USER"
              ? "You'll lose admin access."
              : next === "ADMIN"
                ? "Full admin access?"
                : "Remove admin access?"}
          </span>
          <Button type="submit" size="sm" variant={next === "USER" ? "danger" : "primary"}>
            Confirm
            <span className="sr-only">
              {" "}
              {verb.toLowerCase()} for {email}
            </span>
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <Button
          size="sm"
          variant="secondary"
          onClick={() => setConfirming(true)}
          disabled={pending}
        >
          {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {verb}
          <span className="sr-only"> for {email}</span>
        </Button>
      )}
      <p
        aria-live="polite"
        className={
          state.status === "done" && !state.ok
            ? "max-w-64 text-[12px] leading-4 text-red-700 empty:hidden md:text-right"
            : "max-w-64 text-[12px] leading-4 text-emerald-700 empty:hidden md:text-right"
        }
      >
        {state.status === "done" && !pending ? state.message : null}
      </p>
    </div>
  );
}
