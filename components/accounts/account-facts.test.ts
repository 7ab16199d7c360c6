import { describe, expect, it } from "vitest";
import {
  accessLine,
  ago,
  formatSpan,
  isDisplayableImage,
  missingPermissions,
  permissionsInWords,
} from "./account-facts";
import { accountKind, accountName, usernameOf } from "./network-terms";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = new Date("2026-03-14T09:30:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("formatSpan", () => {
  it.each([
    [20_000, "less than a minute"],
    [4 * MIN, "4 min"],
    [HOUR + 52 * MIN, "1 h 52 min"],
    [2 * HOUR, "2 h"],
    [DAY + 3 * HOUR, "1 day 3 h"],
    [DAY, "1 day"],
    [59 * DAY + 5 * HOUR, "59 days"],
  ])("%d ms reads %s", (ms, words) => expect(formatSpan(ms)).toBe(words));
});

describe("accessLine", () => {
  const active = (expiresIn: number | null) => ({
    status: "ACTIVE" as const,
    accessTokenExpiresAt: expiresIn === null ? null : at(expiresIn),
  });
  it("says when the token expires and how it renews", () => {
    expect(accessLine(active(HOUR + 52 * MIN), "refresh_token", now).text).toBe(
      "Access token expires in 1 h 52 min · refreshes itself",
    );
    expect(accessLine(active(59 * DAY), "extend_access_token", now).text).toBe(
      "Access token expires in 59 days · renewed automatically before it expires",
    );
    expect(accessLine(active(null), "none", now).text).toBe("Access token doesn't expire");
  });
  it("an expired refreshable token is renewed; an account that needs reconnecting says so", () => {
    expect(accessLine(active(-5 * MIN), "refresh_token", now)).toEqual({
      text: "Access token expired 5 min ago · renewed before the next post",
      tone: "normal",
    });
    expect(
      accessLine(
        { status: "NEEDS_RECONNECT", accessTokenExpiresAt: at(HOUR) },
        "refresh_token",
        now,
      ).tone,
    ).toBe("danger");
  });
});

it("ago", () => {
  expect(ago(at(-10_000), now)).toBe("just now");
  expect(ago(at(-3 * DAY), now)).toBe("3 days ago");
});

it("only same-origin and data: images are displayable (img-src 'self' data:)", () => {
  expect(isDisplayableImage("/api/media/abc/preview")).toBe(true);
  expect(isDisplayableImage("data:image/png;base64,iVBOR")).toBe(true);
  expect(isDisplayableImage("http://127.0.0.1:4310/_sandbox/avatar/x/1.svg")).toBe(false);
  expect(isDisplayableImage("//evil.example/a.png")).toBe(false);
  expect(isDisplayableImage("data:text/html;base64,PHNjcmlwdD4")).toBe(false);
  expect(isDisplayableImage(null)).toBe(false);
});

describe("permissions", () => {
  const known = [
    { scope: "tweet.read", name: "Read posts", purpose: "Needed to post." },
    { scope: "tweet.write", name: "Publish posts", purpose: "Lets Socialite post." },
  ];
  it("by name, known first in the network's order, unknown by identifier", () => {
    expect(permissionsInWords(["extra.scope", "tweet.write", "tweet.read"], known)).toEqual([
      ...known,
      { scope: "extra.scope", name: "extra.scope" },
    ]);
  });
  it("missing required ones, by name", () => {
    expect(missingPermissions(["tweet.read"], ["tweet.read", "tweet.write"], known)).toEqual([
      { scope: "tweet.write", name: "Publish posts" },
    ]);
  });
});

describe("names", () => {
  it("usernames only where the network has them", () => {
    expect(usernameOf("x", "sandbox_alice")).toBe("@sandbox_alice");
    expect(usernameOf("instagram", "sandbox_alice.ig")).toBe("@sandbox_alice.ig");
    expect(usernameOf("tiktok", "Bob")).toBeNull();
    expect(accountName("facebook", "Alice's Bakery", "Alice's Bakery")).toBe("Alice's Bakery");
  });
  it("kinds", () => {
    expect(accountKind("facebook", "Facebook")).toBe("Facebook Page");
    expect(accountKind("instagram", "Instagram", true)).toBe("Instagram professional accounts");
  });
});
