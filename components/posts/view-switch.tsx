import { clsx } from "clsx";
import { CalendarDays, CalendarRange, LayoutList } from "lucide-react";
import Link from "next/link";

const VIEWS = [
  { view: "list", label: "List", Icon: LayoutList },
  { view: "month", label: "Month", Icon: CalendarDays },
  { view: "week", label: "Week", Icon: CalendarRange },
] as const;

/** The List / Month / Week segmented control: links (?view=), so each view has its own URL. */
export function ViewSwitch({ view, date }: { view: string; date?: string }) {
  return (
    <nav aria-label="Posts view">
      <ul className="inline-flex gap-1 rounded-lg bg-gray-100 p-1 ring-1 ring-gray-200 ring-inset">
        {VIEWS.map(({ view: id, label, Icon }) => {
          const active = id === view;
          const query = new URLSearchParams({
            view: id,
            ...(date && id !== "list" ? { date } : {}),
          });
          return (
            <li key={id}>
              <Link
                href={`/posts?${query.toString()}`}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "flex h-8 items-center gap-1.5 rounded-md px-3 text-[13px] font-medium transition-colors",
                  active
                    ? "bg-white text-gray-900 shadow-card ring-1 ring-gray-200"
                    : "text-gray-600 hover:text-gray-900",
                )}
              >
                <Icon className="size-4" aria-hidden="true" />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
