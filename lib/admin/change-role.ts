/**
 * Promotes or demotes a user, never leaving the workspace without an admin. The check and the
 * write share one transaction that first locks every admin row (SELECT … FOR UPDATE): two admins
 * demoting each other at the same moment are serialised, and the second one, re-evaluated after
 * the first commits, sees a single admin left and is refused. A plain "count, then update" would
 * let both succeed under READ COMMITTED. The AuditEvent commits with the change.
 */
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";

export type Role = "USER" | "ADMIN";

export type ChangeRoleResult =
  | { ok: true; changed: boolean; user: { id: string; email: string; role: Role } }
  | { ok: false; reason: "not_found" | "last_admin" };

export async function changeRole(
  actorId: string,
  userId: string,
  role: Role,
): Promise<ChangeRoleResult> {
  return db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "User" WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, role: true },
    });
    if (!user) return { ok: false, reason: "not_found" } as const;
    if (user.role === role) return { ok: true, changed: false, user } as const;
    if (role === "USER" && !admins.some((admin) => admin.id !== user.id)) {
      return { ok: false, reason: "last_admin" } as const;
    }
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await recordAudit(
      {
        actorId,
        action: "user.role_change",
        targetType: "User",
        targetId: user.id,
        metadata: { email: user.email, from: user.role, to: role },
      },
      tx,
    );
    return { ok: true, changed: true, user: { ...user, role } } as const;
  });
}
