"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { type LiveStart, statusSignature } from "./post-view-model";

const POLL_MS = 2_000;
const CLOCK_MS = 15_000;

type StatusResponse = {
  posts: {
    id: string;
    status: string;
    targets: { id: string; status: string; errorCode: string | null; remoteUrl: string | null }[];
  }[];
};

/**
 * Keeps the visible posts' delivery status live: while any is on its way (or due within two
 * minutes) it polls GET /api/posts/status every 2 s, and when something changed it re-renders
 * the page's server components in place (router.refresh: no reload, scroll and focus kept).
 * Stops by itself once everything has settled. Renders a status line for screen readers.
 */
export function LiveUpdates({ posts }: { posts: LiveStart[] }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const lastRefresh = useRef(0);
  const [now, setNow] = useState(() => Date.now());
  const [message, setMessage] = useState("");
  const known = useRef(new Map<string, string>());
  known.current = new Map(posts.map((post) => [post.id, post.signature]));

  const hasUpcoming = posts.some((post) => post.from !== null && post.from > now);
  useEffect(() => {
    if (!hasUpcoming) return;
    const timer = setInterval(() => setNow(Date.now()), CLOCK_MS);
    return () => clearInterval(timer);
  }, [hasUpcoming]);

  const ids = posts
    .filter((post) => post.from === null || post.from <= now)
    .map((post) => post.id)
    .join(",");

  // One loop for the component's lifetime, reading the current ids each tick: nothing a refresh
  // or a re-render does can stop it. A refresh that gets superseded (or lands before the last
  // change) is simply asked for again on a later tick.
  const idsRef = useRef(ids);
  idsRef.current = ids;
  const [polls, setPolls] = useState(0);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const current = idsRef.current;
      if (current) {
        try {
          const response = await fetch(`/api/posts/status?ids=${encodeURIComponent(current)}`, {
            cache: "no-store",
          });
          if (response.ok && !stopped) {
            const body = (await response.json()) as StatusResponse;
            const changed = body.posts.some(
              (post) => known.current.get(post.id) !== statusSignature(post),
            );
            if (changed && Date.now() - lastRefresh.current >= POLL_MS) {
              lastRefresh.current = Date.now();
              setMessage("Delivery status updated.");
              startTransition(() => router.refresh());
            }
          }
        } catch {
          // Offline for a moment: the next tick tries again.
        }
        if (!stopped) setPolls((count) => count + 1);
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [router]);

  return (
    <p
      className="sr-only"
      aria-live="polite"
      data-live-polling={ids ? "on" : "off"}
      data-polls={polls}
    >
      {message}
    </p>
  );
}
