/**
 * What the composer knows about the networks before their validators load: order, names and the
 * file types the picker offers. The full rules (lib/providers/validators.ts, with twitter-text and
 * zod) are loaded on the first interaction that needs them (use-network-rules.ts), so this module
 * must stay tiny and import nothing heavy. networks.test.ts checks it against the rules, so the
 * two cannot drift apart.
 */
import { PROVIDER_IDS, type ProviderId } from "@/lib/providers/provider-id";
import type { networkRules } from "@/lib/providers/validators";

/** The per-network rules map, once loaded. */
export type NetworkRulesMap = typeof networkRules;

/** The registry's order (the same as the keys of networkRules). */
export const NETWORK_ORDER: readonly ProviderId[] = PROVIDER_IDS;

/** Each network's display name (the same as networkRules[id].displayName). */
export const NETWORK_NAMES: Record<ProviderId, string> = {
  x: "X",
  facebook: "Facebook",
  instagram: "Instagram",
  tiktok: "TikTok",
};

/** Every MIME type some network takes: what the file picker offers (images, then videos). */
export const ACCEPTED_TYPES: readonly string[] = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "video/mp4",
  "video/quicktime",
  "video/webm",
];
