// @ts-check
// Security headers for every response (ASVS 3.4.x). Plain JS because next.config.js imports it.
// Next injects inline bootstrap scripts, so script-src needs 'unsafe-inline' until nonces are
// wired through proxy.ts; everything is still same-origin only and nothing third-party loads.

/**
 * @param {boolean} development React's development build needs eval for its debugging tools.
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders(development = false) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}
