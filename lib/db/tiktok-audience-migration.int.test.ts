// The data migration 20261128150000_tiktok_audience_chosen, run again on rows shaped like those
// stored before the audience was required (the test database already has every migration, so the
// statement is replayed from its file, exactly as the schema engine runs it).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";

const MIGRATION = path.join(
  process.cwd(),
  "prisma/migrations/20261128150000_tiktok_audience_chosen/migration.sql",
);

describe("migration: every unpublished TikTok target names its audience", () => {
  test("old TikTok targets get Only me; chosen audiences, published history and other networks stay", async () => {
    const db = getDb();
    const user = await createUser();
    const post = await db.post.create({ data: { userId: user.id, text: "Saved long ago" } });
    const target = (
      provider: "tiktok" | "x",
      status: "QUEUED" | "FAILED" | "PUBLISHED",
      settings: object,
    ) =>
      db.postTarget.create({
        data: {
          postId: post.id,
          provider,
          accountHandle: `${provider}-${status}-${Math.random()}`,
          status,
          settings,
        },
      });
    const queued = await target("tiktok", "QUEUED", {});
    const failed = await target("tiktok", "FAILED", { disableComment: true });
    const chosen = await target("tiktok", "QUEUED", { privacyLevel: "FOLLOWER_OF_CREATOR" });
    const published = await target("tiktok", "PUBLISHED", {});
    const other = await target("x", "QUEUED", {});

    const sql = (await readFile(MIGRATION, "utf8"))
      .split("\n")
      .filter((line) => !line.startsWith("--"))
      .join("\n");
    await db.$executeRawUnsafe(sql);

    const settingsOf = async (id: string) =>
      (await db.postTarget.findUniqueOrThrow({ where: { id } })).settings;
    expect(await settingsOf(queued.id)).toEqual({ privacyLevel: "SELF_ONLY" });
    expect(await settingsOf(failed.id)).toEqual({
      disableComment: true,
      privacyLevel: "SELF_ONLY",
    });
    expect(await settingsOf(chosen.id)).toEqual({ privacyLevel: "FOLLOWER_OF_CREATOR" });
    expect(await settingsOf(published.id)).toEqual({});
    expect(await settingsOf(other.id)).toEqual({});
  });
});
