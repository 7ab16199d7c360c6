/**
 * What a sandbox handler returns. Besides ordinary responses, a fault can ask the server to hang
 * (never answer) or to drop the connection, which node:http alone cannot express as a value.
 */
export type SentReply = {
  type: "send";
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
};

export type Reply = SentReply | { type: "hang"; ms?: number } | { type: "drop" };

export const send = (
  status: number,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): SentReply => ({ type: "send", status, headers, body });

export const json = (
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): SentReply =>
  send(status, JSON.stringify(value), {
    "content-type": "application/json; charset=utf-8",
    ...headers,
  });

export const html = (
  status: number,
  markup: string,
  headers: Record<string, string> = {},
): SentReply =>
  send(status, markup, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });

export const redirect = (location: string, status: 302 | 303 = 302): SentReply =>
  send(status, "", { location, "cache-control": "no-store" });

export const empty = (status = 204, headers: Record<string, string> = {}): SentReply =>
  send(status, "", headers);

/**
 * Thrown from deep inside a handler (e.g. a failed bearer check) to answer at once; the server
 * catches it and sends the reply, which keeps handlers linear.
 */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super("sandbox reply");
  }
}

export const fail = (reply: Reply): never => {
  throw new ReplyError(reply);
};
