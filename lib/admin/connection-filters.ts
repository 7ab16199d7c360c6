/**
 * The connections page's filters, parsed from its query string. A bad value is dropped (the
 * filter is ignored) instead of failing the page: these are bookmarkable links, not API input.
 */
import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";
import { queryParam } from "@/lib/http/query-param";
import { PROVIDER_IDS } from "@/lib/providers/provider-id";

export const CONNECTION_STATUS_FILTERS = [
  "NEEDS_RECONNECT",
  "REVOKED",
  "EXPIRING",
  "ACTIVE",
  "ERRORS",
] as const;
export type ConnectionStatusFilter = (typeof CONNECTION_STATUS_FILTERS)[number];

// Defined with the database it describes; re-exported for the admin actions that import it here.
export { recordIdSchema };

export const connectionFiltersSchema = z.object({
  network: queryParam(z.enum(PROVIDER_IDS)),
  status: queryParam(z.enum(CONNECTION_STATUS_FILTERS)),
  owner: queryParam(recordIdSchema),
  q: queryParam(z.string().trim().min(1).max(100)),
});

export type ConnectionFilters = z.infer<typeof connectionFiltersSchema>;

export const parseConnectionFilters = (params: Record<string, unknown>): ConnectionFilters =>
  connectionFiltersSchema.parse(params);
