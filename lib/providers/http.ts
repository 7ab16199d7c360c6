/**
 * The one way adapters call a network: URL mapping (sandbox/live), a timeout that also covers
 * reading the body, zod parsing of every success body, error classification by the network's
 * own classifier, and redaction of every credential the request carried. Hand-written rather than
 * oauth4webapi's token helpers because three of the four networks are not standard at the token
 * endpoint, and one code path keeps timeout/redaction/classification identical for all four.
 */
import type { z } from "zod";
import type { ProviderRuntime } from "./config";
import { ProviderError, type ProviderErrorInit } from "./provider-error";
import type { ProviderId } from "./provider-id";

/**
 * What a timeout means depends on the call: a read or a token call can be retried (a code is
 * single-use, but a retry then fails cleanly as "auth"); a write may have happened. A "prepare"
 * call writes something nobody sees (an uploaded file, an unpublished container or photo): a
 * duplicate is harmless and expires, so a lost answer is retried like a read, never reconciled.
 */
export type CallKind = "read" | "token" | "prepare" | "write";

export type HttpFailure = { status: number; headers: Headers; body: unknown; now: Date };

/** Maps a network's error response to a kind and a user-safe message. */
export type ErrorClassifier = (failure: HttpFailure) => Omit<ProviderErrorInit, "provider">;

export type HttpRequest<T> = {
  provider: ProviderId;
  /** The network's display name, for messages. */
  network: string;
  method: "GET" | "POST" | "DELETE";
  /** The real network URL; query parameters go in `query`. */
  url: string;
  query?: Record<string, string | undefined>;
  form?: Record<string, string | undefined>;
  json?: unknown;
  /** multipart/form-data (file uploads); fetch sets the boundary. */
  multipart?: FormData;
  bearer?: string;
  basic?: { username: string; password: string };
  kind: CallKind;
  schema: z.ZodType<T>;
  classify: ErrorClassifier;
  /** Some networks report errors with HTTP 200 (TikTok's token endpoint): return true for those. */
  isErrorBody?: (body: unknown) => boolean;
  /**
   * JSON integers beyond 2^53 (TikTok's publicaly_available_post_id) are read as strings instead
   * of being rounded by JSON.parse. Only for bodies without free text, where the rewrite is safe.
   */
  keepBigIntegers?: boolean;
};

/**
 * The standard token-endpoint forms (RFC 6749 §4.1.3 with RFC 7636's code_verifier, and §6), as
 * TikTok and X take them; each network adds its own client authentication.
 */
export const authorizationCodeForm = (input: {
  code: string;
  redirectUri: string;
  codeVerifier?: string;
}): Record<string, string | undefined> => ({
  code: input.code,
  grant_type: "authorization_code",
  redirect_uri: input.redirectUri,
  code_verifier: input.codeVerifier,
});

export const refreshTokenForm = (refreshToken: string): Record<string, string> => ({
  grant_type: "refresh_token",
  refresh_token: refreshToken,
});

// Connection-level failures where the request cannot have reached the network.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

const compact = (record: Record<string, string | undefined> = {}): [string, string][] =>
  Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined);

/** Every credential the request carries, so no error built from its response can repeat one. */
function secretsOf(runtime: ProviderRuntime, request: HttpRequest<unknown>): string[] {
  const params = [...compact(request.query), ...compact(request.form)]
    .filter(([name]) => name !== "grant_type" && name !== "fields" && name !== "redirect_uri")
    .map(([, value]) => value);
  return [
    runtime.clientSecret,
    request.bearer,
    request.basic?.password,
    ...params.filter((value) => value !== runtime.clientId),
  ].filter((value): value is string => Boolean(value));
}

function buildInit(request: HttpRequest<unknown>, signal: AbortSignal): RequestInit {
  const headers = new Headers({ accept: "application/json" });
  if (request.bearer) headers.set("authorization", `Bearer ${request.bearer}`);
  if (request.basic) {
    const { username, password } = request.basic;
    // RFC 6749 §2.3.1: form-encode each part before base64 (X's confidential-client auth).
    const pair = `${encodeURIComponent(username)}:${encodeURIComponent(password)}`;
    headers.set("authorization", `Basic ${Buffer.from(pair).toString("base64")}`);
  }
  const init: RequestInit = { method: request.method, headers, signal, redirect: "error" };
  if (request.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    init.body = new URLSearchParams(compact(request.form)).toString();
  } else if (request.multipart) {
    init.body = request.multipart;
  } else if (request.json !== undefined) {
    headers.set("content-type", "application/json; charset=UTF-8");
    init.body = JSON.stringify(request.json);
  }
  return init;
}

// A bare integer of 16+ digits in value position (after ":", "[" or ","), outside any string.
const BIG_INTEGER = /([:[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g;

function parseBody(text: string, keepBigIntegers = false): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(keepBigIntegers ? text.replace(BIG_INTEGER, '$1"$2"') : text);
  } catch {
    return text;
  }
}

function networkFailure(request: HttpRequest<unknown>, error: unknown, timedOut: boolean) {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const sent = timedOut || code === undefined || !NOT_SENT_CODES.has(code);
  const mayHaveHappened = request.kind === "write" && sent;
  const what = timedOut ? "did not answer in time" : "could not be reached";
  return new ProviderError({
    kind: mayHaveHappened ? "unknown_outcome" : "transient",
    provider: request.provider,
    providerCode: timedOut ? "timeout" : (code ?? "network_error"),
    message: mayHaveHappened
      ? `${request.network} ${what}; the request may still have taken effect.`
      : `${request.network} ${what}. Socialite will try again.`,
  });
}

/** Sends one request and returns its zod-parsed body, or throws a redacted ProviderError. */
export async function requestJson<T>(
  runtime: ProviderRuntime,
  request: HttpRequest<T>,
): Promise<T> {
  const secrets = secretsOf(runtime, request);
  const url = new URL(request.url);
  for (const [name, value] of compact(request.query)) url.searchParams.set(name, value);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, runtime.timeoutMs);

  let response: Response;
  let text: string;
  try {
    response = await runtime.fetch(
      runtime.resolveUrl(url.toString()),
      buildInit(request, controller.signal),
    );
    text = await response.text();
  } catch (error) {
    throw networkFailure(request, error, timedOut);
  } finally {
    clearTimeout(timer);
  }

  const body = parseBody(text, request.keepBigIntegers);
  if (!response.ok || request.isErrorBody?.(body)) {
    const failure = {
      status: response.status,
      headers: response.headers,
      body,
      now: runtime.now(),
    };
    throw new ProviderError({ ...request.classify(failure), provider: request.provider }, secrets);
  }
  const parsed = request.schema.safeParse(body);
  if (!parsed.success) {
    throw new ProviderError({
      kind: request.kind === "write" ? "unknown_outcome" : "transient",
      provider: request.provider,
      providerCode: "unexpected_response",
      httpStatus: response.status,
      message: `${request.network} sent a response Socialite did not understand.`,
    });
  }
  return parsed.data;
}
