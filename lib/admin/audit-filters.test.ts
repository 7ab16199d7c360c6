import { describe, expect, test } from "vitest";
import { auditWindow, parseAuditFilters } from "./audit-filters";
import { parseConnectionFilters } from "./connection-filters";
import { excerpt } from "./list-problem-targets";

const now = new Date("2026-03-14T12:00:00Z");

describe("parseAuditFilters", () => {
  test("keeps valid values, takes the first of repeated ones, drops the rest", () => {
    expect(
      parseAuditFilters({
        actor: " ada@example.com ",
        action: ["target.retry", "post.publish"],
        period: "24h",
        from: "2026-03-01",
        to: "2026-03-14",
        cursor: "cmx0abcdefghijklmnopqrstu",
      }),
    ).toEqual({
      actor: "ada@example.com",
      action: "target.retry",
      period: "24h",
      from: "2026-03-01",
      to: "2026-03-14",
      cursor: "cmx0abcdefghijklmnopqrstu",
    });
    expect(
      parseAuditFilters({
        actor: "",
        action: "DROP TABLE",
        period: "forever",
        from: "yesterday",
        to: "2026-13-45",
        cursor: "../../etc",
      }),
    ).toEqual({});
  });
});

describe("auditWindow", () => {
  test("a period counts back from now; days are whole UTC days, `to` inclusive", () => {
    expect(auditWindow({ period: "1h" }, now)).toEqual({ since: new Date("2026-03-14T11:00:00Z") });
    expect(auditWindow({ from: "2026-03-01", to: "2026-03-02" }, now)).toEqual({
      since: new Date("2026-03-01T00:00:00Z"),
      until: new Date("2026-03-03T00:00:00Z"),
    });
  });

  test("a period and a start day together: the later of the two wins", () => {
    expect(auditWindow({ period: "30d", from: "2026-03-10" }, now)).toEqual({
      since: new Date("2026-03-10T00:00:00Z"),
    });
    expect(auditWindow({}, now)).toEqual({});
  });
});

describe("parseConnectionFilters", () => {
  test("known networks and statuses, a record id, a trimmed search", () => {
    expect(
      parseConnectionFilters({
        network: "tiktok",
        status: "ERRORS",
        owner: "cmx0abcdefghijklmnopqrstu",
        q: "  @alice ",
      }),
    ).toEqual({
      network: "tiktok",
      status: "ERRORS",
      owner: "cmx0abcdefghijklmnopqrstu",
      q: "@alice",
    });
    expect(parseConnectionFilters({ q: "x".repeat(101) })).toEqual({});
  });
});

describe("excerpt", () => {
  test("collapses whitespace and cuts at a word", () => {
    expect(excerpt("Hello\n\n  world")).toBe("Hello world");
    expect(excerpt("one two three four five six", 15)).toBe("one two three…");
    expect(excerpt("a".repeat(30), 10)).toBe(`${"a".repeat(10)}…`);
  });
});
