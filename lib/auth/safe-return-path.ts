/**
 * Return paths after sign-in or linking come from the client, so only same-site paths pass:
 * "/posts?x=1" is kept; "//evil.example", "https://evil.example", "/\\evil.example" and anything
 * odd fall back to the default (open-redirect defence).
 */
const ALLOWED_PREFIXES = ["/compose", "/posts", "/accounts", "/admin"];

export function safeReturnPath(value: unknown, fallback = "/compose"): string {
  if (typeof value !== "string" || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Reject control characters and anything that parses to another origin.
  if ([...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) {
    return fallback;
  }
  const parsed = new URL(value, "http://socialite.invalid");
  if (parsed.origin !== "http://socialite.invalid") return fallback;
  const path = parsed.pathname;
  if (!ALLOWED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)))
    return fallback;
  return `${path}${parsed.search}`;
}
