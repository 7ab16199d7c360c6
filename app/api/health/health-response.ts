/** A health report as the HTTP answer probes expect: 200 only when all is well, never cached. */
export function healthResponse(report: { status: "ok" | "degraded" }): Response {
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
