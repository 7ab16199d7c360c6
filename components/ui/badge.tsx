import { clsx } from "clsx";
import type { ComponentProps } from "react";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "info";

const tones: Record<BadgeTone, { badge: string; dot: string }> = {
  neutral: { badge: "bg-gray-100 text-gray-700 ring-gray-500/15", dot: "bg-gray-400" },
  brand: { badge: "bg-brand-50 text-brand-700 ring-brand-600/15", dot: "bg-brand-500" },
  success: { badge: "bg-emerald-50 text-emerald-700 ring-emerald-600/20", dot: "bg-emerald-500" },
  warning: { badge: "bg-amber-50 text-amber-800 ring-amber-600/20", dot: "bg-amber-500" },
  danger: { badge: "bg-red-50 text-red-700 ring-red-600/15", dot: "bg-red-500" },
  info: { badge: "bg-sky-50 text-sky-700 ring-sky-600/15", dot: "bg-sky-500" },
};

/** A small status pill. `dot` adds a coloured status dot before the text. */
export function Badge({
  tone = "neutral",
  dot = false,
  className,
  children,
  ...props
}: ComponentProps<"span"> & { tone?: BadgeTone; dot?: boolean }) {
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        tones[tone].badge,
        className,
      )}
      {...props}
    >
      {dot ? (
        <span className={clsx("size-1.5 rounded-full", tones[tone].dot)} aria-hidden="true" />
      ) : null}
      {children}
    </span>
  );
}
