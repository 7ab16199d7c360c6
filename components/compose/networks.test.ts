import { describe, expect, test } from "vitest";
import { networkRules } from "@/lib/providers/validators";
import { ACCEPTED_TYPES, NETWORK_NAMES, NETWORK_ORDER } from "./networks";

// networks.ts repeats, for the first download, what the lazily loaded rules say: keep them equal.
describe("the composer's light network data", () => {
  test("has the rules' order and display names", () => {
    expect(NETWORK_ORDER).toEqual(Object.keys(networkRules));
    for (const rules of Object.values(networkRules))
      expect(NETWORK_NAMES[rules.id]).toBe(rules.displayName);
  });

  test("offers exactly the file types some network takes", () => {
    const taken = new Set(
      Object.values(networkRules).flatMap((rules) => [
        ...rules.limits.imageTypes,
        ...rules.limits.videoTypes,
      ]),
    );
    expect(ACCEPTED_TYPES).toEqual([...taken]);
  });
});
