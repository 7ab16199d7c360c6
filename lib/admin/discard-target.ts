/**
 * An admin gives up on a FAILED or UNCONFIRMED target: it becomes CANCELLED, so neither a retry
 * nor the reconciler picks it up again. Its error stays on the row (what went wrong is history),
 * and the change and the "target.discard" AuditEvent commit together. The conditional update makes
 * a double click, or a discard racing a retry, change the row at most once.
 */
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";

export type DiscardResult =
  | { ok: true; handle: string; provider: string }
  | { ok: false; reason: "not_found" | "not_discardable" };

export async function discardTarget(actorId: string, targetId: string): Promise<DiscardResult> {
  return db.$transaction(async (tx) => {
    const target = await tx.postTarget.findUnique({
      where: { id: targetId },
      select: { id: true, status: true, provider: true, accountHandle: true, errorCode: true },
    });
    if (!target) return { ok: false, reason: "not_found" } as const;
    const { count } = await tx.postTarget.updateMany({
      where: { id: target.id, status: { in: ["FAILED", "UNCONFIRMED"] } },
      data: { status: "CANCELLED", nextAttemptAt: null },
    });
    if (count !== 1) return { ok: false, reason: "not_discardable" } as const;
    await recordAudit(
      {
        actorId,
        action: "target.discard",
        targetType: "PostTarget",
        targetId: target.id,
        metadata: {
          provider: target.provider,
          handle: target.accountHandle,
          previousStatus: target.status,
          ...(target.errorCode ? { errorCode: target.errorCode } : {}),
        },
      },
      tx,
    );
    return { ok: true, handle: target.accountHandle, provider: target.provider } as const;
  });
}
