/**
 * X faults around the create call: drop_after_create and hang_after_create let POST /2/tweets
 * create the post and then lose the answer; the client reconciles with GET /2/users/{id}/tweets.
 * (The generic fault kinds are exercised in control.int.test.ts.)
 */
import { connect as tcpConnect } from "node:net";
import { describe, expect, it } from "vitest";
import { ALICE, describeXFidelity, setupXSuite } from "./test/x-suite";

const s = setupXSuite();
const { connect } = s;

const tweet = (token: string, text: string, signal?: AbortSignal) =>
  fetch(`${s.h.url}/api.x.com/2/tweets`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ text }),
    ...(signal ? { signal } : {}),
  });

const fault = (body: Record<string, unknown>) =>
  s.h.control<{ fault: { id: string } }>("POST", "/_sandbox/faults", { network: "x", ...body });

const counters = async () =>
  (
    await s.h.control<Record<string, Record<string, Record<string, unknown>>>>(
      "GET",
      "/_sandbox/counters",
    )
  ).body;

async function timelineTexts(token: string): Promise<string[]> {
  const listed = await s.x.call("GET", `/2/users/${ALICE}/tweets?tweet.fields=created_at`, {
    token,
  });
  return ((listed.json.data ?? []) as { text: string }[]).map((post) => post.text);
}

describe("X create-call faults", () => {
  it("drop_after_create: the socket closes without an answer, and the post is found on the timeline", async () => {
    const { access_token } = await connect();
    await fault({ kind: "drop_after_create" });
    await expect(tweet(access_token, "did it post?")).rejects.toThrow();
    expect(await timelineTexts(access_token)).toEqual(["did it post?"]);
    const snapshot = await counters();
    expect(snapshot.postsCreated?.x).toEqual({ [ALICE]: 1 });
    expect(snapshot.faultsFired?.x).toEqual({ drop_after_create: 1 });
    expect(snapshot.rejected?.x).toMatchObject({ tweets: 1 });
    // The client's retry is then refused as a duplicate, as on X.
    expect((await tweet(access_token, "did it post?")).status).toBe(403);
  });

  it("drop_after_create sends not a single byte: the socket just closes", async () => {
    const { access_token } = await connect();
    await fault({ kind: "drop_after_create" });
    const { hostname, port } = new URL(s.h.url);
    const body = JSON.stringify({ text: "raw socket" });
    const received = await new Promise<{ bytes: number; closed: boolean }>((resolve, reject) => {
      let bytes = 0;
      const socket = tcpConnect(Number(port), hostname, () => {
        socket.write(
          `POST /api.x.com/2/tweets HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${access_token}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      });
      socket.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      socket.on("error", reject);
      socket.on("close", () => resolve({ bytes, closed: true }));
      socket.setTimeout(5000, () => reject(new Error("the socket stayed open")));
    });
    expect(received).toEqual({ bytes: 0, closed: true });
    expect(await timelineTexts(access_token)).toEqual(["raw socket"]);
  });

  it("waits for a call that really creates a post: reads and refused creates leave it armed", async () => {
    const { access_token } = await connect();
    expect((await tweet(access_token, "already there")).status).toBe(201);
    await fault({ kind: "drop_after_create" });
    expect((await s.x.call("GET", "/2/users/me", { token: access_token })).status).toBe(200);
    expect((await tweet(access_token, "already there")).status).toBe(403);
    expect(
      (await s.h.control<{ faults: unknown[] }>("GET", "/_sandbox/faults")).body.faults,
    ).toHaveLength(1);
    await expect(tweet(access_token, "this one is created")).rejects.toThrow();
    expect(
      (await s.h.control<{ faults: unknown[] }>("GET", "/_sandbox/faults")).body.faults,
    ).toHaveLength(0);
    expect(await timelineTexts(access_token)).toEqual(["this one is created", "already there"]);
  });

  it("hang_after_create: the post exists while the answer never comes (or the socket dies after hangMs)", async () => {
    const { access_token } = await connect();
    await fault({ kind: "hang_after_create" });
    await expect(tweet(access_token, "slow answer", AbortSignal.timeout(300))).rejects.toThrow();
    await fault({ kind: "hang_after_create", hangMs: 50 });
    const started = Date.now();
    await expect(tweet(access_token, "cut answer")).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    expect(await timelineTexts(access_token)).toEqual(["cut answer", "slow answer"]);
    expect((await counters()).faultsFired?.x).toEqual({ hang_after_create: 2 });
  });

  it("plain hang and drop stop the call before anything is created", async () => {
    const { access_token } = await connect();
    await fault({ kind: "hang", endpoint: "tweets", hangMs: 20 });
    await expect(tweet(access_token, "never created")).rejects.toThrow();
    await fault({ kind: "drop", endpoint: "tweets" });
    await expect(tweet(access_token, "never created either")).rejects.toThrow();
    expect(await timelineTexts(access_token)).toEqual([]);
  });
});

describeXFidelity(s, 3);
