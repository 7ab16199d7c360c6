// createPost against real PostgreSQL (and Redis for the one post it accepts): every network rule is
// checked again on the server, a refusal names the rule, and nothing is stored or enqueued.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // A private queue namespace: no worker on this Redis may take the jobs this file enqueues.
  process.env.QUEUE_PREFIX = `it-create-post-${process.pid}`;
});

import { getDb } from "@/lib/db/client";
import { getQueue } from "@/lib/jobs/queue-client";
import { publishQueueName } from "@/lib/jobs/queues";
import { getWebRedis } from "@/lib/redis/connection";
import { createUser } from "@/tests/integration/factories";
import { cancelPost } from "./cancel-post";
import { createPost } from "./create-post";
import { PostRejectedError } from "./post-errors";
import type { PostInput } from "./post-input";

const db = getDb();

afterAll(async () => {
  await db.$disconnect();
  getWebRedis().disconnect();
});

/** A linked account row; createPost never reads the token, so a placeholder ciphertext will do. */
async function account(
  userId: string,
  provider: "x" | "instagram" | "tiktok",
  handle = `h_${randomUUID().slice(0, 8)}`,
) {
  return db.socialAccount.create({
    data: {
      userId,
      provider,
      externalId: randomUUID(),
      handle,
      displayName: handle,
      grantedScopes: [],
      accessToken: "v1:test:not-a-real-ciphertext",
    },
    select: { id: true },
  });
}

const input = (overrides: Partial<PostInput> & Pick<PostInput, "targets">): PostInput => ({
  idempotencyKey: randomUUID(),
  text: "Hello",
  mediaIds: [],
  schedule: { mode: "now" },
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<PostRejectedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostRejectedError);
  return error as PostRejectedError;
}

const inAMonthDate = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const inAMonth = () =>
  ({ mode: "scheduled", date: inAMonthDate(), time: "09:00", timeZone: "Europe/Paris" }) as const;

const stored = async (userId: string) => ({
  posts: await db.post.count({ where: { userId } }),
  targets: await db.postTarget.count({ where: { post: { userId } } }),
});

describe("createPost refuses what a network would refuse, and stores nothing", () => {
  test("an X text of 281 weighted characters names the rule x.text.too_long", async () => {
    const user = await createUser();
    const x = await account(user.id, "x", "sandbox_writer");
    const error = await refusal(
      createPost(
        user.id,
        input({ text: "a".repeat(281), targets: [{ accountId: x.id, settings: {} }] }),
      ),
    );
    expect(error.targets).toHaveLength(1);
    expect(error.targets[0]).toMatchObject({
      accountId: x.id,
      network: "X",
      handle: "sandbox_writer",
    });
    expect(error.targets[0]!.issues.map((issue) => issue.rule)).toEqual(["x.text.too_long"]);
    expect(error.targets[0]!.issues[0]!.message).toContain(
      "X allows 280 characters; this post has 281",
    );
    expect(error.message).toContain("X (@sandbox_writer)");
    expect(await stored(user.id)).toEqual({ posts: 0, targets: 0 });
  });

  test("weighted, not naive: 280 characters made of a URL and emoji pass, the same + 1 fails", async () => {
    const user = await createUser();
    const x = await account(user.id, "x");
    // 253 + URL (23) + emoji (2) + 2 spaces = 280 weighted characters, though far more UTF-16 units.
    const text = `${"b".repeat(253)} https://example.com/${"x".repeat(80)} 🎉`;
    const tooLong = await refusal(
      createPost(
        user.id,
        input({ text: `${text}c`, targets: [{ accountId: x.id, settings: {} }] }),
      ),
    );
    expect(tooLong.targets[0]!.issues[0]!.rule).toBe("x.text.too_long");
    expect(await stored(user.id)).toEqual({ posts: 0, targets: 0 });
    const ok = await createPost(
      user.id,
      input({ text, targets: [{ accountId: x.id, settings: {} }], schedule: inAMonth() }),
    );
    expect(await stored(user.id)).toEqual({ posts: 1, targets: 1 });
    // Tidy up the delayed job.
    expect(await cancelPost(user.id, ok.postId)).toEqual({ ok: true, cancelled: 1 });
  });

  test("one bad network refuses the whole post (Instagram without media), even with a good one", async () => {
    const user = await createUser();
    const x = await account(user.id, "x");
    const ig = await account(user.id, "instagram");
    const error = await refusal(
      createPost(
        user.id,
        input({
          targets: [
            { accountId: x.id, settings: {} },
            { accountId: ig.id, settings: {} },
          ],
        }),
      ),
    );
    expect(error.targets.map((target) => target.network)).toEqual(["Instagram"]);
    expect(error.targets[0]!.issues[0]!.rule).toBe("instagram.media.required");
    expect(await stored(user.id)).toEqual({ posts: 0, targets: 0 });
  });

  test("a TikTok target without a chosen audience names tiktok.privacyLevel.required", async () => {
    const user = await createUser();
    const tiktok = await account(user.id, "tiktok", "creator_tt");
    const video = await db.media.create({
      data: {
        userId: user.id,
        kind: "VIDEO",
        mime: "video/mp4",
        bytes: 8_000_000,
        width: 1080,
        height: 1920,
        durationMs: 4_000,
        sha256: "0".repeat(64),
        storageKey: `test/${randomUUID()}`,
      },
      select: { id: true },
    });
    const queue = getQueue(publishQueueName("tiktok"));
    const jobs = async () =>
      Object.values(await queue.getJobCounts()).reduce((sum, count) => sum + count, 0);
    const before = await jobs();
    // No audience, even with other TikTok options set: TikTok's guidelines leave it to the person.
    const error = await refusal(
      createPost(
        user.id,
        input({
          mediaIds: [video.id],
          targets: [{ accountId: tiktok.id, settings: { disableComment: true } }],
        }),
      ),
    );
    expect(error.targets).toEqual([
      {
        accountId: tiktok.id,
        handle: "creator_tt",
        network: "TikTok",
        issues: [
          {
            rule: "tiktok.privacyLevel.required",
            message: "Choose who can see this post on TikTok.",
          },
        ],
      },
    ]);
    expect(error.message).toBe("TikTok (@creator_tt): Choose who can see this post on TikTok.");
    expect(await stored(user.id)).toEqual({ posts: 0, targets: 0 });
    expect(await jobs()).toBe(before);

    const ok = await createPost(
      user.id,
      input({
        mediaIds: [video.id],
        targets: [{ accountId: tiktok.id, settings: { privacyLevel: "SELF_ONLY" } }],
        schedule: inAMonth(),
      }),
    );
    expect(await stored(user.id)).toEqual({ posts: 1, targets: 1 });
    const target = await db.postTarget.findFirstOrThrow({ where: { postId: ok.postId } });
    expect(target.settings).toEqual({ privacyLevel: "SELF_ONLY" });
    expect(await jobs()).toBe(before + 1);
    // Tidy up the delayed job.
    expect(await cancelPost(user.id, ok.postId)).toEqual({ ok: true, cancelled: 1 });
  });

  test("another user's account is refused like a missing one", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const x = await account(owner.id, "x");
    const error = await refusal(
      createPost(intruder.id, input({ targets: [{ accountId: x.id, settings: {} }] })),
    );
    expect(error.message).toMatch(/isn't linked to your Socialite account/);
    expect(await stored(intruder.id)).toEqual({ posts: 0, targets: 0 });
  });

  test("a time that has passed is refused in words", async () => {
    const user = await createUser();
    const x = await account(user.id, "x");
    const error = await refusal(
      createPost(
        user.id,
        input({
          targets: [{ accountId: x.id, settings: {} }],
          schedule: {
            mode: "scheduled",
            date: "2020-01-01",
            time: "09:00",
            timeZone: "Europe/Paris",
          },
        }),
      ),
    );
    expect(error.message).toMatch(/already passed/);
    expect(await stored(user.id)).toEqual({ posts: 0, targets: 0 });
  });
});

describe("createPost accepts a valid post once per idempotency key", () => {
  test("the same key twice (a double click) makes one post", async () => {
    const user = await createUser();
    const x = await account(user.id, "x");
    const date = inAMonthDate();
    const submission = input({
      text: `Scheduled ${randomUUID()}`,
      targets: [{ accountId: x.id, settings: {} }],
      schedule: { mode: "scheduled", date, time: "09:00", timeZone: "Europe/Paris" },
    });
    const [first, second] = await Promise.all([
      createPost(user.id, submission),
      createPost(user.id, submission),
    ]);
    expect(second.postId).toBe(first.postId);
    expect([first.duplicate, second.duplicate].sort()).toEqual([false, true]);
    expect(await stored(user.id)).toEqual({ posts: 1, targets: 1 });
    const post = await db.post.findUniqueOrThrow({ where: { id: first.postId } });
    expect(post.timeZone).toBe("Europe/Paris");
    expect(post.scheduledAt?.toISOString()).toMatch(new RegExp(`^${date}T0[78]:00:00`));
    // Tidy up the delayed job.
    expect(await cancelPost(user.id, first.postId)).toEqual({ ok: true, cancelled: 1 });
  });
});
