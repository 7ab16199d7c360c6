/**
 * Downloads media from a URL the way Instagram and TikTok pull it: over HTTP, with a timeout, a
 * size cap and no redirects (TikTok forbids them), reporting the served Content-Type alongside the
 * bytes so callers can check both.
 */
export type FetchedMedia =
  | { ok: true; bytes: Uint8Array; contentType: string }
  | {
      ok: false;
      reason: "invalid_url" | "unreachable" | "http_error" | "too_large" | "redirect";
      status?: number;
    };

export async function fetchMedia(
  url: string,
  options: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<FetchedMedia> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: "invalid_url" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return { ok: false, reason: "invalid_url" };
  try {
    const response = await fetch(parsed, {
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    if (response.status >= 300 && response.status < 400)
      return { ok: false, reason: "redirect", status: response.status };
    if (!response.ok) return { ok: false, reason: "http_error", status: response.status };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > (options.maxBytes ?? 512 * 1024 * 1024))
      return { ok: false, reason: "too_large" };
    const contentType = (response.headers.get("content-type") ?? "")
      .split(";")[0]!
      .trim()
      .toLowerCase();
    return { ok: true, bytes, contentType };
  } catch {
    return { ok: false, reason: "unreachable" };
  }
}
