import { describe, expect, test } from "vitest";
import { filterHref } from "./filter-href";

describe("filterHref", () => {
  test("keeps the set filters, applies the change and drops the empty ones", () => {
    const filters = { action: "target.retry", period: "24h", cursor: "abc", q: undefined };
    expect(filterHref("/admin/audit", filters, { cursor: undefined })).toBe(
      "/admin/audit?action=target.retry&period=24h",
    );
    expect(filterHref("/admin/audit", filters, { action: "post.create" })).toBe(
      "/admin/audit?action=post.create&period=24h&cursor=abc",
    );
  });

  test("no filter left: the bare path", () => {
    expect(filterHref("/admin/connections", { status: "ERRORS" }, { status: undefined })).toBe(
      "/admin/connections",
    );
  });
});
