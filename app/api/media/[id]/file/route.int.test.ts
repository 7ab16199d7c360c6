// The thin route itself: query parsing, HEAD, and plain 403s for bad links (never a 500).
import { NextRequest } from "next/server";
import { afterAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/tests/integration/factories";

const support = await import("@/lib/media/testing/media-test-support");
const temp = support.tempStorage();

vi.mock("@/lib/dev-secrets", () => ({
  getAuthSecret: () => "integration-secret-at-least-32-characters",
}));
vi.mock("@/lib/media/storage", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/media/storage")>()),
  getMediaStorage: () => temp.storage,
}));

const { GET, HEAD } = await import("./route");
const { saveUpload } = await import("@/lib/media/save-upload");
const { signedMediaUrl } = await import("@/lib/media/signed-url");

const db = getDb();
afterAll(async () => {
  temp.cleanup();
  await db.$disconnect();
});

const call = (handler: typeof GET, url: string, id: string) =>
  handler(new NextRequest(url), { params: Promise.resolve({ id }) });

describe("GET/HEAD /api/media/[id]/file", () => {
  test("serves a signed link, with HEAD answering the same headers", async () => {
    const user = await createUser();
    const buffer = support.fixture(support.FIXTURES.square);
    const media = await saveUpload({ userId: user.id, buffer });
    const url = signedMediaUrl(media.id);

    const response = await call(GET, url, media.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("content-length")).toBe(String(buffer.byteLength));
    expect(response.headers.get("cache-control")).toMatch(/^private, max-age=(3600|3599)$/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(buffer)).toBe(true);

    const head = await call(HEAD, url, media.id);
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(buffer.byteLength));
    expect(head.body).toBeNull();
  });

  test("answers 403 in plain text to missing, malformed or tampered links", async () => {
    const user = await createUser();
    const media = await saveUpload({
      userId: user.id,
      buffer: support.fixture(support.FIXTURES.png),
    });
    const good = new URL(signedMediaUrl(media.id));
    const variants = [
      `${good.origin}${good.pathname}`,
      `${good.origin}${good.pathname}?variant=original&expires=abc&sig=x`,
      good.toString().replace("variant=original", "variant=jpeg"),
      good.toString().replace("variant=original", "variant=../../etc"),
    ];
    for (const url of variants) {
      const response = await call(GET, url, media.id);
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toContain("text/plain");
    }
    expect((await call(GET, good.toString(), "../../etc/passwd")).status).toBe(403);
  });
});
