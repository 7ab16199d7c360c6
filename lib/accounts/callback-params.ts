/**
 * Callback query parameters are untrusted input: bounded sizes, no repeated OAuth parameters
 * (a duplicated `state` or `code` is how parameter-pollution attacks smuggle a second value).
 */
const SINGLE = ["state", "code", "error", "error_description", "error_reason", "scopes", "iss"];
const MAX_VALUE = 4096;
const MAX_PARAMS = 20;

export function callbackParamsAreSane(params: URLSearchParams): boolean {
  const keys = [...params.keys()];
  if (keys.length > MAX_PARAMS) return false;
  if (SINGLE.some((name) => params.getAll(name).length > 1)) return false;
  return [...params.values()].every((value) => value.length <= MAX_VALUE);
}
