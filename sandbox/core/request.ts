/**
 * The request as a handler sees it: the emulated host and real path split out of the sandbox URL,
 * and body readers for the content types the networks accept (form, JSON, multipart). Parameters
 * may arrive in the query or the body, as on the real Graph API, so `params()` merges both.
 */
import type { IncomingHttpHeaders } from "node:http";

export type SandboxRequest = {
  method: string;
  /** The emulated network host, e.g. "api.x.com". */
  host: string;
  /** The real path on that host, e.g. "/2/tweets". */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** Route parameters captured from the path pattern. */
  routeParams: Record<string, string>;
  /** The sandbox's own public origin, e.g. http://127.0.0.1:4100. */
  origin: string;
};

export const header = (req: SandboxRequest, name: string): string | undefined => {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

export const contentType = (req: SandboxRequest): string =>
  (header(req, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();

export const formBody = (req: SandboxRequest): URLSearchParams =>
  contentType(req) === "application/x-www-form-urlencoded"
    ? new URLSearchParams(req.rawBody.toString("utf8"))
    : new URLSearchParams();

/** JSON body or undefined when the body is not JSON (the caller answers with its own error). */
export function jsonBody(req: SandboxRequest): unknown {
  if (!contentType(req).includes("json")) return undefined;
  try {
    return JSON.parse(req.rawBody.toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Multipart parsing delegated to undici's spec-compliant FormData parser (no hand-rolled MIME). */
export async function multipartBody(req: SandboxRequest): Promise<FormData | undefined> {
  if (contentType(req) !== "multipart/form-data") return undefined;
  const request = new Request("http://sandbox.local/", {
    method: "POST",
    headers: { "content-type": header(req, "content-type") ?? "" },
    body: new Uint8Array(req.rawBody),
  });
  try {
    return await request.formData();
  } catch {
    return undefined;
  }
}

export type ParamValue = string | File;

/** Query + form/multipart/JSON body parameters, the body winning, as Graph and TikTok forms do. */
export async function allParams(req: SandboxRequest): Promise<Map<string, ParamValue>> {
  const out = new Map<string, ParamValue>();
  for (const [key, value] of req.query) out.set(key, value);
  for (const [key, value] of formBody(req)) out.set(key, value);
  const multipart = await multipartBody(req);
  if (multipart) for (const [key, value] of multipart) out.set(key, value);
  const body = jsonBody(req);
  if (body && typeof body === "object" && !Array.isArray(body)) {
    for (const [key, value] of Object.entries(body)) {
      out.set(key, typeof value === "string" ? value : JSON.stringify(value));
    }
  }
  return out;
}

/** Only the string-valued parameters, as a plain object for zod. */
export const stringParams = (params: Map<string, ParamValue>): Record<string, string> =>
  Object.fromEntries(
    [...params].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );

export const bearerToken = (req: SandboxRequest): string | undefined => {
  const match = /^Bearer\s+(.+)$/i.exec(header(req, "authorization") ?? "");
  return match?.[1]?.trim();
};
