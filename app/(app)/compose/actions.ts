"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { logger } from "@/lib/logger";
import { createPost } from "@/lib/posts/create-post";
import { PostRejectedError, type TargetIssues } from "@/lib/posts/post-errors";
import { postInputSchema } from "@/lib/posts/post-input";

/** What the composer shows after a submit that did not go through (success redirects). */
export type ComposeState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      /** Per-network refusals, with the rule each one broke. */
      targets: TargetIssues[];
      /** Problems with one part of the form (schedule, accounts), in words. */
      fields: Record<string, string>;
      /** Changes on every submit, so the same message is announced again. */
      at: number;
    };

const refused = (
  message: string,
  targets: TargetIssues[] = [],
  fields: Record<string, string> = {},
): ComposeState => ({ status: "error", message, targets, fields, at: Date.now() });

/** The first zod message per top-level field ("schedule", "targets", …). */
function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Submits the composer: the payload (one JSON field, built by the composer) is parsed with
 * postInputSchema, then createPost checks every network rule again. Bad input always comes back
 * as words in the form state, never as a 500; success goes to /posts with a notice.
 */
export async function createPostAction(
  _previous: ComposeState,
  formData: FormData,
): Promise<ComposeState> {
  const user = await getCurrentUser();
  if (!user) return refused("Your session has ended. Sign in again, then publish.");

  let json: unknown;
  try {
    json = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return refused("The form could not be read. Reload the page and try again.");
  }
  const parsed = postInputSchema.safeParse(json);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return refused(Object.values(fields)[0] ?? "Check the post and try again.", [], fields);
  }

  let created: Awaited<ReturnType<typeof createPost>>;
  try {
    created = await createPost(user.id, parsed.data);
  } catch (error) {
    if (error instanceof PostRejectedError) {
      const fields: Record<string, string> =
        error.targets.length === 0 ? { form: error.message } : {};
      return refused(error.message, error.targets, fields);
    }
    logger.error({ userId: user.id, err: (error as Error).message }, "compose: createPost failed");
    // The idempotency key makes trying again safe: a post that was saved is not saved twice.
    return refused("Socialite couldn't save your post just now. Try again in a moment.");
  }
  const query = new URLSearchParams({ created: created.postId });
  if (!created.queued) query.set("queued", "0");
  redirect(`/posts?${query.toString()}`);
}
