"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { logger } from "@/lib/logger";
import { cancelPost } from "@/lib/posts/cancel-post";
import { PostRejectedError } from "@/lib/posts/post-errors";
import { postInputSchema, scheduleSchema } from "@/lib/posts/post-input";
import { retryTarget } from "@/lib/posts/retry-target";
import { updateScheduledPost } from "@/lib/posts/update-scheduled-post";

/** The outcome of a Retry or Cancel, shown next to the button that asked for it. */
export type PostActionState =
  | { status: "idle" }
  | { status: "done" | "error"; message: string; at: number };

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const say = (status: "done" | "error", message: string): PostActionState => ({
  status,
  message,
  at: Date.now(),
});

/** Retry of one FAILED or UNCONFIRMED delivery (owner-only; a published one is never retried). */
export async function retryTargetAction(
  _previous: PostActionState,
  formData: FormData,
): Promise<PostActionState> {
  const user = await getCurrentUser();
  if (!user) return say("error", "Your session has ended. Sign in again.");
  const targetId = id.safeParse(formData.get("targetId"));
  if (!targetId.success) return say("error", "That delivery could not be found.");
  try {
    const result = await retryTarget(user.id, targetId.data);
    revalidatePath("/posts");
    if (!result.ok) {
      return say(
        "error",
        result.reason === "not_found"
          ? "That delivery could not be found."
          : "This delivery is no longer failed, so there is nothing to retry.",
      );
    }
    return say(
      "done",
      result.queued
        ? "Retrying now."
        : "Saved for retry. The publishing queue is unavailable right now; it goes out as soon as the queue is back.",
    );
  } catch (error) {
    logger.error({ userId: user.id, err: (error as Error).message }, "retry failed");
    return say("error", "Socialite couldn't retry just now. Try again in a moment.");
  }
}

/** Cancels the deliveries of a post that haven't gone out yet (owner-only). */
export async function cancelPostAction(
  _previous: PostActionState,
  formData: FormData,
): Promise<PostActionState> {
  const user = await getCurrentUser();
  if (!user) return say("error", "Your session has ended. Sign in again.");
  const postId = id.safeParse(formData.get("postId"));
  if (!postId.success) return say("error", "That post could not be found.");
  try {
    const result = await cancelPost(user.id, postId.data);
    revalidatePath("/posts");
    if (!result.ok) return say("error", "That post could not be found.");
    return say(
      result.cancelled > 0 ? "done" : "error",
      result.cancelled > 0
        ? "Cancelled. Nothing more will be posted."
        : "Nothing left to cancel: every delivery has already gone out or been cancelled.",
    );
  } catch (error) {
    logger.error({ userId: user.id, err: (error as Error).message }, "cancel failed");
    return say("error", "Socialite couldn't cancel just now. Try again in a moment.");
  }
}

const editSchema = z.object({
  postId: id,
  text: postInputSchema.shape.text,
  schedule: scheduleSchema.options[1],
});

const NOT_EDITABLE = {
  not_found: "That post could not be found.",
  not_editable: "This post is going out now (or already has), so it can't be edited any more.",
  queue_unavailable:
    "The publishing queue is unavailable, so the time couldn't be changed. Nothing was changed; try again in a moment.",
} as const;

/** Edits the text and time of a scheduled post before it goes out (owner-only, rules re-checked). */
export async function updatePostAction(
  _previous: PostActionState,
  formData: FormData,
): Promise<PostActionState> {
  const user = await getCurrentUser();
  if (!user) return say("error", "Your session has ended. Sign in again.");
  const parsed = editSchema.safeParse({
    postId: formData.get("postId"),
    text: formData.get("text"),
    schedule: {
      mode: "scheduled",
      date: formData.get("date"),
      time: formData.get("time"),
      timeZone: formData.get("timeZone"),
    },
  });
  if (!parsed.success) return say("error", parsed.error.issues[0]?.message ?? "Check the post.");
  try {
    const result = await updateScheduledPost(user.id, parsed.data.postId, {
      text: parsed.data.text,
      schedule: parsed.data.schedule,
    });
    revalidatePath("/posts");
    return result.ok ? say("done", "Saved.") : say("error", NOT_EDITABLE[result.reason]);
  } catch (error) {
    if (error instanceof PostRejectedError) {
      const details = error.targets.flatMap((target) =>
        target.issues.map((issue) => `${target.network} (@${target.handle}): ${issue.message}`),
      );
      return say("error", details.length > 0 ? details.join(" ") : error.message);
    }
    logger.error({ userId: user.id, err: (error as Error).message }, "edit failed");
    return say("error", "Socialite couldn't save the changes just now. Try again in a moment.");
  }
}
