import { describe, expect, it } from "vitest";
import { type CallbackDialect, parseCallbackParams, splitScopes } from "./callback";

const dialect: CallbackDialect = { descriptionParams: ["error_description", "error_reason"] };
const parse = (query: string, options: CallbackDialect = dialect) =>
  parseCallbackParams(new URLSearchParams(query), options);

describe("parseCallbackParams", () => {
  it("reads code and state", () => {
    expect(parse("code=abc&state=xyz")).toEqual({ outcome: "code", code: "abc", state: "xyz" });
  });

  it("strips the #_ Instagram appends", () => {
    expect(parse("code=abc%23_&state=xyz")).toMatchObject({ code: "abc" });
  });

  it("reads the granted scopes where the network sends them", () => {
    const result = parse("code=c&state=s&scopes=user.info.basic%2Cvideo.publish", {
      ...dialect,
      grantedScopesParam: "scopes",
    });
    expect(result).toMatchObject({ grantedScopes: ["user.info.basic", "video.publish"] });
  });

  it("reads an error with the first description present", () => {
    expect(parse("error=access_denied&error_reason=user_denied&state=s")).toEqual({
      outcome: "error",
      error: "access_denied",
      description: "user_denied",
      state: "s",
    });
  });

  it.each([
    ["code=a&code=b&state=s"],
    ["code=a&state=s&state=t"],
    ["code=a"],
    ["state=s"],
    [`code=${"a".repeat(3000)}&state=s`],
    ["code=a%0Ab&state=s"],
    ["error=a&error=b"],
  ])("refuses a malformed answer: %s", (query) => {
    expect(parse(query)).toMatchObject({ outcome: "error", error: "invalid_request" });
  });

  it("does not echo an injected error code or an unbounded description", () => {
    const result = parse(`error=%3Cscript%3E&error_description=${"x".repeat(1000)}`);
    expect(result).toMatchObject({ outcome: "error", error: "unknown_error" });
    expect(result.outcome === "error" && result.description.length).toBeLessThanOrEqual(300);
  });
});

describe("splitScopes", () => {
  it("reads space, comma and mixed separators, without duplicates", () => {
    expect(splitScopes("a b,c ,a")).toEqual(["a", "b", "c"]);
    expect(splitScopes(["a", " b "])).toEqual(["a", "b"]);
  });
});
