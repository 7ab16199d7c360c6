import { Cable, LayoutDashboard, type LucideIcon, ScrollText, Users, Workflow } from "lucide-react";
import { ActiveLink } from "@/components/shell/active-link";

const ADMIN_SECTIONS: { href: string; label: string; icon: LucideIcon }[] = [
  { href: "/admin", label: "Overview", icon: LayoutDashboard },
  { href: "/admin/connections", label: "Connections", icon: Cable },
  { href: "/admin/queues", label: "Pipeline", icon: Workflow },
  { href: "/admin/audit", label: "Audit log", icon: ScrollText },
  { href: "/admin/users", label: "Users", icon: Users },
];

/**
 * The admin area's sub-navigation: one tab per page, the current one marked aria-current. On a
 * phone the row scrolls sideways instead of wrapping.
 */
export function AdminTabs() {
  return (
    <nav aria-label="Admin" className="-mx-4 min-w-0 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex w-max gap-1 rounded-xl border border-gray-200 bg-white p-1 shadow-card">
        {ADMIN_SECTIONS.map(({ href, label, icon: Icon }) => (
          <li key={href}>
            <ActiveLink
              href={href}
              exact={href === "/admin"}
              className="group flex h-8 items-center gap-2 rounded-lg px-3 text-[13px] font-medium whitespace-nowrap text-gray-600 transition-colors hover:bg-gray-100 hover:text-gray-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 aria-[current=page]:ring-1 aria-[current=page]:ring-brand-600/15 aria-[current=page]:hover:bg-brand-50 aria-[current=page]:hover:text-brand-700"
            >
              <Icon
                className="size-4 text-gray-400 group-aria-[current=page]:text-brand-600"
                aria-hidden="true"
              />
              {label}
            </ActiveLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
