/**
 * Graph request reading: parameters from the query or the body (form, multipart or JSON), the
 * access token from `access_token` or an Authorization header, and `fields` filtering.
 */
import { allParams, header, type ParamValue, type SandboxRequest } from "../../core/request";

export type GraphParams = Map<string, ParamValue>;

export const readGraphParams = (req: SandboxRequest): Promise<GraphParams> => allParams(req);

export const str = (params: GraphParams, name: string): string | undefined => {
  const value = params.get(name);
  return typeof value === "string" ? value : undefined;
};

export function graphAccessToken(req: SandboxRequest, params: GraphParams): string | undefined {
  const fromParam = str(params, "access_token");
  if (fromParam) return fromParam;
  const match = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(header(req, "authorization") ?? "");
  return match?.[1]?.trim();
}

/** Graph booleans arrive as "true"/"false"/"1"/"0" strings. */
export const bool = (params: GraphParams, name: string, fallback: boolean): boolean => {
  const value = str(params, name);
  if (value === undefined) return fallback;
  return value === "true" || value === "1";
};

export function requestedFields(params: GraphParams, defaults: string[]): string[] {
  const value = str(params, "fields");
  return value
    ? value
        .split(",")
        .map((field) => field.trim())
        .filter(Boolean)
    : defaults;
}

/** Keeps the requested fields (id always), or returns the first unknown field name. */
export function pickFields(
  node: Record<string, unknown>,
  fields: string[],
): Record<string, unknown> | { unknown: string } {
  const unknown = fields.find((field) => !(field in node));
  if (unknown) return { unknown };
  return Object.fromEntries(
    ["id", ...fields.filter((f) => f !== "id")]
      .filter((f) => node[f] !== undefined)
      .map((f) => [f, node[f]]),
  );
}

/** "a,b" or '["a","b"]' → ["a","b"] (Graph accepts both for list parameters). */
export function listParam(value: string | undefined): string[] {
  if (!value) return [];
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed)
        ? parsed.map((item) =>
            typeof item === "object" && item !== null ? JSON.stringify(item) : String(item),
          )
        : [];
    } catch {
      return [];
    }
  }
  return trimmed
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}
