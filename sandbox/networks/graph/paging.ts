/**
 * Cursor paging as Graph edges answer it: `limit` (default 25, at most 100), `after` / `before`
 * cursors (opaque base64url of an item id), `since` / `until` (Unix seconds or a date string)
 * filtering by time, and `paging{cursors{before,after},next?,previous?}` with sandbox URLs.
 */
import type { SentReply } from "../../core/reply";
import type { SandboxRequest } from "../../core/request";
import { paramError } from "./errors";
import { type GraphParams, str } from "./params";

/** Generic paging parameters Graph accepts on every edge (not edge-specific, so not in meta-graph). */
export const GRAPH_PAGING_PARAMS = ["limit", "after", "before", "since", "until"] as const;

const cursor = (id: string): string => Buffer.from(id).toString("base64url");
const uncursor = (value: string): string => Buffer.from(value, "base64url").toString();

function timeParam(params: GraphParams, name: string): number | undefined | SentReply {
  const raw = str(params, name);
  if (raw === undefined) return undefined;
  const when = /^\d+$/.test(raw) ? Number(raw) * 1000 : Date.parse(raw);
  return Number.isNaN(when) ? paramError(`The ${name} parameter is not a valid time.`) : when;
}

const isReply = (value: unknown): value is SentReply =>
  typeof value === "object" && value !== null && (value as SentReply).type === "send";

/**
 * One page of `items` (newest first). `timeOf` feeds since/until; `nodeOf` renders an item or
 * answers the field error. Returns the Graph `{data, paging}` body or an error reply.
 */
export function graphPage<T>(
  req: SandboxRequest,
  params: GraphParams,
  items: T[],
  idOf: (item: T) => string,
  timeOf: (item: T) => number,
  nodeOf: (item: T) => Record<string, unknown> | SentReply,
): { data: Record<string, unknown>[]; paging?: Record<string, unknown> } | SentReply {
  const rawLimit = str(params, "limit");
  const limit = rawLimit === undefined ? 25 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1)
    return paramError("The limit parameter must be a positive integer.");
  const since = timeParam(params, "since");
  const until = timeParam(params, "until");
  if (isReply(since)) return since;
  if (isReply(until)) return until;
  const inRange = items.filter((item) => {
    const time = timeOf(item);
    return (since === undefined || time >= since) && (until === undefined || time <= until);
  });
  const after = str(params, "after");
  const before = str(params, "before");
  let start = 0;
  let end = inRange.length;
  if (after !== undefined) start = inRange.findIndex((item) => idOf(item) === uncursor(after)) + 1;
  if (before !== undefined)
    end = Math.max(
      0,
      inRange.findIndex((item) => idOf(item) === uncursor(before)),
    );
  const take = Math.min(limit, 100);
  const slice =
    before !== undefined && after === undefined
      ? inRange.slice(Math.max(0, end - take), end)
      : inRange.slice(start, Math.min(end, start + take));
  const data: Record<string, unknown>[] = [];
  for (const item of slice) {
    const node = nodeOf(item);
    if (isReply(node)) return node;
    data.push(node);
  }
  const first = slice[0];
  const last = slice.at(-1);
  if (!first || !last) return { data };
  const link = (cursorName: "after" | "before", value: string): string => {
    const query = new URLSearchParams(req.query);
    query.delete("after");
    query.delete("before");
    query.set(cursorName, value);
    return `${req.origin}/${req.host}${req.path}?${query}`;
  };
  const firstIndex = inRange.indexOf(first);
  const lastIndex = inRange.indexOf(last);
  return {
    data,
    paging: {
      cursors: { before: cursor(idOf(first)), after: cursor(idOf(last)) },
      ...(firstIndex > 0 ? { previous: link("before", cursor(idOf(first))) } : {}),
      ...(lastIndex < inRange.length - 1 ? { next: link("after", cursor(idOf(last))) } : {}),
    },
  };
}

export { isReply as isGraphReply };
