/**
 * One HTTP byte range (RFC 9110 §14): browsers need 206 answers to play video (Safari refuses
 * without them) and networks' fetchers may resume a large download. Multiple ranges are answered
 * with the whole file, which the RFC allows.
 */
import type { ByteRange } from "./storage";

/** null: serve the whole file; "unsatisfiable": answer 416; else the inclusive range. */
export function parseByteRange(
  header: string | null,
  size: number,
): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return null;
  if (first === "") {
    // Suffix form "bytes=-N": the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end };
}
