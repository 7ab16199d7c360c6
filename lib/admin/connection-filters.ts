/**
 * The connections page's filters, parsed from its query string. A bad value is dropped (the
 * filter is ignored) instead of failing the page: these are bookmarkable links, not API input.
 */
import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";
import { PROVIDER_IDS } from "@/lib/providers/provider-id";

export const CONNECTION_STATUS_FILTERS = [
  "NEEDS_RECONNECT",
  "REVOKED",
  "EXPIRING",
  "ACTIVE",
  "ERRORS",
] as const;
export type ConnectionStatusFilter = (typeof CONNECTION_STATUS_FILTERS)[number];

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first = firstValue(value);
    return typeof first === "string" && first.trim() === "" ? undefined : first;
  }, schema.optional().catch(undefined));

// Defined with the database it describes; re-exported for the admin actions that import it here.
export { recordIdSchema };

export const connectionFiltersSchema = z.object({
  network: optional(z.enum(PROVIDER_IDS)),
  status: optional(z.enum(CONNECTION_STATUS_FILTERS)),
  owner: optional(recordIdSchema),
  q: optional(z.string().trim().min(1).max(100)),
});

export type ConnectionFilters = z.infer<typeof connectionFiltersSchema>;

export const parseConnectionFilters = (params: Record<string, unknown>): ConnectionFilters =>
  connectionFiltersSchema.parse(params);
