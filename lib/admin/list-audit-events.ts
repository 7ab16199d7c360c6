/**
 * The audit log, newest first, 50 per page with a keyset cursor (the last row's id: Prisma seeks
 * to it and skips it), filtered by actor email (substring, case-insensitive), action and time.
 */
import { db, type Prisma } from "@/lib/db/client";
import { type AuditFilters, auditWindow } from "./audit-filters";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(filters: AuditFilters, now = new Date()) {
  const { since, until } = auditWindow(filters, now);
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.actor
      ? { actor: { email: { contains: filters.actor.toLowerCase(), mode: "insensitive" } } }
      : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(since || until
      ? { createdAt: { ...(since ? { gte: since } : {}), ...(until ? { lt: until } : {}) } }
      : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    ...(filters.cursor ? { cursor: { id: filters.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      metadata: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  const events = rows.slice(0, AUDIT_PAGE_SIZE);
  const nextCursor = rows.length > AUDIT_PAGE_SIZE ? (events.at(-1)?.id ?? null) : null;
  return { events, nextCursor };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];
