import { readdirSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";
import { MediaRejectedError } from "./media-rejected-error";
import { saveUpload } from "./save-upload";
import { FIXTURES, fixture, tempStorage } from "./testing/media-test-support";

const db = getDb();
const { storage, root, cleanup } = tempStorage();
const filesOnDisk = () =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

afterAll(async () => {
  cleanup();
  await db.$disconnect();
});

describe("saveUpload", () => {
  test("stores the file under a random key and records the row for the user", async () => {
    const user = await createUser();
    const buffer = fixture(FIXTURES.reel);
    const dto = await saveUpload(
      { userId: user.id, buffer, declared: { name: "../../My Reel.mp4", type: "image/png" } },
      storage,
    );

    expect(dto).toEqual({
      id: expect.any(String),
      kind: "VIDEO",
      mime: "video/mp4",
      bytes: buffer.byteLength,
      width: 1080,
      height: 1920,
      durationMs: 4000,
      animated: false,
      previewUrl: `/api/media/${dto.id}/preview`,
    });
    expect(dto).not.toHaveProperty("storageKey");

    const row = await db.media.findUniqueOrThrow({ where: { id: dto.id } });
    expect(row).toMatchObject({ userId: user.id, kind: "VIDEO", originalName: "My Reel.mp4" });
    expect(row.storageKey).toMatch(/^[a-f0-9]{32}$/);
    expect(row.sha256).toMatch(/^[a-f0-9]{64}$/);
    expect((await storage.get(row.storageKey))?.equals(buffer)).toBe(true);
  });

  test("reports an animated GIF as animated", async () => {
    const user = await createUser();
    const dto = await saveUpload({ userId: user.id, buffer: fixture(FIXTURES.gif) }, storage);
    expect(dto).toMatchObject({ kind: "IMAGE", mime: "image/gif", animated: true });
  });

  test("a refused file leaves no row", async () => {
    const user = await createUser();
    for (const name of [FIXTURES.truncated, FIXTURES.notAnImage, FIXTURES.pixelFlood]) {
      await expect(
        saveUpload({ userId: user.id, buffer: fixture(name) }, storage),
      ).rejects.toBeInstanceOf(MediaRejectedError);
    }
    expect(await db.media.count({ where: { userId: user.id } })).toBe(0);
  });

  test("removes the stored file when the row can't be written", async () => {
    const before = filesOnDisk();
    await expect(
      saveUpload({ userId: "no-such-user", buffer: fixture(FIXTURES.square) }, storage),
    ).rejects.toThrow();
    expect(filesOnDisk()).toBe(before);
  });
});
