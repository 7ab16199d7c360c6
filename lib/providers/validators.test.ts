import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PROVIDER_IDS } from "./provider-id";
import { providers } from "./registry";
import { networkRules } from "./validators";

const HERE = dirname(fileURLToPath(import.meta.url));
// What a client bundle must never pull in: Node built-ins, env, the HTTP path, server adapters.
const SERVER_ONLY = [
  /^node:/,
  /^server-only$/,
  /\/env$/,
  /\/config$/,
  /\/http$/,
  /-provider$/,
  /-api$/,
];

/** Every module validators.ts reaches through value imports (type-only imports are erased). */
function importGraph(entry: string, seen = new Set<string>(), external = new Set<string>()) {
  if (seen.has(entry)) return { seen, external };
  seen.add(entry);
  const source = readFileSync(entry, "utf8");
  for (const [, typeOnly, specifier] of source.matchAll(
    /^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms,
  )) {
    if (typeOnly || !specifier) continue;
    if (specifier.startsWith("."))
      importGraph(`${resolve(dirname(entry), specifier)}.ts`, seen, external);
    else external.add(specifier);
  }
  if (/\bfetch\(|process\.env/.test(source)) external.add(`fetch/env use in ${entry}`);
  return { seen, external };
}

describe("validators.ts (imported by the composer, a client component)", () => {
  it("reaches no server-only module", () => {
    const { seen, external } = importGraph(resolve(HERE, "validators.ts"));
    const everything = [...external, ...[...seen].map((file) => file.replace(/\.ts$/, ""))];
    for (const pattern of SERVER_ONLY)
      expect(everything.filter((name) => pattern.test(name))).toEqual([]);
    expect([...external].sort()).toEqual(["twitter-text", "zod/mini"]);
  });

  it.each(PROVIDER_IDS)("%s: the adapter's identity, limits and validation are the map's", (id) => {
    const rules = networkRules[id];
    const adapter = providers[id];
    expect(rules.id).toBe(id);
    expect(adapter.displayName).toBe(rules.displayName);
    expect(adapter.brandColor).toBe(rules.brandColor);
    expect(adapter.limits).toBe(rules.limits);
    expect(adapter.validatePost).toBe(rules.validatePost);
    expect(adapter.countText).toBe(rules.countText);
  });

  it("states which networks need media", () => {
    expect(
      Object.fromEntries(PROVIDER_IDS.map((id) => [id, networkRules[id].limits.mediaRequired])),
    ).toEqual({ x: false, facebook: false, instagram: true, tiktok: true });
  });
});
