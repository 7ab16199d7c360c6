import { describe, expect, it } from "vitest";
import { PROVIDER_IDS } from "./provider-id";
import { getProvider } from "./registry";
import { KNOWN_SCOPES, knownScopes } from "./scopes";

describe("the scope allow-list", () => {
  it.each(PROVIDER_IDS)("%s: is exactly what the adapter requests", (id) => {
    expect(KNOWN_SCOPES[id]).toEqual(getProvider(id).scopes);
  });

  it("keeps only the network's own scopes, once each, in the network's order", () => {
    expect(
      knownScopes("x", ["media.write", "tweet.write", "tweet.write", "pages_manage_posts"]).map(
        (item) => item.scope,
      ),
    ).toEqual(["tweet.write", "media.write"]);
    expect(knownScopes("tiktok", ["tweet.write"])).toEqual([]);
  });

  it("drops look-alikes and text (no prefix, case or whitespace tricks)", () => {
    const tricks = ["tweet.write ", "Tweet.Write", "tweet.writer", "<b>tweet.write</b>", ""];
    expect(knownScopes("x", tricks)).toEqual([]);
    // Prototype keys are not scopes.
    expect(knownScopes("x", ["constructor", "__proto__", "toString"])).toEqual([]);
  });

  it("describes each scope with a name and a purpose", () => {
    expect(knownScopes("x", ["tweet.write"])).toEqual([
      {
        scope: "tweet.write",
        name: "Publish posts",
        purpose: "Lets Socialite post on your behalf.",
      },
    ]);
  });
});
