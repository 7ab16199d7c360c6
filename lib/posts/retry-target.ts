/**
 * Retry of a failed or unconfirmed target, by its owner. A published target is never retried,
 * and the next attempt of an unconfirmed one asks the network first (createSentAt is kept), so a
 * retry cannot post twice.
 */
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";
import { requeueTargets } from "@/lib/publishing/reconcile-pipeline";

export type RetryResult =
  | { ok: true; queued: boolean }
  | { ok: false; reason: "not_found" | "not_retryable" };

export async function retryTarget(
  actorId: string,
  targetId: string,
  options: { asAdmin?: boolean } = {},
): Promise<RetryResult> {
  const target = await db.postTarget.findFirst({
    where: { id: targetId, ...(options.asAdmin ? {} : { post: { userId: actorId } }) },
    select: { id: true, provider: true, status: true, post: { select: { scheduledAt: true } } },
  });
  if (!target) return { ok: false, reason: "not_found" };
  const { count } = await db.postTarget.updateMany({
    where: { id: target.id, status: { in: ["FAILED", "UNCONFIRMED"] } },
    data: { status: "QUEUED", errorCode: null, errorMessage: null, nextAttemptAt: null },
  });
  if (count !== 1) return { ok: false, reason: "not_retryable" };
  await recordAudit({
    actorId,
    action: "target.retry",
    targetType: "PostTarget",
    targetId: target.id,
  });
  try {
    await requeueTargets([
      { targetId: target.id, provider: target.provider as ProviderId, runAt: null },
    ]);
    return { ok: true, queued: true };
  } catch {
    // Saved as QUEUED: the reconciler enqueues it when Redis is back.
    return { ok: true, queued: false };
  }
}
