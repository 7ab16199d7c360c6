"use client";

import { clsx } from "clsx";
import { Cable, CalendarDays, type LucideIcon, ShieldCheck, SquarePen } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";

type NavItem = { href: string; label: string; icon: LucideIcon };

const MAIN: NavItem[] = [
  { href: "/compose", label: "Compose", icon: SquarePen },
  { href: "/posts", label: "Posts", icon: CalendarDays },
  { href: "/accounts", label: "Accounts", icon: Cable },
];

const ADMIN: NavItem[] = [{ href: "/admin", label: "Admin", icon: ShieldCheck }];

function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The app's main navigation; the current section is highlighted and marked aria-current. */
export function NavLinks({ isAdmin, onNavigate }: { isAdmin: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-6">
      <NavGroup items={MAIN} pathname={pathname} onNavigate={onNavigate} />
      {isAdmin ? (
        <NavGroup label="Workspace" items={ADMIN} pathname={pathname} onNavigate={onNavigate} />
      ) : null}
    </nav>
  );
}

function NavGroup({
  label,
  items,
  pathname,
  onNavigate,
}: {
  label?: string;
  items: NavItem[];
  pathname: string;
  onNavigate?: () => void;
}) {
  return (
    <div>
      {label ? (
        <p className="mb-1.5 px-3 text-[11px] font-semibold tracking-wider text-gray-400 uppercase">
          {label}
        </p>
      ) : null}
      <ul className="flex flex-col gap-0.5">
        {items.map(({ href, label: text, icon: Icon }) => {
          const active = isActive(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                onClick={onNavigate}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "group flex h-10 items-center gap-3 rounded-lg px-3 text-[15px] font-medium transition-colors lg:h-9 lg:text-sm",
                  active
                    ? "bg-brand-50 text-brand-700 ring-1 ring-brand-600/10"
                    : "text-gray-600 hover:bg-gray-100 hover:text-gray-900",
                )}
              >
                <Icon
                  className={clsx(
                    "size-[18px] shrink-0 lg:size-4",
                    active ? "text-brand-600" : "text-gray-400 group-hover:text-gray-600",
                  )}
                  strokeWidth={2}
                  aria-hidden="true"
                />
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
