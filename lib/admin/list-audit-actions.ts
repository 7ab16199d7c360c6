/** The actions the audit log's filter offers: every known one, plus any other already recorded. */
import { db } from "@/lib/db/client";

export const KNOWN_AUDIT_ACTIONS = [
  "account.link",
  "account.reconnect",
  "account.unlink",
  "admin.refresh",
  "key.rotate",
  "post.cancel",
  "post.publish",
  "post.schedule",
  "target.discard",
  "target.retry",
  "user.role_change",
] as const;

export async function listAuditActions(): Promise<string[]> {
  const recorded = await db.auditEvent.groupBy({ by: ["action"] });
  return [...new Set([...KNOWN_AUDIT_ACTIONS, ...recorded.map((row) => row.action)])].sort();
}
