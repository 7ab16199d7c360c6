/** Cancels the targets of a post that have not gone out yet; published ones stay as they are. */
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { publishJobId } from "@/lib/jobs/publish-job";
import { getQueue } from "@/lib/jobs/queue-client";
import { publishQueueName } from "@/lib/jobs/queues";
import type { ProviderId } from "@/lib/providers/provider-id";

export type CancelResult = { ok: true; cancelled: number } | { ok: false; reason: "not_found" };

export async function cancelPost(userId: string, postId: string): Promise<CancelResult> {
  const post = await db.post.findFirst({
    where: { id: postId, userId },
    select: {
      id: true,
      targets: { where: { status: "QUEUED" }, select: { id: true, provider: true } },
    },
  });
  if (!post) return { ok: false, reason: "not_found" };
  // Only QUEUED flips: a target a worker already claimed (PUBLISHING) is past cancelling.
  const { count } = await db.postTarget.updateMany({
    where: { postId: post.id, status: "QUEUED" },
    data: { status: "CANCELLED", errorCode: null, errorMessage: null },
  });
  for (const target of post.targets) {
    // Best effort: a job that still runs finds the target CANCELLED and does nothing.
    const job = await getQueue(publishQueueName(target.provider as ProviderId))
      .getJob(publishJobId(target.id))
      .catch(() => undefined);
    await job?.remove().catch(() => {});
  }
  await recordAudit({
    actorId: userId,
    action: "post.cancel",
    targetType: "Post",
    targetId: post.id,
    metadata: { cancelled: count },
  });
  return { ok: true, cancelled: count };
}
