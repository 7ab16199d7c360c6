/** What each network module provides to the shared server, authorize flow and control API. */
import type { ProviderId } from "@/lib/providers/provider-id";
import type { AuthorizeSpec } from "../oauth/authorize-flow";
import type { FaultRule } from "./faults";
import type { Reply, SentReply } from "./reply";
import type { HandlerContext, Route } from "./router";

export type CallIdentity = {
  /** Accounts the call acts for: token owner, Page, refresh-token owner. */
  accountIds: string[];
  isRefresh: boolean;
};

export type NetworkModule = {
  id: ProviderId;
  /** Real hosts served under /<host>/…, including the legacy ones clients still use. */
  hosts: readonly string[];
  routes: readonly Route[];
  authorize: AuthorizeSpec;
  identify(ctx: HandlerContext, route: Route): Promise<CallIdentity>;
  /** Runs before the handler (after faults): per-network rate limits. A reply short-circuits. */
  preflight?(ctx: HandlerContext, route: Route, identity: CallIdentity): Reply | undefined;
  /** The network's own error reply for a fired fault (hang and drops are handled by the server). */
  faultReply(rule: FaultRule, ctx: HandlerContext, route: Route): Reply;
  /** Adds per-network headers to every answer (rate-limit and app-usage headers). */
  decorate(ctx: HandlerContext, route: Route | undefined, reply: SentReply): void;
  notFound(ctx: HandlerContext): Reply;
};
