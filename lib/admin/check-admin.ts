/**
 * Who may use the admin route handlers and server actions. Pages use requireAdmin (redirect / 403
 * page); handlers and actions can't redirect usefully, so they get an outcome to map: 401 without a
 * session, 403 for a signed-in non-admin. The role is read from the session row on every request,
 * so a demotion takes effect at once.
 */
import { type CurrentUser, getCurrentUser } from "@/lib/auth/current-user";

export type AdminCheck =
  | { ok: true; user: CurrentUser }
  | { ok: false; status: 401 | 403; error: string };

export async function checkAdmin(): Promise<AdminCheck> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401, error: "Sign in first." };
  if (user.role !== "ADMIN") return { ok: false, status: 403, error: "Admins only." };
  return { ok: true, user };
}

/** The JSON refusal of an admin route handler. */
export function adminRefusal(check: Extract<AdminCheck, { ok: false }>): Response {
  return Response.json(
    { error: check.error },
    { status: check.status, headers: { "Cache-Control": "no-store" } },
  );
}
