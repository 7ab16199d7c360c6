/** Identifier and secret generators shaped like each network's own (numeric ids, prefixed tokens). */
import { randomBytes } from "node:crypto";

/** 256 bits of CSPRNG output, base64url: unguessable codes and tokens. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString("base64url");

export const randomHex = (bytes = 8): string => randomBytes(bytes).toString("hex");

let sequence = 0;

/**
 * A numeric id of `digits` digits (max 19, so it fits X's ^[0-9]{1,19}$ patterns), time-ordered
 * like a snowflake and unique within the process.
 */
export function numericId(digits = 19): string {
  sequence = (sequence + 1) % 100_000;
  const time = Date.now().toString();
  const tail = sequence.toString().padStart(5, "0");
  const head = `1${time}${tail}`;
  if (head.length >= digits) return head.slice(head.length - digits).replace(/^0/, "1");
  return head + randomNumeric(digits - head.length);
}

function randomNumeric(length: number): string {
  let out = "";
  for (const byte of randomBytes(length)) out += (byte % 10).toString();
  return out;
}

/** Graph-style trace ids (fbtrace_id, TikTok log_id). */
export const traceId = (): string => randomBytes(9).toString("base64url");
