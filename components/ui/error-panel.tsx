"use client";

import type { ReactNode } from "react";

/*
 * Error boundaries are part of every page's first download (they must be ready before anything
 * fails), and the bundler copies a shared module into each boundary's chunk. So this module
 * imports nothing: no Button, no icon library, no next/link. Its look follows StatusPage.
 */

const actionBase =
  "inline-flex h-9 items-center justify-center gap-2 rounded-lg px-3.5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500";
const primary = `${actionBase} bg-brand-600 text-white shadow-sm shadow-brand-900/20 hover:bg-brand-700 active:bg-brand-800`;
const secondary = `${actionBase} border border-gray-200 bg-white text-gray-800 shadow-card hover:border-gray-300 hover:bg-gray-50`;

/** The server's reference for a failure (Next's digest), so support can find it; never the stack. */
function digestOf(error: unknown): string | undefined {
  return error instanceof Error && "digest" in error && typeof error.digest === "string"
    ? error.digest
    : undefined;
}

/** An apology, Try again, one way out and the failure's reference: what every boundary shows. */
export function ErrorPanel({
  error,
  retry,
  title,
  description,
  way,
  children,
}: {
  error: unknown;
  retry: () => void;
  title: string;
  description: string;
  /** The way out: a full page load, since the app's router may be what broke. */
  way: { href: string; label: string };
  children?: ReactNode;
}) {
  const digest = digestOf(error);
  return (
    <div className="relative flex min-h-[60vh] items-center justify-center py-12">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 -top-10 h-[420px] bg-[radial-gradient(var(--color-gray-300)_1px,transparent_1px)] [background-size:20px_20px] [mask-image:radial-gradient(ellipse_50%_60%_at_50%_40%,black,transparent)]"
      />
      <div className="relative w-full max-w-md text-center">
        {children}
        <p className="inline-flex rounded-full bg-white px-3 py-1 font-mono text-[13px] font-medium text-brand-700 shadow-card ring-1 ring-gray-200">
          Error
        </p>
        <h1 className="mt-5 text-2xl font-semibold tracking-tight text-balance text-gray-950 sm:text-3xl">
          {title}
        </h1>
        <p className="mt-3 text-[15px] leading-6 text-pretty text-gray-600">{description}</p>
        <div className="mt-8 flex flex-wrap items-center justify-center gap-2">
          <button type="button" className={primary} onClick={() => retry()}>
            {/* lucide's rotate-ccw, inline */}
            <svg
              className="size-4"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              aria-hidden="true"
            >
              <path d="M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8" />
              <path d="M3 3v5h5" />
            </svg>
            Try again
          </button>
          <a href={way.href} className={secondary}>
            {way.label}
          </a>
        </div>
        {digest ? (
          <p className="mt-8 text-[13px] text-gray-500">
            Reference: <code className="font-mono text-gray-700">{digest}</code>
          </p>
        ) : null}
      </div>
    </div>
  );
}
