// IDOR matrix for posts (quality.md 8.2.2): user B, given user A's account, post, target and media
// ids, can publish to, see, retry or cancel none of them, and nothing changes or gets enqueued.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.QUEUE_PREFIX = `it-access-${process.pid}`;
});

import { saveLinkedAccount } from "@/lib/accounts/save-linked-account";
import { getDb } from "@/lib/db/client";
import { getQueue } from "@/lib/jobs/queue-client";
import { publishQueueName } from "@/lib/jobs/queues";
import { saveUpload } from "@/lib/media/save-upload";
import { getWebRedis } from "@/lib/redis/connection";
import { createUser } from "@/tests/integration/factories";
import { cancelPost } from "./cancel-post";
import { createPost } from "./create-post";
import { getPost, listPosts, postStatuses } from "./list-posts";
import { PostRejectedError } from "./post-errors";
import { retryTarget } from "./retry-target";

const db = getDb();
let alice: { id: string };
let bob: { id: string };
let aliceAccountId: string;
let alicePostId: string;
let aliceTargetId: string;

async function linkFake(userId: string) {
  const saved = await saveLinkedAccount(userId, "x", {
    externalId: `ext-${randomUUID()}`,
    handle: "alice_x",
    displayName: "Alice",
    tokens: { accessToken: "canary-access", refreshToken: "canary-refresh", scopes: [] },
    grantedScopes: ["tweet.read", "tweet.write", "users.read", "offline.access", "media.write"],
    metadata: {},
  });
  return saved.id;
}

const waitingJobs = async () =>
  getQueue(publishQueueName("x")).getJobCounts("waiting", "delayed", "active");

beforeAll(async () => {
  alice = await createUser("Alice");
  bob = await createUser("Bob");
  aliceAccountId = await linkFake(alice.id);
  const created = await createPost(alice.id, {
    idempotencyKey: randomUUID(),
    text: "Alice's scheduled post",
    mediaIds: [],
    targets: [{ accountId: aliceAccountId, settings: {} }],
    schedule: { mode: "scheduled", date: "2027-06-01", time: "09:00", timeZone: "UTC" },
  });
  alicePostId = created.postId;
  aliceTargetId = (await db.postTarget.findFirstOrThrow({ where: { postId: alicePostId } })).id;
  await db.postTarget.update({
    where: { id: aliceTargetId },
    data: { status: "FAILED", errorMessage: "boom" },
  });
});

afterAll(async () => {
  await getQueue(publishQueueName("x")).obliterate({ force: true });
  await db.$disconnect();
  getWebRedis().disconnect();
});

describe("another user's ids", () => {
  test("cannot publish to Alice's account, and nothing is stored or enqueued", async () => {
    const postsBefore = await db.post.count();
    const jobsBefore = await waitingJobs();
    await expect(
      createPost(bob.id, {
        idempotencyKey: randomUUID(),
        text: "hijack",
        mediaIds: [],
        targets: [{ accountId: aliceAccountId, settings: {} }],
        schedule: { mode: "now" },
      }),
    ).rejects.toBeInstanceOf(PostRejectedError);
    expect(await db.post.count()).toBe(postsBefore);
    expect(await waitingJobs()).toEqual(jobsBefore);
  });

  test("cannot attach Alice's media", async () => {
    const media = await saveUpload({
      userId: alice.id,
      buffer: await readFile("tests/fixtures/media/square-1080.jpg"),
    });
    const bobAccount = await linkFake(bob.id);
    await expect(
      createPost(bob.id, {
        idempotencyKey: randomUUID(),
        text: "with stolen media",
        mediaIds: [media.id],
        targets: [{ accountId: bobAccount, settings: {} }],
        schedule: { mode: "now" },
      }),
    ).rejects.toBeInstanceOf(PostRejectedError);
  });

  test("cannot see Alice's posts", async () => {
    expect(await getPost(bob.id, alicePostId)).toBeNull();
    expect(await postStatuses(bob.id, [alicePostId])).toEqual([]);
    expect((await listPosts(bob.id)).map((p) => p.id)).not.toContain(alicePostId);
    expect(await getPost(alice.id, alicePostId)).not.toBeNull();
  });

  test("cannot retry or cancel them", async () => {
    expect(await retryTarget(bob.id, aliceTargetId)).toEqual({ ok: false, reason: "not_found" });
    expect(await cancelPost(bob.id, alicePostId)).toEqual({ ok: false, reason: "not_found" });
    const target = await db.postTarget.findUniqueOrThrow({ where: { id: aliceTargetId } });
    expect(target.status).toBe("FAILED");
    expect(target.errorMessage).toBe("boom");
  });

  test("the owner can retry a failed target, once", async () => {
    expect(await retryTarget(alice.id, aliceTargetId)).toMatchObject({ ok: true });
    expect((await db.postTarget.findUniqueOrThrow({ where: { id: aliceTargetId } })).status).toBe(
      "QUEUED",
    );
    expect(await retryTarget(alice.id, aliceTargetId)).toEqual({
      ok: false,
      reason: "not_retryable",
    });
  });
});
