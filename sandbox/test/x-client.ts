/** A tiny X client for the sandbox tests that records every v2 exchange for the OpenAPI oracle. */
import { readJson } from "./harness";
import type { Exchange } from "./x-oracle";

export type RecordedExchange = Exchange & { invalidOnPurpose: boolean };

export class XTestClient {
  readonly exchanges: RecordedExchange[] = [];
  constructor(private readonly origin: string) {}

  /** Calls https://api.x.com<path> through the sandbox; records /2/ calls except OAuth. */
  async call(
    method: string,
    path: string,
    init: {
      token?: string;
      json?: unknown;
      form?: FormData;
      headers?: Record<string, string>;
      invalidOnPurpose?: boolean;
    } = {},
  ) {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body: BodyInit | undefined;
    let requestBody: unknown;
    let requestContentType: string | undefined;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
      requestBody = init.json;
      requestContentType = "application/json";
    } else if (init.form) {
      body = init.form;
      requestContentType = "multipart/form-data";
      requestBody = Object.fromEntries(
        [...init.form].map(([key, value]) => [
          key,
          typeof value === "string"
            ? key === "segment_index"
              ? Number(value)
              : value
            : "<binary>",
        ]),
      );
    }
    const response = await fetch(`${this.origin}/api.x.com${path}`, {
      method,
      headers,
      ...(body ? { body } : {}),
    });
    const json = await readJson(response);
    const contentType = (response.headers.get("content-type") ?? "").split(";")[0] ?? "";
    if (path.startsWith("/2/") && !path.startsWith("/2/oauth2/")) {
      this.exchanges.push({
        invalidOnPurpose: init.invalidOnPurpose ?? false,
        method,
        path,
        ...(requestContentType ? { requestContentType } : {}),
        ...(requestBody !== undefined ? { requestBody } : {}),
        status: response.status,
        contentType,
        responseBody: json,
      });
    }
    return { status: response.status, headers: response.headers, json };
  }
}
