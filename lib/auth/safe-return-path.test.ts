import { describe, expect, test } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  test("keeps allowed same-site paths", () => {
    expect(safeReturnPath("/posts?view=calendar")).toBe("/posts?view=calendar");
    expect(safeReturnPath("/accounts")).toBe("/accounts");
  });

  test.each([
    "//evil.example/accounts",
    "https://evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "/accounts\n//evil",
    "/sign-in",
    "/api/connect/x",
    "accounts",
    "/%2F%2Fevil.example",
  ])("rejects %s", (value) => {
    expect(safeReturnPath(value)).toBe("/compose");
  });

  test("rejects non-strings", () => {
    expect(safeReturnPath(null)).toBe("/compose");
    expect(safeReturnPath(42, "/accounts")).toBe("/accounts");
  });
});
