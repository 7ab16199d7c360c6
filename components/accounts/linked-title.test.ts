import { describe, expect, it } from "vitest";
import { linkedTitle } from "./linked-title";

const alice = { handle: "sandbox_alice", displayName: "Alice Sandbox" };
const page = (displayName: string) => ({ handle: displayName, displayName });

describe("linkedTitle", () => {
  it("names one account by @username where the network has usernames", () => {
    expect(
      linkedTitle({ provider: "x", networkName: "X", reconnected: false, accounts: [alice] }),
    ).toBe("Linked @sandbox_alice on X");
  });

  it("names one account by its name and kind where it has none", () => {
    expect(
      linkedTitle({
        provider: "facebook",
        networkName: "Facebook",
        reconnected: true,
        accounts: [page("Alice's Bakery")],
      }),
    ).toBe("Reconnected Alice's Bakery (Facebook Page)");
  });

  it("counts and lists several", () => {
    expect(
      linkedTitle({
        provider: "facebook",
        networkName: "Facebook",
        reconnected: false,
        accounts: [page("A"), page("B")],
      }),
    ).toBe("Linked 2 Facebook Pages: A and B");
    expect(
      linkedTitle({
        provider: "facebook",
        networkName: "Facebook",
        reconnected: false,
        accounts: ["A", "B", "C", "D"].map(page),
      }),
    ).toBe("Linked 4 Facebook Pages: A, B, C and D");
    expect(
      linkedTitle({
        provider: "facebook",
        networkName: "Facebook",
        reconnected: false,
        accounts: ["A", "B", "C", "D", "E", "F"].map(page),
      }),
    ).toBe("Linked 6 Facebook Pages: A, B, C and 3 more");
  });

  it("falls back to the generic sentence with nothing to name", () => {
    expect(
      linkedTitle({ provider: "tiktok", networkName: "TikTok", reconnected: false, accounts: [] }),
    ).toBe("Your TikTok account is linked");
    expect(linkedTitle({ provider: "x", networkName: "X", reconnected: true, accounts: [] })).toBe(
      "Your X account is reconnected",
    );
  });
});
