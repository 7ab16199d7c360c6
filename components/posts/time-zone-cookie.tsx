"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "./time-zone-cookie-name";

/**
 * Tells the server the browser's time zone (a cookie, read by the posts page), so times and the
 * calendar render in the person's zone on the server without a flash of UTC. When the server
 * guessed differently, it re-renders once.
 */
export function TimeZoneCookie({ serverZone }: { serverZone: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === serverZone) return;
    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, set once
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [serverZone, router]);
  return null;
}
