import { clsx } from "clsx";
import Link from "next/link";

export type Chip = {
  key: string;
  label: string;
  count: number;
  href: string;
  active: boolean;
  tone?: "danger" | "warning" | "success" | "neutral";
};

const DOTS = {
  danger: "bg-red-500",
  warning: "bg-amber-500",
  success: "bg-emerald-500",
  neutral: "bg-gray-400",
} as const;

/** Counts that are also filters: each chip links to the list narrowed to it. */
export function FilterChips({ label, chips }: { label: string; chips: Chip[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              aria-current={chip.active ? "true" : undefined}
              className={clsx(
                "inline-flex h-8 items-center gap-2 rounded-full border px-3 text-[13px] font-medium transition-colors",
                chip.active
                  ? "border-brand-300 bg-brand-50 text-brand-800 ring-1 ring-brand-600/10"
                  : "border-gray-200 bg-white text-gray-700 shadow-card hover:border-gray-300 hover:bg-gray-50",
              )}
            >
              {chip.tone ? (
                <span
                  className={clsx("size-1.5 rounded-full", DOTS[chip.tone])}
                  aria-hidden="true"
                />
              ) : null}
              {chip.label}
              <span
                className={clsx(
                  "rounded-full px-1.5 text-[12px] tabular-nums",
                  chip.active ? "bg-brand-100 text-brand-800" : "bg-gray-100 text-gray-600",
                )}
              >
                {chip.count}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
