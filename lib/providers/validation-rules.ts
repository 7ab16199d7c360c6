/**
 * Building blocks of the per-network `validate.ts` modules. Browser-safe on purpose: the composer
 * (a client component) imports the validators, so nothing here may touch node:*, env or fetch.
 */
import type { MediaInfo, ValidationIssue } from "./publishing-types";

export const issue = (rule: string, message: string): ValidationIssue => ({ rule, message });

const number = new Intl.NumberFormat("en-US");

/** "2,200" — limits are quoted to people, so they read like the networks' own docs. */
export const formatCount = (value: number): string => number.format(value);

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export const MB = 1024 * 1024;

/** Width / height, or undefined when the dimensions are unknown (checked again at the network). */
export const aspectRatio = (media: MediaInfo): number | undefined =>
  media.width && media.height ? media.width / media.height : undefined;

/** "1080×1350" for messages. */
export const dimensions = (media: MediaInfo): string => `${media.width}×${media.height}`;

/** Ratios are compared with a little slack: 1080×1350 is exactly 4:5 but 0.8 is not exact in floats. */
export const RATIO_EPSILON = 1e-3;

/** Position words for messages about one of several files ("image 2"). */
export const nth = (media: MediaInfo, index: number, total: number): string =>
  total > 1 ? `${media.kind} ${index + 1}` : `the ${media.kind}`;

export const isAnimatedGif = (media: MediaInfo): boolean =>
  media.mime === "image/gif" && media.animated !== false;

/** Hashtags and mentions as Instagram's caption limits count them. */
export const countHashtags = (text: string): number =>
  (text.match(/#[\p{L}\p{N}_]+/gu) ?? []).length;
export const countMentions = (text: string): number =>
  (text.match(/@[A-Za-z0-9_.]+/g) ?? []).length;
