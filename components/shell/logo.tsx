import { clsx } from "clsx";

/**
 * The Socialite mark: a rounded brand tile holding an "S" whose stroke ends in a spark — one post
 * going out. The tile colour is CSS, so the SVG needs no gradient ids (safe to render twice).
 */
export function LogoMark({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={clsx(
        "inline-flex shrink-0 items-center justify-center rounded-[28%] bg-gradient-to-br from-brand-500 via-brand-600 to-brand-800 text-white shadow-sm shadow-brand-900/30 ring-1 ring-inset ring-white/15",
        className ?? "size-8",
      )}
    >
      <svg viewBox="0 0 32 32" className="size-full" fill="none" aria-hidden="true">
        <path
          d="M20.6 11.4c-.8-1.9-2.6-3-4.9-3-2.9 0-4.9 1.6-4.9 3.9 0 2.6 2.3 3.3 5 3.9 2.9.6 5.2 1.6 5.2 4.3 0 2.4-2.2 4-5.2 4-2.6 0-4.6-1.1-5.4-3.1"
          stroke="currentColor"
          strokeWidth="2.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <path
          d="M24.2 5.6c.2 1.3.7 1.8 2 2-1.3.2-1.8.7-2 2-.2-1.3-.7-1.8-2-2 1.3-.2 1.8-.7 2-2Z"
          fill="currentColor"
          stroke="currentColor"
          strokeWidth=".8"
          strokeLinejoin="round"
          opacity=".9"
        />
      </svg>
    </span>
  );
}

/** Mark + wordmark. The visible word doubles as the accessible name. */
export function Logo({ className, size = "md" }: { className?: string; size?: "md" | "lg" }) {
  return (
    <span className={clsx("inline-flex items-center gap-2.5", className)}>
      <LogoMark className={size === "lg" ? "size-9" : "size-7"} />
      <span
        className={clsx(
          "font-semibold tracking-tight text-gray-950",
          size === "lg" ? "text-xl" : "text-[17px]",
        )}
      >
        Socialite
      </span>
    </span>
  );
}
