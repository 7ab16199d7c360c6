/**
 * Tunable behaviour: token lifetimes, quotas, processing delays. Defaults follow providers.md;
 * where it marks a fact UNCONFIRMED the stricter value is the default (see sandbox/README.md).
 * The control API merges partial updates into this (PUT /_sandbox/config).
 */
import { z } from "zod";

const seconds = z.number().int().min(0);
const rateLimit = z.object({
  limit: z.number().int().min(0),
  windowSeconds: z.number().int().min(1),
});

export const configSchema = z.object({
  x: z
    .object({
      codeTtlSeconds: seconds.default(30),
      accessTokenTtlSeconds: seconds.default(7200),
      /** UNCONFIRMED: X documents no refresh-token lifetime; 180 days is the stricter finite choice. */
      refreshTokenTtlSeconds: seconds.nullable().default(15_552_000),
      mediaProcessingSeconds: seconds.default(1),
      /** Per-user windows from the current X rate-limit table, keyed by endpoint name. */
      rateLimits: z.record(z.string(), rateLimit).default({
        tweets: { limit: 100, windowSeconds: 900 },
        /** Not in providers.md's table; X's long-standing per-user value. */
        users_tweets: { limit: 900, windowSeconds: 900 },
        users_me: { limit: 75, windowSeconds: 900 },
        media_upload: { limit: 500, windowSeconds: 900 },
        media_initialize: { limit: 1875, windowSeconds: 900 },
        media_append: { limit: 1875, windowSeconds: 900 },
        media_finalize: { limit: 1875, windowSeconds: 900 },
        media_status: { limit: 1000, windowSeconds: 900 },
        token: { limit: 1000, windowSeconds: 900 },
        revoke: { limit: 1000, windowSeconds: 900 },
      }),
    })
    .strict(),
  facebook: z
    .object({
      codeTtlSeconds: seconds.default(600),
      shortLivedTtlSeconds: seconds.default(3600),
      longLivedTtlSeconds: seconds.default(5_183_944),
    })
    .strict(),
  instagram: z
    .object({
      codeTtlSeconds: seconds.default(3600),
      shortLivedTtlSeconds: seconds.default(3600),
      longLivedTtlSeconds: seconds.default(5_183_944),
      minRefreshAgeSeconds: seconds.default(86_400),
      /** UNCONFIRMED 50 vs 100 per 24 h: the stricter 50. */
      publishingQuota: z.number().int().min(0).default(50),
      imageProcessingSeconds: seconds.default(0),
      videoProcessingSeconds: seconds.default(2),
      /** UNCONFIRMED: the doc's {data:[…]} wrapper or the flat object clients observe. */
      tokenResponseShape: z.enum(["data", "flat"]).default("data"),
    })
    .strict(),
  tiktok: z
    .object({
      codeTtlSeconds: seconds.default(600),
      /** UNCONFIRMED 24 h vs 2 h: the stricter 2 h. */
      accessTokenTtlSeconds: seconds.default(7200),
      /** UNCONFIRMED 365 d vs 180 d: the stricter 180 d. */
      refreshTokenTtlSeconds: seconds.default(15_552_000),
      /** Unaudited clients may only post SELF_ONLY, as on a fresh TikTok app. */
      audited: z.boolean().default(false),
      /** UNCONFIRMED hex vs base64url S256 challenge for web apps; "either" accepts both. */
      pkceEncoding: z.enum(["hex", "base64url", "either"]).default("either"),
      /** Verified PULL_FROM_URL prefixes besides the registered app URLs. */
      verifiedUrlPrefixes: z.array(z.string()).default([]),
      dailyPostCap: z.number().int().min(0).default(15),
      processingSeconds: seconds.default(1),
      /** Per-token limits on a 1-minute window, keyed by endpoint name (TikTok's documented values). */
      rateLimitsPerMinute: z.record(z.string(), z.number().int().min(0)).default({
        user_info: 600,
        video_list: 600,
        creator_info: 20,
        video_init: 6,
        inbox_video_init: 6,
        content_init: 6,
        status: 30,
      }),
    })
    .strict(),
});

export type SandboxConfig = z.infer<typeof configSchema>;

export const defaultConfig = (): SandboxConfig =>
  configSchema.parse({ x: {}, facebook: {}, instagram: {}, tiktok: {} });

const patchSchema = z
  .object({
    x: z.record(z.string(), z.unknown()).optional(),
    facebook: z.record(z.string(), z.unknown()).optional(),
    instagram: z.record(z.string(), z.unknown()).optional(),
    tiktok: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/**
 * Merges a partial update (per network, field by field; x.rateLimits per endpoint) and validates
 * the result as a whole. zod 4 fills defaults inside .partial(), so a partial schema cannot be
 * used to patch: it would silently reset untouched fields.
 */
export function applyConfigPatch(config: SandboxConfig, patch: unknown): SandboxConfig {
  const parts = patchSchema.parse(patch);
  const xPatch = parts.x ?? {};
  const rateLimits =
    typeof xPatch.rateLimits === "object" && xPatch.rateLimits !== null
      ? { ...config.x.rateLimits, ...xPatch.rateLimits }
      : config.x.rateLimits;
  return configSchema.parse({
    x: { ...config.x, ...xPatch, rateLimits },
    facebook: { ...config.facebook, ...parts.facebook },
    instagram: { ...config.instagram, ...parts.instagram },
    tiktok: {
      ...config.tiktok,
      ...parts.tiktok,
      rateLimitsPerMinute: {
        ...config.tiktok.rateLimitsPerMinute,
        ...(parts.tiktok?.rateLimitsPerMinute as object | undefined),
      },
    },
  });
}
