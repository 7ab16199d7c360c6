import { Cable, CalendarDays, Menu, ShieldCheck, SquarePen, X } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Avatar } from "@/components/ui/avatar";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { type NavGroupItems, NavLinks } from "./nav-links";
import { UserPanel } from "./user-panel";

// Icons are rendered here, on the server, so the navigation's client code carries none of them.
// The link's `group` and aria-current colour them (active, hover, rest).
const navIcon =
  "size-[18px] shrink-0 text-gray-400 group-hover:text-gray-600 group-aria-[current=page]:text-brand-600 lg:size-4";

function navigationFor(isAdmin: boolean): NavGroupItems[] {
  const main: NavGroupItems = {
    items: [
      {
        href: "/compose",
        label: "Compose",
        icon: <SquarePen className={navIcon} aria-hidden="true" />,
      },
      {
        href: "/posts",
        label: "Posts",
        icon: <CalendarDays className={navIcon} aria-hidden="true" />,
      },
      {
        href: "/accounts",
        label: "Accounts",
        icon: <Cable className={navIcon} aria-hidden="true" />,
      },
    ],
  };
  if (!isAdmin) return [main];
  return [
    main,
    {
      label: "Workspace",
      items: [
        {
          href: "/admin",
          label: "Admin",
          icon: <ShieldCheck className={navIcon} aria-hidden="true" />,
        },
      ],
    },
  ];
}

/**
 * The signed-in frame: a fixed sidebar from the lg breakpoint, a sticky top bar with a drop-down
 * menu below it. Pages render inside <main>.
 */
export function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const navigation = navigationFor(user.role === "ADMIN");
  const homeLink = (
    <Link href="/compose" className="rounded-md" aria-label="Socialite home">
      <Logo />
    </Link>
  );
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium shadow-raised focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>

      <aside className="fixed inset-y-0 left-0 z-30 hidden w-64 flex-col border-r border-gray-200 bg-white lg:flex">
        <div className="flex h-16 items-center px-5">{homeLink}</div>
        <div className="flex-1 overflow-y-auto px-3 py-4">
          <NavLinks groups={navigation} />
        </div>
        <div className="border-t border-gray-100 p-2">
          <UserPanel user={user} />
        </div>
      </aside>

      <MobileNav
        logo={homeLink}
        avatar={<Avatar name={user.name} seed={user.email} size="sm" />}
        navigation={<NavLinks groups={navigation} />}
        footer={<UserPanel user={user} />}
        icons={{
          open: <Menu className="size-5" aria-hidden="true" />,
          close: <X className="size-5" aria-hidden="true" />,
        }}
      />

      <main id="main" tabIndex={-1} className="outline-none lg:pl-64">
        <div className="mx-auto w-full max-w-5xl px-4 pt-6 pb-16 sm:px-6 sm:pt-8 lg:px-10 lg:pt-10">
          {children}
        </div>
      </main>
    </div>
  );
}
