/**
 * Query-string values of pages, read leniently: they come from links and form submissions, not an
 * API, so a bad value reads as absent (the filter is ignored) instead of failing the page.
 */
import { z } from "zod";

/** The first of repeated values; a blank one counts as absent. */
function firstValue(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() === "" ? undefined : first;
}

/** One optional query value: the first of repeats; blank or invalid reads as absent. */
export const queryParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess(firstValue, schema.optional().catch(undefined));
