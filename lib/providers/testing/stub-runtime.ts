/**
 * Test support: a ProviderRuntime for unit tests, whose fetch is a function the test supplies
 * (unit tests never open sockets; integration tests use the real sandbox instead).
 */
import { type ProviderRuntime, sandboxRuntime } from "../config";
import type { HttpFailure } from "../http";
import type { ProviderId } from "../provider-id";

export const FIXED_NOW = new Date("2026-11-28T12:00:00.000Z");

export function stubRuntime(
  provider: ProviderId,
  fetchImpl: (url: string, init: RequestInit) => Promise<Response> = () =>
    Promise.reject(new Error("no network in unit tests")),
  overrides: Partial<ProviderRuntime> = {},
): ProviderRuntime {
  return sandboxRuntime(provider, "http://sandbox.test", {
    fetch: (input, init) => fetchImpl(String(input), init ?? {}),
    now: () => FIXED_NOW,
    ...overrides,
  });
}

export const failure = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpFailure => ({ status, body, headers: new Headers(headers), now: FIXED_NOW });

/** The decoded query of a URL as a plain object, failing on repeated parameters. */
export function queryOf(url: string): Record<string, string> {
  const params = new URL(url).searchParams;
  const result: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name in result) throw new Error(`repeated parameter ${name}`);
    result[name] = value;
  }
  return result;
}
