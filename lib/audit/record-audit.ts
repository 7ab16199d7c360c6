/** Appends an AuditEvent. Callers pass ids and facts only, never a secret. */
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  metadata?: Prisma.InputJsonObject;
};

export async function recordAudit(input: AuditInput, client: Pick<typeof db, "auditEvent"> = db) {
  await client.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId ?? null,
      metadata: input.metadata ?? {},
    },
  });
}
