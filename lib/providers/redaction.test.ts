import { describe, expect, it } from "vitest";
import { ProviderError } from "./provider-error";
import { redact } from "./redact";

const CANARY = "CANARY-tok-9f8e7d6c5b4a";

describe("redact", () => {
  it("masks known secrets, raw and URL-encoded", () => {
    const secret = "s3cr3t/with+chars=";
    const text = `a ${secret} b ${encodeURIComponent(secret)} c`;
    expect(redact(text, [secret])).toBe("a [redacted] b [redacted] c");
  });

  it.each([
    [
      "https://graph.instagram.com/access_token?grant_type=ig_exchange_token&access_token=IGQVJabcdef123",
    ],
    ['{"access_token":"EAAGm0PX4ZCpsBA123","token_type":"bearer"}'],
    ["client_secret=abcdef0123456789&code=AQDx0123456789"],
    ["Authorization: Bearer abcdefghijklmnop"],
    ["token act.1234567890abcdefghij and rft.abcdefghijklmnop"],
  ])("masks credentials it was not told about: %s", (text) => {
    const masked = redact(text);
    expect(masked).toContain("[redacted]");
    expect(masked).not.toMatch(
      /IGQVJabcdef123|EAAGm0PX4ZCpsBA123|abcdef0123456789|AQDx0123456789|abcdefghijklmnop|act\.1234/,
    );
  });

  it("leaves short error codes readable", () => {
    expect(redact("Graph error code: 190, subcode 460")).toBe("Graph error code: 190, subcode 460");
  });
});

describe("ProviderError", () => {
  it("never carries a canary token in its message, code or JSON", () => {
    const error = new ProviderError(
      {
        kind: "auth",
        provider: "x",
        providerCode: `bad_${CANARY}`,
        httpStatus: 401,
        message: `X said: token ${CANARY} is invalid (access_token=${CANARY})`,
      },
      [CANARY],
    );
    expect(error.message).not.toContain(CANARY);
    expect(error.providerCode).not.toContain(CANARY);
    expect(JSON.stringify(error)).not.toContain(CANARY);
    expect(String(error.stack)).not.toContain(CANARY);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "ProviderError",
      kind: "auth",
      httpStatus: 401,
    });
  });
});
