import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPkce } from "./pkce";

const verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

describe("verifyPkce", () => {
  it("accepts the RFC 7636 appendix B example (S256)", () => {
    expect(
      verifyPkce({
        challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        method: "S256",
        verifier,
      }),
    ).toBe(true);
  });
  it("accepts plain only when equal", () => {
    expect(verifyPkce({ challenge: verifier, method: "plain", verifier })).toBe(true);
    expect(verifyPkce({ challenge: `${verifier}x`, method: "plain", verifier })).toBe(false);
  });
  it("accepts hex only when the encoding allows it", () => {
    const hex = createHash("sha256").update(verifier).digest("hex");
    expect(verifyPkce({ challenge: hex, method: "S256", verifier, encoding: "hex" })).toBe(true);
    expect(verifyPkce({ challenge: hex, method: "S256", verifier, encoding: "base64url" })).toBe(
      false,
    );
  });
  it("rejects short verifiers and unknown methods", () => {
    expect(verifyPkce({ challenge: "abc", method: "plain", verifier: "abc" })).toBe(false);
    expect(verifyPkce({ challenge: verifier, method: "S512", verifier })).toBe(false);
  });
});
