/**
 * A deliberately tiny router (no web framework is installed, and the sandbox needs only method +
 * path matching with a few named segments). Each route carries an endpoint name and a kind so the
 * control API can target faults at "x/tweets" or at every "publish" endpoint of a network.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import type { Reply } from "./reply";
import type { SandboxRequest } from "./request";
import type { SandboxState } from "./state";

export const ROUTE_KINDS = [
  "authorize",
  "token",
  "revoke",
  "profile",
  "publish",
  "media",
  "status",
  "list",
  "other",
] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export type HandlerContext = {
  req: SandboxRequest;
  state: SandboxState;
  /** Per-request scratch space (e.g. the rate-limit window the response headers report). */
  locals: Map<string, unknown>;
};

export type Route = {
  network: ProviderId;
  /** Stable endpoint name used by faults and counters, e.g. "tweets". */
  name: string;
  kind: RouteKind;
  methods: readonly string[];
  hosts: readonly string[];
  pattern: RegExp;
  handler: (ctx: HandlerContext) => Promise<Reply> | Reply;
};

const VERSION = String.raw`v\d+\.\d+`;

/**
 * Compiles "/:v/:pageId/feed" into a RegExp. `:v` is a Graph version (v24.0, any vN.N), `:v?`
 * an optional one (Instagram Login accepts unversioned paths); a trailing slash is optional
 * because TikTok's real paths end in "/" and clients differ on it.
 */
export function compilePath(path: string): RegExp {
  const parts = path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      if (segment === ":v") return `/(?<v>${VERSION})`;
      if (segment === ":v?") return `(?:/(?<v>${VERSION}))?`;
      if (segment.startsWith(":")) return `/(?<${segment.slice(1)}>[^/]+)`;
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    });
  return new RegExp(`^${parts.join("")}/?$`);
}

export type RouteMatch = { route: Route; params: Record<string, string> };

export function matchRoute(
  routes: readonly Route[],
  method: string,
  host: string,
  path: string,
): RouteMatch | { methodNotAllowed: true } | undefined {
  let pathMatched = false;
  for (const route of routes) {
    if (!route.hosts.includes(host)) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (!route.methods.includes(method)) continue;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(match.groups ?? {})) {
      if (value !== undefined) params[key] = decodeURIComponent(value);
    }
    return { route, params };
  }
  return pathMatched ? { methodNotAllowed: true } : undefined;
}

/** Shorthand used by the network modules to declare their routes. */
export const route = (
  network: ProviderId,
  spec: {
    name: string;
    kind: RouteKind;
    methods: readonly string[];
    hosts: readonly string[];
    path: string;
    handler: Route["handler"];
  },
): Route => ({
  network,
  name: spec.name,
  kind: spec.kind,
  methods: spec.methods,
  hosts: spec.hosts,
  pattern: compilePath(spec.path),
  handler: spec.handler,
});
