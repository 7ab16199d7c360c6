// The pixel-flood check must run on the header alone: no pixel of the bomb is ever decoded.
import { describe, expect, test, vi } from "vitest";

const decodes = vi.hoisted(() => ({ count: 0 }));

vi.mock("sharp", async (importOriginal) => {
  const real = (await importOriginal<typeof import("sharp")>()).default;
  const counting = (...args: Parameters<typeof real>) => {
    const instance = real(...args);
    for (const method of ["stats", "toBuffer", "raw"] as const) {
      const original = instance[method].bind(instance) as (...a: unknown[]) => unknown;
      Object.assign(instance, {
        [method]: (...a: unknown[]) => {
          decodes.count += 1;
          return original(...a);
        },
      });
    }
    return instance;
  };
  return { default: counting };
});

const { inspectImage } = await import("./inspect-image");
const { MediaRejectedError } = await import("./media-rejected-error");
const { FIXTURES, fixture } = await import("./testing/media-test-support");

describe("inspectImage and the pixel flood", () => {
  test("refuses 30000x30000 from the header, quickly, with nothing decoded", async () => {
    decodes.count = 0;
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await inspectImage(fixture(FIXTURES.pixelFlood)).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect((error as InstanceType<typeof MediaRejectedError>).reason).toBe("too_many_pixels");
    expect((error as Error).message).toContain("30000x30000");
    expect(decodes.count).toBe(0);
    expect(elapsed).toBeLessThan(1000);
    // Decoding would need 3.6 GB; allow generous noise for the test runner itself.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  test("a valid image is decoded exactly once", async () => {
    decodes.count = 0;
    await inspectImage(fixture(FIXTURES.square));
    expect(decodes.count).toBe(1);
  });
});
