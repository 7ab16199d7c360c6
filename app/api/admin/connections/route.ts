// GET /api/admin/connections?network=&status=&owner=&q= — the connections list as JSON, in the
// page's order, with counts per status. Admins only: 401 without a session, 403 for anyone else.
// Like the page, it reads explicit columns only: never a token.
import { adminRefusal, checkAdmin } from "@/lib/admin/check-admin";
import { parseConnectionFilters } from "@/lib/admin/connection-filters";
import { listConnections } from "@/lib/admin/list-connections";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const check = await checkAdmin();
  if (!check.ok) return adminRefusal(check);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const result = await listConnections(parseConnectionFilters(params));
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
