"use client";

import { clsx } from "clsx";
import { Cable, LayoutDashboard, type LucideIcon, ScrollText, Users, Workflow } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";

export const ADMIN_SECTIONS: { href: string; label: string; icon: LucideIcon }[] = [
  { href: "/admin", label: "Overview", icon: LayoutDashboard },
  { href: "/admin/connections", label: "Connections", icon: Cable },
  { href: "/admin/queues", label: "Pipeline", icon: Workflow },
  { href: "/admin/audit", label: "Audit log", icon: ScrollText },
  { href: "/admin/users", label: "Users", icon: Users },
];

const isActive = (pathname: string, href: string) =>
  href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);

/**
 * The admin area's sub-navigation: one tab per page, the current one marked aria-current. On a
 * phone the row scrolls sideways instead of wrapping.
 */
export function AdminTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="-mx-4 min-w-0 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex w-max gap-1 rounded-xl border border-gray-200 bg-white p-1 shadow-card">
        {ADMIN_SECTIONS.map(({ href, label, icon: Icon }) => {
          const active = isActive(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "flex h-8 items-center gap-2 rounded-lg px-3 text-[13px] font-medium whitespace-nowrap transition-colors",
                  active
                    ? "bg-brand-50 text-brand-700 ring-1 ring-brand-600/15"
                    : "text-gray-600 hover:bg-gray-100 hover:text-gray-900",
                )}
              >
                <Icon
                  className={clsx("size-4", active ? "text-brand-600" : "text-gray-400")}
                  aria-hidden="true"
                />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
