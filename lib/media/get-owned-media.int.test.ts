import { afterAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";
import { findOwnedMedia, getOwnedMedia, MediaNotFoundError } from "./get-owned-media";
import { saveUpload } from "./save-upload";
import { FIXTURES, fixture, tempStorage } from "./testing/media-test-support";

const db = getDb();
const { storage, cleanup } = tempStorage();

afterAll(async () => {
  cleanup();
  await db.$disconnect();
});

async function upload(userId: string, name: string) {
  return saveUpload({ userId, buffer: fixture(name) }, storage);
}

describe("owned media lookups", () => {
  test("return the owner's media in the requested order, duplicates collapsed", async () => {
    const owner = await createUser();
    const first = await upload(owner.id, FIXTURES.square);
    const second = await upload(owner.id, FIXTURES.png);
    const media = await getOwnedMedia(owner.id, [second.id, first.id, second.id]);
    expect(media.map((m) => m.id)).toEqual([second.id, first.id]);
    expect(media[0]).toMatchObject({ kind: "IMAGE", mime: "image/png", width: 800 });
    expect(await getOwnedMedia(owner.id, [])).toEqual([]);
  });

  test("treat another user's media exactly like a missing id", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const mine = await upload(owner.id, FIXTURES.square);
    const theirs = await upload(intruder.id, FIXTURES.portrait);

    expect(await findOwnedMedia(intruder.id, mine.id)).toBeNull();
    expect(await findOwnedMedia(intruder.id, "does-not-exist")).toBeNull();
    expect((await findOwnedMedia(owner.id, mine.id))?.id).toBe(mine.id);

    await expect(getOwnedMedia(intruder.id, [theirs.id, mine.id])).rejects.toBeInstanceOf(
      MediaNotFoundError,
    );
    await expect(getOwnedMedia(intruder.id, ["does-not-exist"])).rejects.toBeInstanceOf(
      MediaNotFoundError,
    );
    // Same message either way, so ids can't be probed.
    const foreign = await getOwnedMedia(intruder.id, [mine.id]).catch((e: Error) => e.message);
    const missing = await getOwnedMedia(intruder.id, ["nope"]).catch((e: Error) => e.message);
    expect(foreign).toBe(missing);
  });
});
