// GET /api/health — the whole system's health for monitoring: 200 when the database, Redis (with
// maxmemory-policy noeviction) and a worker all answer, else 503 naming the failing parts. A load
// balancer in front of the web process probes /api/health/web instead (the worker isn't its
// concern). Public and secret-free; every probe is bounded (lib/admin/health.ts).
import { getHealth } from "@/lib/admin/health";
import { healthResponse } from "./health-response";

export const dynamic = "force-dynamic";

export async function GET() {
  return healthResponse(await getHealth());
}
