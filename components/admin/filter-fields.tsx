import { clsx } from "clsx";
import type { ComponentProps, ReactNode } from "react";

/** Compact labelled controls for the admin filter bars (GET forms: no JavaScript needed). */
const control =
  "h-9 w-full rounded-lg border border-gray-300 bg-white px-3 text-sm text-gray-900 shadow-card " +
  "hover:border-gray-400 focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none";

export function FilterField({
  label,
  htmlFor,
  className,
  children,
}: {
  label: string;
  htmlFor: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={clsx("flex min-w-0 flex-col gap-1", className)}>
      <label htmlFor={htmlFor} className="text-[12px] font-medium text-gray-600">
        {label}
      </label>
      {children}
    </div>
  );
}

export function FilterSelect({ className, ...props }: ComponentProps<"select">) {
  return <select className={clsx(control, "pr-8", className)} {...props} />;
}

export function FilterInput({ className, ...props }: ComponentProps<"input">) {
  return <input className={clsx(control, "placeholder:text-gray-400", className)} {...props} />;
}
