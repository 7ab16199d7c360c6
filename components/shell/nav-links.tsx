import type { ReactNode } from "react";
import { ActiveLink } from "./active-link";

/** A link of the main navigation; the icon is rendered here on the server (see app-shell.tsx). */
export type NavItem = { href: string; label: string; icon: ReactNode };
export type NavGroupItems = { label?: string; items: NavItem[] };

/** The app's main navigation; the current section is highlighted and marked aria-current. */
export function NavLinks({ groups }: { groups: NavGroupItems[] }) {
  return (
    <nav aria-label="Main" className="flex flex-col gap-6">
      {groups.map((group) => (
        <div key={group.label ?? "main"}>
          {group.label ? (
            <p className="mb-1.5 px-3 text-[11px] font-semibold tracking-wider text-gray-400 uppercase">
              {group.label}
            </p>
          ) : null}
          <ul className="flex flex-col gap-0.5">
            {group.items.map(({ href, label, icon }) => (
              <li key={href}>
                <ActiveLink
                  href={href}
                  className="group flex h-10 items-center gap-3 rounded-lg px-3 text-[15px] font-medium text-gray-600 transition-colors hover:bg-gray-100 hover:text-gray-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 aria-[current=page]:ring-1 aria-[current=page]:ring-brand-600/10 aria-[current=page]:hover:bg-brand-50 aria-[current=page]:hover:text-brand-700 lg:h-9 lg:text-sm"
                >
                  {icon}
                  {label}
                </ActiveLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
