"use server";
// Connections page actions: check the admin, parse with zod, delegate to lib/admin, revalidate.
import { revalidatePath } from "next/cache";
import { checkAdmin } from "@/lib/admin/check-admin";
import { recordIdSchema } from "@/lib/admin/connection-filters";
import { type RefreshOutcome, refreshConnection } from "@/lib/admin/refresh-connection";

export type RefreshState =
  | { status: "idle" }
  | { status: "done"; outcome: RefreshOutcome | "refused"; message: string; at: number };

export async function refreshConnectionAction(
  _previous: RefreshState,
  form: FormData,
): Promise<RefreshState> {
  const check = await checkAdmin();
  if (!check.ok) {
    return { status: "done", outcome: "refused", message: check.error, at: Date.now() };
  }
  const accountId = recordIdSchema.safeParse(form.get("accountId"));
  if (!accountId.success) {
    return { status: "done", outcome: "not_found", message: "No such account.", at: Date.now() };
  }
  const result = await refreshConnection(check.user.id, accountId.data);
  revalidatePath("/admin/connections");
  return { status: "done", outcome: result.outcome, message: result.message, at: Date.now() };
}
