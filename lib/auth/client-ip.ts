/**
 * The client's IP for throttling. Socialite expects to run behind one reverse proxy (or none in
 * development), which appends the real address to X-Forwarded-For; the last entry is the one that
 * proxy saw, so a client cannot choose its own bucket by sending the header itself.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
