/** Client authentication readers: HTTP Basic (X confidential clients) and body/query secrets (Meta, TikTok). */
import { timingSafeEqual } from "node:crypto";
import { header, type SandboxRequest } from "../core/request";

export type BasicCredentials = { clientId: string; clientSecret: string };

/** RFC 6749 §2.3.1: both parts are form-urlencoded before base64. */
export function basicCredentials(req: SandboxRequest): BasicCredentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header(req, "authorization") ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon)),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1)),
    };
  } catch {
    return undefined;
  }
}

export function secretsEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
