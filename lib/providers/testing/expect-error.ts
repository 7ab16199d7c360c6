/** Test support: awaits a promise that must reject with a ProviderError, and returns the error. */
import { expect } from "vitest";
import { ProviderError } from "../provider-error";

export async function providerRejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}
