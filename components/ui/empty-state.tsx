import { clsx } from "clsx";
import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/**
 * What a page shows before it has anything to show: an icon, a headline that says what will be
 * here, one or two sentences, and the next step. `children` adds optional detail underneath
 * (a short list of what to expect, a legend); `compact` suits cards in a grid.
 */
export function EmptyState({
  icon: Icon,
  title,
  description,
  actions,
  children,
  compact = false,
  headingLevel = 2,
  className,
}: {
  icon: LucideIcon;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  compact?: boolean;
  headingLevel?: 1 | 2 | 3;
  className?: string;
}) {
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1] ?? "h2";
  return (
    <section
      className={clsx(
        "relative flex flex-col items-center overflow-hidden text-center",
        compact
          ? "px-5 py-8"
          : "rounded-2xl border border-dashed border-gray-300 bg-white px-4 py-10 sm:px-10 sm:py-16",
        className,
      )}
    >
      {compact ? null : (
        // A faint dotted backdrop behind the icon: decoration only.
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-0 top-0 h-48 bg-[radial-gradient(var(--color-gray-200)_1px,transparent_1px)] [background-size:16px_16px] [mask-image:radial-gradient(ellipse_at_top,black_20%,transparent_70%)]"
        />
      )}
      <div
        className={clsx(
          "relative flex items-center justify-center rounded-xl bg-gradient-to-b from-white to-gray-50 ring-1 ring-gray-200",
          compact ? "size-10 shadow-card" : "size-14 shadow-raised",
        )}
      >
        <Icon
          className={clsx("text-brand-600", compact ? "size-5" : "size-6")}
          strokeWidth={1.75}
          aria-hidden="true"
        />
      </div>
      <Heading
        className={clsx(
          "relative font-semibold tracking-tight text-gray-900",
          compact ? "mt-4 text-[15px]" : "mt-6 text-lg sm:text-xl",
        )}
      >
        {title}
      </Heading>
      {description ? (
        <p
          className={clsx(
            "relative max-w-md text-pretty text-gray-600",
            compact ? "mt-1.5 text-[13px] leading-5" : "mt-2 text-[15px] leading-6",
          )}
        >
          {description}
        </p>
      ) : null}
      {actions ? (
        <div className="relative mt-6 flex flex-wrap items-center justify-center gap-2">
          {actions}
        </div>
      ) : null}
      {children ? <div className="relative mt-8 w-full">{children}</div> : null}
    </section>
  );
}

/** A row of "what you'll get here" points for an empty state: icon, title, one line each. */
export function EmptyStateHighlights({
  items,
}: {
  items: { icon: LucideIcon; title: string; description: ReactNode }[];
}) {
  return (
    <ul className="mx-auto grid max-w-3xl gap-3 text-left sm:grid-cols-3">
      {items.map(({ icon: Icon, title, description }) => (
        <li key={title} className="flex gap-3 rounded-xl border border-gray-200 bg-gray-50/60 p-4">
          <Icon className="mt-0.5 size-4 shrink-0 text-gray-500" aria-hidden="true" />
          <div>
            <p className="text-sm font-medium text-gray-900">{title}</p>
            <p className="mt-0.5 text-[13px] leading-5 text-gray-600">{description}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
