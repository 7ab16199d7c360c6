"use client";

import { clsx } from "clsx";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useState } from "react";

/**
 * The phone-width top bar: logo, the current user's avatar and a menu button that drops down the
 * navigation and the user panel. Closes on navigation, on a click on any of its links and on
 * Escape. Everything but the open/closed state is rendered on the server and passed in, so the
 * bar ships almost no JavaScript.
 */
export function MobileNav({
  logo,
  avatar,
  navigation,
  footer,
  icons,
}: {
  logo: ReactNode;
  avatar: ReactNode;
  navigation: ReactNode;
  footer: ReactNode;
  icons: { open: ReactNode; close: ReactNode };
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
          {avatar}
          <button
            type="button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
            className="-mr-2 inline-flex size-10 items-center justify-center rounded-lg text-gray-700 hover:bg-gray-100"
          >
            {open ? icons.close : icons.open}
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
          {/* biome-ignore lint/a11y/noStaticElementInteractions: closes after a link inside is followed (also one to the page already shown); the links themselves are the controls */}
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: Enter on a link fires this click too */}
          <div
            id={panelId}
            onClick={(event) => {
              if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
            }}
            className={clsx(
              "absolute inset-x-0 top-full z-10 border-b border-gray-200 bg-white px-3 pt-3 pb-2 shadow-raised",
            )}
          >
            {navigation}
            <div className="mt-3 border-t border-gray-100 pt-2">{footer}</div>
          </div>
        </>
      ) : null}
    </div>
  );
}
