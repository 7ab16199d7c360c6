/**
 * Fault injection: rules armed through the control API for the next N matching calls. A rule
 * targets a network and optionally one endpoint (by name, or by kind such as "publish") and one
 * account. The network modules turn a fired rule into their own native error shape.
 */
import { z } from "zod";
import { PROVIDER_IDS, type ProviderId } from "@/lib/providers/provider-id";
import { randomToken } from "./ids";
import type { Route } from "./router";

export const FAULT_KINDS = [
  "rate_limit",
  "server_error",
  "hang",
  "drop",
  "drop_after_create",
  "hang_after_create",
  "invalid_grant",
  "revoked_token",
  "expired_token",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Kinds that let the call create its post first and only then lose the answer. */
export const AFTER_CREATE_KINDS: readonly FaultKind[] = ["drop_after_create", "hang_after_create"];

/** "before": fires as the call arrives; "after_create": fires once the call has created a post. */
export type FaultPhase = "before" | "after_create";

export const faultInputSchema = z
  .object({
    network: z.enum(PROVIDER_IDS),
    kind: z.enum(FAULT_KINDS),
    /** An endpoint name ("tweets") or a route kind ("publish", "token", …). Omitted = any. */
    endpoint: z.string().min(1).optional(),
    /** An account id or username. Omitted = any caller. */
    account: z.string().min(1).optional(),
    count: z.number().int().min(1).default(1),
    /** server_error: 500, 502, 503 or 504. */
    status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(500),
    /** rate_limit: seconds until the announced reset. */
    resetInSeconds: z.number().int().min(0).default(900),
    /** hang, hang_after_create: answer never (omitted) or destroy the socket after this many ms. */
    hangMs: z.number().int().min(0).optional(),
  })
  .strict();

export type FaultInput = z.infer<typeof faultInputSchema>;
export type FaultRule = FaultInput & { id: string; remaining: number; accountIds: string[] };

export type FaultTarget = {
  route: Route;
  accountIds: string[];
  /** A refresh-style grant (refresh_token, fb_exchange_token, ig_refresh_token). */
  isRefresh: boolean;
};

export class FaultStore {
  private rules: FaultRule[] = [];

  add(input: FaultInput, accountIds: string[]): FaultRule {
    const rule: FaultRule = { ...input, id: randomToken(8), remaining: input.count, accountIds };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return [...this.rules];
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * Finds the first armed rule for this call and phase and uses up one of its N shots. After-create
   * rules are only offered once the handler created a post, so a call that creates nothing (a
   * refused request, an upload phase, a container) leaves them armed.
   */
  take(
    network: ProviderId,
    target: FaultTarget,
    phase: FaultPhase = "before",
  ): FaultRule | undefined {
    const rule = this.rules.find(
      (candidate) =>
        AFTER_CREATE_KINDS.includes(candidate.kind) === (phase === "after_create") &&
        matches(candidate, network, target),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.remove(rule.id);
    return rule;
  }
}

function matches(rule: FaultRule, network: ProviderId, target: FaultTarget): boolean {
  if (rule.network !== network) return false;
  if (rule.endpoint && rule.endpoint !== target.route.name && rule.endpoint !== target.route.kind)
    return false;
  if (rule.accountIds.length > 0 && !rule.accountIds.some((id) => target.accountIds.includes(id)))
    return false;
  switch (rule.kind) {
    case "invalid_grant":
      return target.route.kind === "token" && target.isRefresh;
    case "revoked_token":
    case "expired_token":
      return (
        target.route.kind !== "authorize" && (target.route.kind !== "token" || target.isRefresh)
      );
    default:
      return true;
  }
}
