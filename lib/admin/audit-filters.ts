/**
 * The audit log's filters and cursor, parsed from its query string. Bad values are dropped (the
 * filter is ignored): these are links and form submissions, not an API.
 */
import { z } from "zod";
import { queryParam } from "@/lib/http/query-param";
import { recordIdSchema } from "./connection-filters";

export const AUDIT_PERIODS = {
  "1h": { label: "Last hour", ms: 3_600_000 },
  "24h": { label: "Last 24 hours", ms: 86_400_000 },
  "7d": { label: "Last 7 days", ms: 7 * 86_400_000 },
  "30d": { label: "Last 30 days", ms: 30 * 86_400_000 },
} as const;
export type AuditPeriod = keyof typeof AUDIT_PERIODS;

/** A calendar day (UTC), as a date input submits it. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)));

export const auditFiltersSchema = z.object({
  actor: queryParam(z.string().trim().min(1).max(200)),
  action: queryParam(
    z
      .string()
      .regex(/^[a-z_]+(\.[a-z_]+)+$/)
      .max(60),
  ),
  period: queryParam(z.enum(Object.keys(AUDIT_PERIODS) as [AuditPeriod, ...AuditPeriod[]])),
  from: queryParam(day),
  to: queryParam(day),
  cursor: queryParam(recordIdSchema),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const parseAuditFilters = (params: Record<string, unknown>): AuditFilters =>
  auditFiltersSchema.parse(params);

/** The [since, until) window the filters describe: a period, and/or whole UTC days. */
export function auditWindow(
  filters: Pick<AuditFilters, "period" | "from" | "to">,
  now: Date,
): { since?: Date; until?: Date } {
  const candidates: Date[] = [];
  if (filters.period) candidates.push(new Date(now.getTime() - AUDIT_PERIODS[filters.period].ms));
  if (filters.from) candidates.push(new Date(`${filters.from}T00:00:00Z`));
  const since =
    candidates.length > 0 ? new Date(Math.max(...candidates.map((d) => d.getTime()))) : undefined;
  const until = filters.to
    ? new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)
    : undefined;
  return { ...(since ? { since } : {}), ...(until ? { until } : {}) };
}
