"use client";

import { clsx } from "clsx";
import { useEffect, useState } from "react";

/** The parts of GET /api/health the dots show. */
export type HealthSummary = {
  database: { ok: boolean; error?: string };
  redis: { ok: boolean; maxmemoryPolicy: string | null; error?: string };
  worker: { ok: boolean; heartbeats: number; lastSeen: string | null; error?: string };
};

const POLL_MS = 15_000;

function detail(part: keyof HealthSummary, health: HealthSummary): string {
  switch (part) {
    case "database":
      return health.database.ok ? "answering" : (health.database.error ?? "not answering");
    case "redis":
      return health.redis.ok
        ? `answering, maxmemory-policy ${health.redis.maxmemoryPolicy ?? "unknown"}`
        : (health.redis.error ?? "not answering");
    case "worker":
      return health.worker.ok
        ? `${health.worker.heartbeats} alive`
        : (health.worker.error ?? "no heartbeat");
  }
}

const PARTS = [
  { key: "database", label: "Database" },
  { key: "redis", label: "Redis" },
  { key: "worker", label: "Worker" },
] as const;

/**
 * Three dots in the admin header: database, Redis, worker. Starts from the server's reading and
 * re-reads /api/health every 15 s while the tab is visible. Each dot's state is in its text too
 * (sr-only words and a tooltip), never in the colour alone.
 */
export function HealthIndicator({ initial }: { initial: HealthSummary | null }) {
  const [health, setHealth] = useState(initial);
  useEffect(() => {
    let cancelled = false;
    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch("/api/health", { cache: "no-store" });
        const body = (await response.json()) as HealthSummary;
        if (!cancelled) setHealth(body);
      } catch {
        // The web server itself is unreachable: keep the last reading rather than guess.
      }
    };
    const timer = setInterval(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);

  return (
    <ul
      aria-label="System health"
      className="flex shrink-0 items-center gap-3 rounded-xl border border-gray-200 bg-white px-3 py-2 text-[12px] font-medium text-gray-600 shadow-card"
    >
      {PARTS.map(({ key, label }) => {
        const ok = health?.[key].ok;
        const state = health === null ? "checking" : ok ? "ok" : "down";
        const text = health ? detail(key, health) : "checking…";
        return (
          <li key={key} className="flex items-center gap-1.5" title={`${label}: ${text}`}>
            <span
              aria-hidden="true"
              className={clsx(
                "size-2 rounded-full ring-2",
                state === "ok" && "bg-emerald-500 ring-emerald-500/20",
                state === "down" && "bg-red-500 ring-red-500/20",
                state === "checking" && "bg-gray-300 ring-gray-300/30",
              )}
            />
            {label}
            <span className="sr-only">: {state === "ok" ? "OK" : text}</span>
          </li>
        );
      })}
    </ul>
  );
}
