/** Everything a publish attempt needs about one target, read in one query (no tokens). */
import { db } from "@/lib/db/client";

export async function loadTarget(targetId: string) {
  return db.postTarget.findUnique({
    where: { id: targetId },
    select: {
      id: true,
      status: true,
      provider: true,
      accountHandle: true,
      textOverride: true,
      settings: true,
      stepState: true,
      attempts: true,
      remoteId: true,
      createSentAt: true,
      post: {
        select: {
          id: true,
          userId: true,
          text: true,
          scheduledAt: true,
          media: {
            orderBy: { position: "asc" },
            select: {
              media: {
                select: {
                  id: true,
                  kind: true,
                  mime: true,
                  bytes: true,
                  width: true,
                  height: true,
                  durationMs: true,
                  animated: true,
                  storageKey: true,
                },
              },
            },
          },
        },
      },
      socialAccount: {
        select: {
          id: true,
          userId: true,
          status: true,
          externalId: true,
          handle: true,
          metadata: true,
        },
      },
    },
  });
}

export type LoadedTarget = NonNullable<Awaited<ReturnType<typeof loadTarget>>>;
