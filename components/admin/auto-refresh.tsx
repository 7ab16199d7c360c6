"use client";

import { Pause, Play } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";

/**
 * Keeps a server-rendered page live: router.refresh() every `intervalMs` re-runs the page's server
 * components (fresh database and queue reads) while client state, such as an open confirmation,
 * survives. Skipped while the tab is hidden; an admin can pause it to read without rows moving.
 */
export function AutoRefresh({ intervalMs = 3_000 }: { intervalMs?: number }) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== "visible") return;
      startTransition(() => router.refresh());
    }, intervalMs);
    return () => clearInterval(timer);
  }, [paused, intervalMs, router]);

  return (
    <div className="flex items-center gap-2 text-[13px] text-gray-600">
      <span className="inline-flex items-center gap-1.5" aria-live="off">
        <span
          aria-hidden="true"
          className={
            paused
              ? "size-2 rounded-full bg-gray-300"
              : `size-2 rounded-full bg-emerald-500 ${pending ? "opacity-40" : ""}`
          }
        />
        {paused ? "Paused" : `Live · every ${Math.round(intervalMs / 1000)} s`}
      </span>
      <button
        type="button"
        onClick={() => setPaused((value) => !value)}
        aria-pressed={paused}
        className="inline-flex h-7 items-center gap-1 rounded-md px-2 font-medium text-gray-700 hover:bg-gray-100"
      >
        {paused ? (
          <Play className="size-3.5" aria-hidden="true" />
        ) : (
          <Pause className="size-3.5" aria-hidden="true" />
        )}
        {paused ? "Resume" : "Pause"}
      </button>
    </div>
  );
}
