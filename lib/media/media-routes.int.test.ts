// The logic behind /api/media/[id]/file and /preview, against a real database and disk store.
import sharp from "sharp";
import { afterAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";

vi.mock("@/lib/dev-secrets", () => ({
  getAuthSecret: () => "integration-secret-at-least-32-characters",
}));

const { previewResponse } = await import("./preview-response");
const { resolveSignedFile } = await import("./resolve-signed-file");
const { saveUpload } = await import("./save-upload");
const { signedMediaUrl } = await import("./signed-url");
const { storedFileResponse } = await import("./stored-file-response");
const { signedFileQuerySchema } = await import("./media-request-schemas");
const { FIXTURES, fixture, tempStorage } = await import("./testing/media-test-support");

const db = getDb();
const { storage, cleanup } = tempStorage();

afterAll(async () => {
  cleanup();
  await db.$disconnect();
});

function queryOf(url: string) {
  return signedFileQuerySchema.parse(Object.fromEntries(new URL(url).searchParams));
}

describe("signed file links", () => {
  test("serve the original, and the JPEG variant of a PNG", async () => {
    const user = await createUser();
    const png = await saveUpload({ userId: user.id, buffer: fixture(FIXTURES.png) }, storage);

    const original = await resolveSignedFile(png.id, queryOf(signedMediaUrl(png.id)), { storage });
    expect(original).toMatchObject({ ok: true, mime: "image/png", fileName: `${png.id}.png` });

    const url = signedMediaUrl(png.id, { variant: "jpeg", ttlSeconds: 120 });
    const jpeg = await resolveSignedFile(png.id, queryOf(url), { storage });
    if (!jpeg.ok) throw new Error("expected the JPEG variant");
    expect(jpeg.mime).toBe("image/jpeg");
    expect(jpeg.maxAgeSeconds).toBeLessThanOrEqual(120);
    const response = await storedFileResponse({
      storage,
      ...jpeg,
      cacheControl: `private, max-age=${jpeg.maxAgeSeconds}`,
      rangeHeader: null,
      head: false,
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(body.byteLength));
    expect(await sharp(body).metadata()).toMatchObject({ format: "jpeg", width: 800 });
  });

  test("refuse a link for another id, an expired link, and a JPEG of a video", async () => {
    const user = await createUser();
    const image = await saveUpload({ userId: user.id, buffer: fixture(FIXTURES.square) }, storage);
    const video = await saveUpload({ userId: user.id, buffer: fixture(FIXTURES.silent) }, storage);

    const forImage = queryOf(signedMediaUrl(image.id));
    expect(await resolveSignedFile(video.id, forImage, { storage })).toMatchObject({ status: 403 });

    const expired = queryOf(signedMediaUrl(image.id, { ttlSeconds: 1, now: Date.now() - 5000 }));
    expect(await resolveSignedFile(image.id, expired, { storage })).toMatchObject({ status: 403 });

    const jpegOfVideo = queryOf(signedMediaUrl(video.id, { variant: "jpeg" }));
    expect(await resolveSignedFile(video.id, jpegOfVideo, { storage })).toMatchObject({
      status: 404,
    });
  });
});

describe("previewResponse", () => {
  test("gives the owner a JPEG thumbnail of at most 480 px", async () => {
    const user = await createUser();
    const image = await saveUpload(
      { userId: user.id, buffer: fixture(FIXTURES.portrait) },
      storage,
    );
    const response = await previewResponse(user.id, image.id, null, storage);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 384, height: 480 });
  });

  test("streams a video with byte ranges for the composer's player", async () => {
    const user = await createUser();
    const video = await saveUpload({ userId: user.id, buffer: fixture(FIXTURES.reel) }, storage);
    const response = await previewResponse(user.id, video.id, "bytes=0-99", storage);
    expect(response.status).toBe(206);
    expect(response.headers.get("content-type")).toBe("video/mp4");
    expect((await response.arrayBuffer()).byteLength).toBe(100);
  });

  test("answers 404 to anyone but the owner", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const image = await saveUpload({ userId: owner.id, buffer: fixture(FIXTURES.square) }, storage);
    expect((await previewResponse(intruder.id, image.id, null, storage)).status).toBe(404);
  });
});
