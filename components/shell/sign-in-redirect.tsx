"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Safety net for a signed-out visit to a page that forgot to call requireUser(): send the browser
 * to sign-in, coming back here afterwards. Pages that do call it redirect on the server first.
 */
export function SignInRedirect() {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    router.replace(`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`);
  }, [pathname, router]);
  return null;
}
