"use server";
// Users page action: check the admin, parse with zod, delegate to lib/admin, revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changeRole } from "@/lib/admin/change-role";
import { checkAdmin } from "@/lib/admin/check-admin";
import { recordIdSchema } from "@/lib/admin/connection-filters";

export type RoleChangeState =
  | { status: "idle" }
  | { status: "done"; ok: boolean; message: string; at: number };

const roleChangeSchema = z.object({ userId: recordIdSchema, role: z.enum(["USER", "ADMIN"]) });

const done = (ok: boolean, message: string): RoleChangeState => ({
  status: "done",
  ok,
  message,
  at: Date.now(),
});

export async function changeRoleAction(
  _previous: RoleChangeState,
  form: FormData,
): Promise<RoleChangeState> {
  const check = await checkAdmin();
  if (!check.ok) return done(false, check.error);
  const parsed = roleChangeSchema.safeParse({ userId: form.get("userId"), role: form.get("role") });
  if (!parsed.success) return done(false, "That change isn't valid.");
  const result = await changeRole(check.user.id, parsed.data.userId, parsed.data.role);
  if (!result.ok) {
    return result.reason === "last_admin"
      ? done(false, "This is the last admin. Make someone else an admin first.")
      : done(false, "That user no longer exists.");
  }
  // Demoting yourself ends your admin access at once: leave the admin area.
  if (result.user.id === check.user.id && result.user.role === "USER") redirect("/compose");
  revalidatePath("/admin/users");
  if (!result.changed)
    return done(true, `${result.user.email} was already ${roleName(result.user.role)}.`);
  return done(true, `${result.user.email} is now ${roleName(result.user.role)}.`);
}

function roleName(role: "USER" | "ADMIN") {
  return role === "ADMIN" ? "an admin" : "a user";
}
