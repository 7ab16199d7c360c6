/**
 * X publishing over HTTP: text rules (weighted length, duplicates, unknown fields), the per-user
 * rate limit, and reading posts back with GET /2/users/{id}/tweets to reconcile an unanswered
 * create. Every v2 exchange is checked against x-openapi.json.
 */
import { describe, expect, it } from "vitest";
import { readJson } from "./test/harness";
import { validateExchange } from "./test/x-oracle";
import { ALICE, describeXFidelity, setupXSuite } from "./test/x-suite";

const s = setupXSuite();
const { connect } = s;

describe("X publishing rules", () => {
  it("counts weighted characters: 280 passes, 281 and 141 CJK characters fail", async () => {
    const { access_token } = await connect();
    expect(
      (
        await s.x.call("POST", "/2/tweets", {
          token: access_token,
          json: { text: "a".repeat(280) },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await s.x.call("POST", "/2/tweets", {
          token: access_token,
          json: { text: "b".repeat(281) },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await s.x.call("POST", "/2/tweets", {
          token: access_token,
          json: { text: "漢".repeat(141) },
        })
      ).status,
    ).toBe(400);
    const url = `https://example.com/${"x".repeat(300)}`;
    expect(
      (
        await s.x.call("POST", "/2/tweets", {
          token: access_token,
          json: { text: `${"c".repeat(256)} ${url}` },
        })
      ).status,
    ).toBe(201);
  });

  it("refuses duplicate content with the documented 403 body and unknown fields with 400", async () => {
    const { access_token } = await connect();
    expect(
      (await s.x.call("POST", "/2/tweets", { token: access_token, json: { text: "same words" } }))
        .status,
    ).toBe(201);
    const dup = await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "same words" },
    });
    expect(dup.status).toBe(403);
    expect(dup.json).toEqual({
      detail: "You are not allowed to create a Tweet with duplicate content.",
      type: "about:blank",
      title: "Forbidden",
      status: 403,
    });
    expect(dup.headers.get("content-type")).toContain("application/problem+json");
    const unknownField = await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "hi", colour: "red" },
      invalidOnPurpose: true,
    });
    expect(unknownField.status).toBe(400);
  });

  it("enforces the per-user window with 429, the documented body and x-rate-limit-* headers", async () => {
    await s.h.control("PUT", "/_sandbox/config", {
      x: { rateLimits: { tweets: { limit: 2, windowSeconds: 900 } } },
    });
    const { access_token } = await connect();
    for (const text of ["one", "two"])
      expect(
        (await s.x.call("POST", "/2/tweets", { token: access_token, json: { text } })).status,
      ).toBe(201);
    const limited = await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "three" },
    });
    expect(limited.status).toBe(429);
    expect(limited.json.errors).toEqual([{ code: 88, message: "Rate limit exceeded" }]);
    expect(limited.headers.get("x-rate-limit-limit")).toBe("2");
    expect(limited.headers.get("x-rate-limit-remaining")).toBe("0");
    expect(Number(limited.headers.get("x-rate-limit-reset"))).toBeGreaterThan(Date.now() / 1000);
    await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 901 });
    expect(
      (await s.x.call("POST", "/2/tweets", { token: access_token, json: { text: "four" } })).status,
    ).toBe(201);
  });
});

describe("X reading posts back (GET /2/users/{id}/tweets)", () => {
  it("lists the user's posts newest first, pages with max_results / next_token, filters by time and id", async () => {
    const { access_token } = await connect();
    const ids: string[] = [];
    for (let i = 1; i <= 7; i += 1) {
      const created = await s.x.call("POST", "/2/tweets", {
        token: access_token,
        json: { text: `post number ${i}` },
      });
      ids.push((created.json.data as { id: string }).id);
      await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 60 });
    }
    const first = await s.x.call(
      "GET",
      `/2/users/${ALICE}/tweets?max_results=5&tweet.fields=created_at,text`,
      { token: access_token },
    );
    expect(first.status).toBe(200);
    const data = first.json.data as { id: string; text: string; created_at: string }[];
    expect(data.map((post) => post.text)).toEqual([7, 6, 5, 4, 3].map((i) => `post number ${i}`));
    expect(data[0]?.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const meta = first.json.meta as { result_count: number; newest_id: string; next_token: string };
    expect(meta).toMatchObject({ result_count: 5, newest_id: ids[6], oldest_id: ids[2] });
    expect(first.headers.get("x-rate-limit-limit")).toBe("900");

    const second = await s.x.call(
      "GET",
      `/2/users/${ALICE}/tweets?max_results=5&pagination_token=${meta.next_token}`,
      { token: access_token },
    );
    expect((second.json.data as { id: string }[]).map((post) => post.id)).toEqual([ids[1], ids[0]]);
    expect(second.json.meta).not.toHaveProperty("next_token");

    const since = await s.x.call(
      "GET",
      `/2/users/${ALICE}/tweets?since_id=${ids[4]}&post.fields=created_at,conversation_id`,
      { token: access_token },
    );
    expect((since.json.data as { id: string }[]).map((post) => post.id)).toEqual([ids[6], ids[5]]);
    const clock = await s.h.control<{ now: string }>("GET", "/_sandbox/clock");
    const recent = await s.x.call(
      "GET",
      `/2/users/${ALICE}/tweets?start_time=${new Date(Date.parse(clock.body.now) - 150_000).toISOString()}`,
      { token: access_token },
    );
    expect((recent.json.data as { text: string }[]).map((post) => post.text)).toEqual([
      "post number 7",
      "post number 6",
    ]);
  });

  it("answers an empty timeline with meta only, excludes replies on request and shows conversations", async () => {
    const { access_token } = await connect();
    const empty = await s.x.call("GET", `/2/users/${ALICE}/tweets`, { token: access_token });
    expect(empty.json).toEqual({ meta: { result_count: 0 } });
    const root = await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "root" },
    });
    const rootId = (root.json.data as { id: string }).id;
    await s.x.call("POST", "/2/tweets", {
      token: access_token,
      json: { text: "reply", reply: { in_reply_to_tweet_id: rootId } },
    });
    const all = await s.x.call(
      "GET",
      `/2/users/${ALICE}/tweets?tweet.fields=conversation_id,in_reply_to_user_id`,
      { token: access_token },
    );
    expect(all.json.data).toEqual([
      expect.objectContaining({
        text: "reply",
        conversation_id: rootId,
        in_reply_to_user_id: ALICE,
      }),
      expect.objectContaining({ text: "root", conversation_id: rootId }),
    ]);
    const noReplies = await s.x.call("GET", `/2/users/${ALICE}/tweets?exclude=replies`, {
      token: access_token,
    });
    expect((noReplies.json.data as { text: string }[]).map((post) => post.text)).toEqual(["root"]);
  });

  it("refuses bad parameters and a token without tweet.read, and reports an unknown user as a partial error", async () => {
    const { access_token } = await connect();
    const tooMany = await s.x.call("GET", `/2/users/${ALICE}/tweets?max_results=500`, {
      token: access_token,
      invalidOnPurpose: true,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.type).toBe("https://api.x.com/2/problems/invalid-request");
    const badField = await s.x.call("GET", `/2/users/${ALICE}/tweets?post.fields=colour`, {
      token: access_token,
      invalidOnPurpose: true,
    });
    expect(badField.status).toBe(400);
    const unknown = await s.x.call("GET", "/2/users/1599999999999999999/tweets", {
      token: access_token,
    });
    expect(unknown.status).toBe(200);
    expect(unknown.json.errors).toEqual([
      expect.objectContaining({ resource_type: "user", resource_id: "1599999999999999999" }),
    ]);
    const writeOnly = await connect("tweet.write users.read");
    const refused = await s.x.call("GET", `/2/users/${ALICE}/tweets`, {
      token: writeOnly.access_token,
    });
    expect(refused.status).toBe(403);
    expect((await s.x.call("GET", `/2/users/${ALICE}/tweets`, { token: "nope" })).status).toBe(401);
  });

  it("honours its own rate limit and armed faults like every other endpoint", async () => {
    await s.h.control("PUT", "/_sandbox/config", {
      x: { rateLimits: { users_tweets: { limit: 1, windowSeconds: 900 } } },
    });
    const { access_token } = await connect();
    expect(
      (await s.x.call("GET", `/2/users/${ALICE}/tweets`, { token: access_token })).status,
    ).toBe(200);
    const limited = await s.x.call("GET", `/2/users/${ALICE}/tweets`, { token: access_token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-rate-limit-remaining")).toBe("0");
    await s.h.control("POST", "/_sandbox/clock", { advanceSeconds: 901 });
    await s.h.control("POST", "/_sandbox/faults", {
      network: "x",
      kind: "server_error",
      status: 503,
      endpoint: "list",
    });
    const failed = await s.x.call("GET", `/2/users/${ALICE}/tweets`, { token: access_token });
    expect(failed.status).toBe(503);
  });
});

describe("X oracle and plumbing", () => {
  it("the oracle itself rejects a non-conforming body", () => {
    const violations = validateExchange({
      method: "POST",
      path: "/2/tweets",
      requestContentType: "application/json",
      requestBody: { text: "x", colour: "red" },
      status: 201,
      contentType: "application/json",
      responseBody: { data: { id: "abc" } },
    });
    expect(violations.length).toBeGreaterThanOrEqual(2);
  });

  it("answers unknown paths with a problem document and rate-limit headers", async () => {
    const response = await fetch(`${s.h.url}/api.x.com/2/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get("x-rate-limit-limit")).not.toBeNull();
    expect(await readJson(response)).toMatchObject({
      type: "https://api.x.com/2/problems/resource-not-found",
    });
  });
});

describeXFidelity(s, 15, true);
