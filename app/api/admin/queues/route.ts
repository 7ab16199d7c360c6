// GET /api/admin/queues — the pipeline as JSON (queue counts, workers, failed and unconfirmed
// targets), for tooling and monitors. Admins only: 401 without a session, 403 for anyone else.
import { adminRefusal, checkAdmin } from "@/lib/admin/check-admin";
import { listProblemTargets } from "@/lib/admin/list-problem-targets";
import { getQueueHealth } from "@/lib/admin/queue-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const check = await checkAdmin();
  if (!check.ok) return adminRefusal(check);
  const [health, problems] = await Promise.all([getQueueHealth(), listProblemTargets()]);
  return Response.json(
    { ...health, problemTargets: problems.targets, problemTargetsTotal: problems.total },
    { headers: { "Cache-Control": "no-store" } },
  );
}
