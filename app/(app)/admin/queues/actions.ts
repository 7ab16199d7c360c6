"use server";
// Pipeline page actions: check the admin, parse with zod, delegate to lib/, revalidate.
import { revalidatePath } from "next/cache";
import { checkAdmin } from "@/lib/admin/check-admin";
import { recordIdSchema } from "@/lib/admin/connection-filters";
import { discardTarget } from "@/lib/admin/discard-target";
import { retryTarget } from "@/lib/posts/retry-target";

export type TargetActionState =
  | { status: "idle" }
  | { status: "done"; ok: boolean; title: string; detail?: string; at: number };

const done = (ok: boolean, title: string, detail?: string): TargetActionState => ({
  status: "done",
  ok,
  title,
  ...(detail ? { detail } : {}),
  at: Date.now(),
});

export async function retryTargetAction(
  _previous: TargetActionState,
  form: FormData,
): Promise<TargetActionState> {
  const check = await checkAdmin();
  if (!check.ok) return done(false, check.error);
  const targetId = recordIdSchema.safeParse(form.get("targetId"));
  if (!targetId.success) return done(false, "No such target.");
  const result = await retryTarget(check.user.id, targetId.data, { asAdmin: true });
  revalidatePath("/admin/queues");
  if (!result.ok) {
    return result.reason === "not_found"
      ? done(false, "That target no longer exists.")
      : done(
          false,
          "Not retried",
          "It is no longer failed or unconfirmed (already retried or discarded).",
        );
  }
  return result.queued
    ? done(true, "Retry queued", "The worker publishes it in a moment; it leaves this list now.")
    : done(
        true,
        "Retry saved",
        "Redis is unavailable, so it is saved as queued; the reconciler enqueues it when Redis is back.",
      );
}

export async function discardTargetAction(
  _previous: TargetActionState,
  form: FormData,
): Promise<TargetActionState> {
  const check = await checkAdmin();
  if (!check.ok) return done(false, check.error);
  const targetId = recordIdSchema.safeParse(form.get("targetId"));
  if (!targetId.success) return done(false, "No such target.");
  const result = await discardTarget(check.user.id, targetId.data);
  revalidatePath("/admin/queues");
  if (!result.ok) {
    return result.reason === "not_found"
      ? done(false, "That target no longer exists.")
      : done(false, "Not discarded", "It is no longer failed or unconfirmed.");
  }
  return done(true, "Discarded", "It won't be retried; its error stays in the post's history.");
}
