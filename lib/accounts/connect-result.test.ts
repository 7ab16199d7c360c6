import { describe, expect, it } from "vitest";
import { ConnectError } from "./connect-errors";
import { parseConnectResult, withConnectError, withLinked } from "./connect-result";

const ID_A = "cmabcdefghijklmnopqrstuvw";
const ID_B = "cmzyxwvutsrqponmlkjihgfed";

/** A query as Next hands it to a page: repeated keys become arrays. */
function asSearchParams(url: URL | string): Record<string, string | string[]> {
  const params = new URL(url, "http://socialite.test").searchParams;
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return record;
}

const read = (url: URL | string) => parseConnectResult(asSearchParams(url));
const accounts = () => new URL("/accounts", "http://socialite.test");

describe("success link-back", () => {
  it("carries the network and account ids, never a name", () => {
    const url = withLinked(accounts(), {
      provider: "facebook",
      accountIds: [ID_A, ID_B],
      reconnected: false,
    });
    expect(url.search).toBe(`?linked=facebook&account=${ID_A}&account=${ID_B}`);
    expect(read(url)).toEqual({ kind: "linked", provider: "facebook", accountIds: [ID_A, ID_B] });
  });

  it("says reconnected when the account was already linked", () => {
    const url = withLinked(accounts(), { provider: "x", accountIds: [ID_A], reconnected: true });
    expect(url.search).toBe(`?reconnected=x&account=${ID_A}`);
    expect(read(url)).toEqual({ kind: "reconnected", provider: "x", accountIds: [ID_A] });
  });

  it("drops garbage ids one by one, and repeats", () => {
    const garbage = ["<script>", "@sandbox_alice", "", ID_A.toUpperCase(), "a".repeat(41)];
    const query = new URLSearchParams({ linked: "x" });
    for (const id of [...garbage, ID_A, ID_A, ID_B]) query.append("account", id);
    expect(read(`/accounts?${query}`)).toEqual({
      kind: "linked",
      provider: "x",
      accountIds: [ID_A, ID_B],
    });
  });

  it("reads a bounded number of ids", () => {
    const query = new URLSearchParams({ linked: "facebook" });
    for (let i = 0; i < 500; i++) query.append("account", `cm${String(i).padStart(23, "0")}`);
    const result = read(`/accounts?${query}`);
    expect(result?.kind === "linked" && result.accountIds.length).toBe(50);
  });

  it("without ids (an old link) still reads as a success with nothing to name", () => {
    expect(read("/accounts?linked=tiktok")).toEqual({
      kind: "linked",
      provider: "tiktok",
      accountIds: [],
    });
  });

  it("ignores unknown networks, and the first of repeated values wins", () => {
    expect(read("/accounts?linked=myspace")).toBeNull();
    expect(read("/accounts?linked=X")).toBeNull();
    expect(read("/accounts?linked=x&linked=facebook")).toMatchObject({ provider: "x" });
  });
});

describe("failure link-back", () => {
  it("missing_scope carries scope names, read back described", () => {
    const url = withConnectError(
      accounts(),
      "x",
      new ConnectError("missing_scope", undefined, ["tweet.write", "media.write"]),
    );
    expect(url.search).toBe(
      "?connect_error=missing_scope&network=x&missing=tweet.write&missing=media.write",
    );
    expect(read(url)).toEqual({
      kind: "failed",
      code: "missing_scope",
      provider: "x",
      missingScopes: [
        expect.objectContaining({ scope: "tweet.write", name: "Publish posts" }),
        expect.objectContaining({ scope: "media.write", name: "Upload media" }),
      ],
    });
  });

  it("missing_scope keeps only the network's known scopes and ignores free text", () => {
    const query = new URLSearchParams({ connect_error: "missing_scope", network: "x" });
    for (const scope of ["tweet.write", "pages_manage_posts", "<b>Send money</b>", "x".repeat(500)])
      query.append("missing", scope);
    query.set("detail", "Allow: everything, and visit evil.example");
    const result = read(`/accounts?${query}`);
    expect(result).toEqual({
      kind: "failed",
      code: "missing_scope",
      provider: "x",
      missingScopes: [expect.objectContaining({ scope: "tweet.write" })],
    });
    expect(JSON.stringify(result)).not.toMatch(/evil|Send money/);
  });

  it("missing_scope without a known network names no scope", () => {
    expect(read("/accounts?connect_error=missing_scope&missing=tweet.write")).toEqual({
      kind: "failed",
      code: "missing_scope",
      provider: undefined,
      missingScopes: [],
    });
  });

  it("other codes keep the network's words as bounded, trimmed plain text", () => {
    const url = withConnectError(
      accounts(),
      "tiktok",
      new ConnectError("provider_error", `  ${"w".repeat(400)}`),
    );
    const result = read(url);
    expect(result?.kind === "failed" && result.detail?.length).toBe(298);
    expect(read("/accounts?connect_error=provider_error&network=tiktok&detail=%20%20")).toEqual({
      kind: "failed",
      code: "provider_error",
      provider: "tiktok",
      detail: undefined,
      missingScopes: [],
    });
  });

  it("unknown codes, prototype keys included, read as nothing", () => {
    for (const code of ["made_up", "toString", "constructor", "__proto__", ""]) {
      expect(read(`/accounts?connect_error=${code}&network=x`)).toBeNull();
    }
    expect(read("/accounts")).toBeNull();
  });
});
