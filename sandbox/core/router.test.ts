import { describe, expect, it } from "vitest";
import { compilePath } from "./router";

describe("compilePath", () => {
  it("matches Graph versions and named segments", () => {
    const match = compilePath("/:v/:pageId/feed").exec("/v24.0/123/feed");
    expect(match?.groups).toMatchObject({ v: "v24.0", pageId: "123" });
    expect(compilePath("/:v/:pageId/feed").test("/latest/123/feed")).toBe(false);
  });
  it("treats :v? as optional and tolerates a trailing slash", () => {
    expect(compilePath("/:v?/me").test("/me")).toBe(true);
    expect(compilePath("/:v?/me").test("/v19.0/me")).toBe(true);
    expect(compilePath("/v2/oauth/token").test("/v2/oauth/token/")).toBe(true);
  });
});
