/** The closed set of networks; adding one here makes every exhaustive registry fail to compile. */
export const PROVIDER_IDS = ["x", "facebook", "instagram", "tiktok"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const isProviderId = (value: string): value is ProviderId =>
  (PROVIDER_IDS as readonly string[]).includes(value);
