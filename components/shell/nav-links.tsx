"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A link of the main navigation; the icon is rendered on the server (see app-shell.tsx). */
export type NavItem = { href: string; label: string; icon: ReactNode };
export type NavGroupItems = { label?: string; items: NavItem[] };

function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The app's main navigation; the current section is highlighted and marked aria-current. */
export function NavLinks({ groups }: { groups: NavGroupItems[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-6">
      {groups.map((group) => (
        <NavGroup
          key={group.label ?? "main"}
          label={group.label}
          items={group.items}
          pathname={pathname}
        />
      ))}
    </nav>
  );
}

function NavGroup({
  label,
  items,
  pathname,
}: {
  label?: string;
  items: NavItem[];
  pathname: string;
}) {
  return (
    <div>
      {label ? (
        <p className="mb-1.5 px-3 text-[11px] font-semibold tracking-wider text-gray-400 uppercase">
          {label}
        </p>
      ) : null}
      <ul className="flex flex-col gap-0.5">
        {items.map(({ href, label: text, icon }) => {
          const active = isActive(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "group flex h-10 items-center gap-3 rounded-lg px-3 text-[15px] font-medium transition-colors lg:h-9 lg:text-sm",
                  active
                    ? "bg-brand-50 text-brand-700 ring-1 ring-brand-600/10"
                    : "text-gray-600 hover:bg-gray-100 hover:text-gray-900",
                )}
              >
                {icon}
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
