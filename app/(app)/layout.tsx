import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { SignInRedirect } from "@/components/shell/sign-in-redirect";
import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * Every signed-in page. A layout can't know the current path and renders before its page, so a
 * redirect here would lose the way back. Signed out, it renders only the page, whose own
 * requireUser("/its-path") redirects to /sign-in?callbackUrl=… (the page never runs unless the
 * layout renders it). So EVERY page in this group must call requireUser/requireAdmin first;
 * SignInRedirect is only a client-side safety net for one that forgets.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        {children}
        <SignInRedirect />
      </>
    );
  }
  return <AppShell user={user}>{children}</AppShell>;
}
