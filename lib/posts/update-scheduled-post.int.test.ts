// updateScheduledPost against real PostgreSQL and Redis: the new text is checked like a new post,
// the publish job moves with the new time, and a post on its way can't be edited.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // A private queue namespace: no worker on this Redis may take the jobs this file enqueues.
  process.env.QUEUE_PREFIX = `it-update-post-${process.pid}`;
});

import { getDb } from "@/lib/db/client";
import { publishJobId } from "@/lib/jobs/publish-job";
import { getQueue } from "@/lib/jobs/queue-client";
import { publishQueueName } from "@/lib/jobs/queues";
import { getWebRedis } from "@/lib/redis/connection";
import { createUser } from "@/tests/integration/factories";
import { cancelPost } from "./cancel-post";
import { createPost } from "./create-post";
import { PostRejectedError } from "./post-errors";
import { updateScheduledPost } from "./update-scheduled-post";

const db = getDb();

afterAll(async () => {
  await db.$disconnect();
  getWebRedis().disconnect();
});

const day = (days: number) =>
  new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

async function scheduledXPost() {
  const user = await createUser();
  const account = await db.socialAccount.create({
    data: {
      userId: user.id,
      provider: "x",
      externalId: randomUUID(),
      handle: "editor",
      displayName: "Editor",
      grantedScopes: [],
      accessToken: "v1:test:not-a-real-ciphertext",
    },
    select: { id: true },
  });
  const created = await createPost(user.id, {
    idempotencyKey: randomUUID(),
    text: `Before ${randomUUID()}`,
    mediaIds: [],
    targets: [{ accountId: account.id, settings: {} }],
    schedule: { mode: "scheduled", date: day(10), time: "09:00", timeZone: "UTC" },
  });
  const target = await db.postTarget.findFirstOrThrow({ where: { postId: created.postId } });
  return { userId: user.id, postId: created.postId, targetId: target.id };
}

const jobRunAt = async (targetId: string) => {
  const job = await getQueue(publishQueueName("x")).getJob(publishJobId(targetId));
  return job ? job.timestamp + (job.delay ?? 0) : null;
};

describe("updateScheduledPost", () => {
  test("saves new text and time, and moves the publish job to the new time", async () => {
    const { userId, postId, targetId } = await scheduledXPost();
    const result = await updateScheduledPost(userId, postId, {
      text: "After",
      schedule: { mode: "scheduled", date: day(12), time: "18:30", timeZone: "Europe/Paris" },
    });
    expect(result.ok).toBe(true);
    const post = await db.post.findUniqueOrThrow({ where: { id: postId } });
    expect(post).toMatchObject({ text: "After", timeZone: "Europe/Paris" });
    expect(Math.abs((await jobRunAt(targetId))! - post.scheduledAt!.getTime())).toBeLessThan(5_000);
    await cancelPost(userId, postId);
  });

  test("refuses text a network would refuse, naming the rule, and changes nothing", async () => {
    const { userId, postId } = await scheduledXPost();
    const before = await db.post.findUniqueOrThrow({ where: { id: postId } });
    const error = await updateScheduledPost(userId, postId, {
      text: "a".repeat(281),
      schedule: { mode: "scheduled", date: day(10), time: "09:00", timeZone: "UTC" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostRejectedError);
    expect((error as PostRejectedError).targets[0]!.issues[0]!.rule).toBe("x.text.too_long");
    expect(await db.post.findUniqueOrThrow({ where: { id: postId } })).toEqual(before);
    await cancelPost(userId, postId);
  });

  test("another user's post, a cancelled or a published one can't be edited", async () => {
    const { userId, postId, targetId } = await scheduledXPost();
    const stranger = await createUser();
    const change = {
      text: "Nope",
      schedule: { mode: "scheduled" as const, date: day(11), time: "09:00", timeZone: "UTC" },
    };
    expect(await updateScheduledPost(stranger.id, postId, change)).toEqual({
      ok: false,
      reason: "not_found",
    });
    await db.postTarget.update({ where: { id: targetId }, data: { status: "PUBLISHED" } });
    expect(await updateScheduledPost(userId, postId, change)).toEqual({
      ok: false,
      reason: "not_editable",
    });
    await db.postTarget.update({ where: { id: targetId }, data: { status: "QUEUED" } });
    await cancelPost(userId, postId);
    expect(await updateScheduledPost(userId, postId, change)).toEqual({
      ok: false,
      reason: "not_editable",
    });
  });
});
