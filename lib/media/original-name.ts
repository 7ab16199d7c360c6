/**
 * The client's file name, kept only to show back to its owner: reduced to a plain display string
 * (no folders, no control or bidi-override characters, bounded length). It never names a file on
 * disk; storage keys are random (./storage.ts).
 */
const MAX_LENGTH = 200;

// C0/C1 controls and the Unicode bidi overrides/isolates used to disguise extensions.
const UNSAFE_CHARACTERS = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

export function cleanOriginalName(name: string | undefined): string | null {
  if (!name) return null;
  const lastSegment = name.split(/[\\/]/).pop() ?? "";
  const cleaned = lastSegment.replace(UNSAFE_CHARACTERS, "").trim().slice(0, MAX_LENGTH);
  return cleaned === "" ? null : cleaned;
}
