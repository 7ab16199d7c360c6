// GET /api/health/web — readiness of this web process for a load balancer: 200 when the database
// answers, else 503. Redis is reported but doesn't fail it, and the worker isn't asked: without
// them posts still wait in QUEUED (lib/admin/health.ts says why). Public and secret-free.
import { getWebHealth } from "@/lib/admin/health";
import { healthResponse } from "../health-response";

export const dynamic = "force-dynamic";

export async function GET() {
  return healthResponse(await getWebHealth());
}
