"use client";

import { clsx } from "clsx";
import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { NavLinks } from "./nav-links";

/**
 * The phone-width top bar: logo, the current user's avatar and a menu button that drops down the
 * navigation and the user panel (`footer`, rendered on the server). Closes on navigation and Escape.
 */
export function MobileNav({
  logo,
  footer,
  isAdmin,
  userName,
  userSeed,
}: {
  logo: ReactNode;
  footer: ReactNode;
  isAdmin: boolean;
  userName: string;
  userSeed: string;
}) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const panelId = useId();

  // Close whenever the route changes (a link in the panel was followed).
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="sticky top-0 z-40 lg:hidden">
      <div className="relative z-20 flex h-14 items-center justify-between border-b border-gray-200 bg-white/90 px-4 backdrop-blur-md">
        {logo}
        <div className="flex items-center gap-1">
          <Avatar name={userName} seed={userSeed} size="sm" />
          <button
            type="button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
            className="-mr-2 inline-flex size-10 items-center justify-center rounded-lg text-gray-700 hover:bg-gray-100"
          >
            {open ? (
              <X className="size-5" aria-hidden="true" />
            ) : (
              <Menu className="size-5" aria-hidden="true" />
            )}
            <span className="sr-only">{open ? "Close menu" : "Open menu"}</span>
          </button>
        </div>
      </div>
      {open ? (
        <>
          <button
            type="button"
            tabIndex={-1}
            aria-hidden="true"
            onClick={() => setOpen(false)}
            className="fixed inset-0 z-0 cursor-default bg-gray-950/20 backdrop-blur-[2px]"
          />
          <div
            id={panelId}
            className={clsx(
              "absolute inset-x-0 top-full z-10 border-b border-gray-200 bg-white px-3 pt-3 pb-2 shadow-raised",
            )}
          >
            <NavLinks isAdmin={isAdmin} onNavigate={() => setOpen(false)} />
            <div className="mt-3 border-t border-gray-100 pt-2">{footer}</div>
          </div>
        </>
      ) : null}
    </div>
  );
}
