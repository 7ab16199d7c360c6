/** zod building blocks shared by the networks' transform modules. */
import { z } from "zod";

const isHttpUrl = (value: string): boolean => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * An avatar or picture URL: decoration, so a missing or malformed one is dropped rather than
 * failing the whole account link.
 */
export const optionalPictureUrl = z
  .string()
  .nullish()
  .transform((value) => (value && isHttpUrl(value) ? value : undefined));
