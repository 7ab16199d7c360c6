"use client";

import { X } from "lucide-react";
import { Alert, type AlertTone } from "@/components/ui/alert";

export type Notice = { tone: AlertTone; title: string; detail?: string };

/** An action's outcome at the top of an admin page, dismissible. */
export function AdminNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <Alert
      tone={notice.tone}
      title={notice.title}
      role={notice.tone === "danger" ? "alert" : "status"}
    >
      <div className="flex items-start justify-between gap-4">
        <p>{notice.detail}</p>
        <button
          type="button"
          onClick={onDismiss}
          className="-mt-0.5 -mr-1 inline-flex size-7 shrink-0 items-center justify-center rounded-md opacity-70 hover:bg-black/5 hover:opacity-100"
        >
          <X className="size-4" aria-hidden="true" />
          <span className="sr-only">Dismiss</span>
        </button>
      </div>
    </Alert>
  );
}
