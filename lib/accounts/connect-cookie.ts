/** The cookie that binds a link attempt to the browser that started it. */
import { getEnv } from "@/lib/env";
import type { ProviderId } from "@/lib/providers/provider-id";
import { callbackPath } from "@/lib/providers/sandbox-apps";

export const connectCookieName = (provider: ProviderId) => `socialite_connect_${provider}`;

export function connectCookieOptions(provider: ProviderId, maxAgeSeconds: number) {
  return {
    httpOnly: true,
    // Lax: the network sends the browser back with a top-level GET, which Lax cookies accompany.
    sameSite: "lax" as const,
    secure: getEnv().APP_URL.startsWith("https://"),
    path: callbackPath(provider),
    maxAge: maxAgeSeconds,
  };
}
