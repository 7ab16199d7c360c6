/** Writes an attempt's outcome to the target (and its PublishAttempt row) in one place. */
import { db, type Prisma } from "@/lib/db/client";
import type { LoadedTarget } from "./load-target";
import type { AttemptResult } from "./publish-target";

const UNCONFIRMED_MESSAGE =
  "Socialite sent this post but the network never confirmed it. Check the account before retrying, so it isn't posted twice.";

function targetUpdate(result: AttemptResult): Prisma.PostTargetUpdateManyMutationInput | null {
  switch (result.outcome) {
    case "published":
      return {
        status: "PUBLISHED",
        remoteId: result.remoteId,
        remoteUrl: result.url,
        publishedAt: new Date(),
        errorCode: null,
        errorMessage: null,
      };
    case "failed":
      return { status: "FAILED", errorCode: "failed", errorMessage: result.message.slice(0, 1000) };
    case "waiting":
      return {
        status: "QUEUED",
        errorCode: "needs_reconnect",
        errorMessage: result.reason.slice(0, 1000),
      };
    case "unconfirmed":
      return { status: "UNCONFIRMED", errorCode: "unconfirmed", errorMessage: UNCONFIRMED_MESSAGE };
    case "retry":
      return {
        status: "QUEUED",
        errorCode: result.error.kind,
        errorMessage: `Retrying: ${result.error.message}`.slice(0, 1000),
        nextAttemptAt: new Date(Date.now() + (result.delayMs ?? 0)),
        // The network answered, so the create request (if it was sent) did not take effect.
        createSentAt: null,
      };
    case "noop":
      return null;
  }
}

export async function settleTarget(
  target: LoadedTarget,
  result: AttemptResult,
  attemptId?: string,
): Promise<AttemptResult> {
  const update = targetUpdate(result);
  if (update) {
    await db.postTarget.updateMany({
      where: { id: target.id, status: { in: ["QUEUED", "PUBLISHING"] } },
      data: update,
    });
  }
  if (result.outcome === "published" && target.socialAccount) {
    await db.socialAccount.update({
      where: { id: target.socialAccount.id },
      data: { lastPublishAt: new Date() },
    });
  }
  if (attemptId) {
    const error = result.outcome === "retry" ? result.error : undefined;
    await db.publishAttempt.update({
      where: { id: attemptId },
      data: {
        endedAt: new Date(),
        outcome: result.outcome,
        providerStatus: error?.httpStatus ?? null,
        errorCode: error?.kind ?? (update?.errorCode as string | null | undefined) ?? null,
        errorMessage: (update?.errorMessage as string | null | undefined) ?? null,
      },
    });
  }
  return result;
}
