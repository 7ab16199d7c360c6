/** What the composer submits. Ids only for accounts and media: ownership is checked server-side. */
import { z } from "zod";

const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string().max(2000),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue).max(50),
    z.record(z.string().max(64), jsonValue),
  ]),
);

const id = z.string().min(1).max(64);

export const scheduleSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("now") }),
  z.object({
    mode: z.literal("scheduled"),
    date: z.iso.date({ message: "Pick a date." }),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Pick a time (HH:MM)." }),
    timeZone: z.string().min(1).max(64),
  }),
]);

export const postInputSchema = z.object({
  idempotencyKey: z.uuid({ message: "Missing submission id; reload the page." }),
  text: z.string().max(10_000, { message: "That post is longer than any network allows." }),
  mediaIds: z.array(id).max(35).default([]),
  targets: z
    .array(
      z.object({
        accountId: id,
        textOverride: z.string().max(10_000).optional(),
        settings: z.record(z.string().max(64), jsonValue).default({}),
      }),
    )
    .min(1, { message: "Choose at least one account to publish to." })
    .max(50),
  schedule: scheduleSchema,
});

export type PostInput = z.infer<typeof postInputSchema>;
export type ScheduleInput = z.infer<typeof scheduleSchema>;
