/**
 * Derived files (JPEG copy, preview thumbnail) are rendered once and kept in storage next to the
 * original under a derived key. The variant name carries a version: change the rendering, bump
 * the version, and old copies are simply never read again.
 */
import { type MediaStorage, variantKey } from "./storage";

export type StoredVariant = { storageKey: string; data: Buffer };

export async function cachedVariant(
  storage: MediaStorage,
  originalKey: string,
  variant: string,
  render: (original: Buffer) => Promise<Buffer>,
): Promise<StoredVariant> {
  const storageKey = variantKey(originalKey, variant);
  const cached = await storage.get(storageKey);
  if (cached) return { storageKey, data: cached };
  const original = await storage.get(originalKey);
  if (!original) throw new Error(`Media file ${originalKey} is missing from storage`);
  // Two concurrent renders both write the same bytes; storage.put is atomic, so either wins.
  const data = await render(original);
  await storage.put(storageKey, data);
  return { storageKey, data };
}
