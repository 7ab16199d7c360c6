/** Session guards for pages, actions and route handlers. */
import { forbidden, redirect } from "next/navigation";
import { auth } from "./auth";

export type CurrentUser = { id: string; email: string; name: string; role: "USER" | "ADMIN" };

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  return session?.user?.id && session.user.id !== "undefined" ? session.user : null;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user)
    redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/** For admin pages: 403 for a signed-in non-admin. */
export async function requireAdmin(returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ADMIN") forbidden();
  return user;
}
