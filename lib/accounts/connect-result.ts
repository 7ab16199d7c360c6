/**
 * The link-back to /accounts after linking: what the callback and the page picker put in its
 * query, and how the accounts page reads it. The query carries only opaque references (network
 * ids, account ids, error codes, scope names from the network's allow-list), never a handle or a
 * name: URLs end up in logs and history, and anyone can craft one. The page resolves account ids
 * for the signed-in user alone (findLinkedAccounts); whatever doesn't validate is dropped, so a
 * tampered link shows less, never an error.
 */
import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";
import { queryParam } from "@/lib/http/query-param";
import { PROVIDER_IDS, type ProviderId } from "@/lib/providers/provider-id";
import { knownScopes } from "@/lib/providers/scopes";
import type { ScopeDescription } from "@/lib/providers/types";
import { type ConnectError, type ConnectErrorCode, isConnectErrorCode } from "./connect-errors";

export type ConnectResult =
  | {
      kind: "linked" | "reconnected";
      provider: ProviderId;
      /** Ids of SocialAccount rows, unverified: resolve them for the signed-in user only. */
      accountIds: string[];
    }
  | {
      kind: "failed";
      code: ConnectErrorCode;
      provider?: ProviderId;
      /** Plain text from the network or the callback; never set for missing_scope. */
      detail?: string;
      /** missing_scope: the network's known scopes the grant lacked, described. */
      missingScopes: readonly ScopeDescription[];
    };

/** More accounts than one consent ever returns, with room to spare. */
const MAX_ACCOUNTS = 50;
const MAX_SCOPES = 20;
const MAX_DETAIL = 300;

// ---- writing ------------------------------------------------------------------------------------

/** Sets the success query on `target`: ?linked=<network>&account=<id>… (or reconnected=). */
export function withLinked(
  target: URL,
  linked: { provider: ProviderId; accountIds: readonly string[]; reconnected: boolean },
): URL {
  target.searchParams.set(linked.reconnected ? "reconnected" : "linked", linked.provider);
  for (const id of linked.accountIds.slice(0, MAX_ACCOUNTS)) {
    target.searchParams.append("account", id);
  }
  return target;
}

/** Sets the failure query on `target`: ?connect_error=<code>&network=<id>[&detail=…][&missing=…]. */
export function withConnectError(target: URL, provider: ProviderId, error: ConnectError): URL {
  target.searchParams.set("connect_error", error.code);
  target.searchParams.set("network", provider);
  if (error.detail) target.searchParams.set("detail", error.detail.slice(0, MAX_DETAIL));
  for (const scope of error.missingScopes.slice(0, MAX_SCOPES)) {
    target.searchParams.append("missing", scope);
  }
  return target;
}

// ---- reading ------------------------------------------------------------------------------------

const allOf = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Repeated values, at most `max`: each invalid one is dropped, and so are repeats. */
const many = (schema: z.ZodType<string>, max: number) =>
  z.preprocess(
    allOf,
    z.array(z.unknown()).transform((values) => [
      ...new Set(
        values.slice(0, max).flatMap((value) => {
          const parsed = schema.safeParse(value);
          return parsed.success ? [parsed.data] : [];
        }),
      ),
    ]),
  );

const network = z.enum(PROVIDER_IDS);

const querySchema = z.object({
  linked: queryParam(network),
  reconnected: queryParam(network),
  account: many(recordIdSchema, MAX_ACCOUNTS),
  connect_error: queryParam(
    z.custom<ConnectErrorCode>((value) => typeof value === "string" && isConnectErrorCode(value)),
  ),
  network: queryParam(network),
  detail: queryParam(
    z
      .string()
      .transform((text) => text.slice(0, MAX_DETAIL).trim())
      .pipe(z.string().min(1)),
  ),
  // Bounded before the allow-list is consulted; only the network's known scopes survive.
  missing: many(z.string().max(100), MAX_SCOPES),
});

/** The /accounts query (as Next passes searchParams) read as a linking result, or null. */
export function parseConnectResult(params: Record<string, unknown>): ConnectResult | null {
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) return null;
  const query = parsed.data;

  const linkedTo = query.linked ?? query.reconnected;
  if (linkedTo) {
    return {
      kind: query.linked ? "linked" : "reconnected",
      provider: linkedTo,
      accountIds: query.account,
    };
  }
  const code = query.connect_error;
  if (!code) return null;
  if (code === "missing_scope") {
    return {
      kind: "failed",
      code,
      provider: query.network,
      missingScopes: query.network ? knownScopes(query.network, query.missing) : [],
    };
  }
  return { kind: "failed", code, provider: query.network, detail: query.detail, missingScopes: [] };
}
