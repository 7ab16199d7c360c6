import { clsx } from "clsx";
import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

/**
 * A status message (403, 404, fatal errors): a status code, an h1, one or two sentences and the
 * way out. Full-screen with the logo by default; `inset` drops both for use inside the app shell.
 */
export function StatusPage({
  code,
  title,
  description,
  actions,
  children,
  inset = false,
}: {
  code?: string;
  title: string;
  description: ReactNode;
  actions: ReactNode;
  children?: ReactNode;
  inset?: boolean;
}) {
  const body = (
    <div className="w-full max-w-md text-center">
      {code ? (
        <p className="inline-flex rounded-full bg-white px-3 py-1 font-mono text-[13px] font-medium text-brand-700 shadow-card ring-1 ring-gray-200">
          {code}
        </p>
      ) : null}
      <h1 className="mt-5 text-2xl font-semibold tracking-tight text-balance text-gray-950 sm:text-3xl">
        {title}
      </h1>
      <div className="mt-3 text-[15px] leading-6 text-pretty text-gray-600">{description}</div>
      <div className="mt-8 flex flex-wrap items-center justify-center gap-2">{actions}</div>
      {children}
    </div>
  );
  if (inset) {
    return (
      <div className="relative flex min-h-[60vh] items-center justify-center py-12">
        <Backdrop className="-top-10" />
        <div className="relative flex w-full justify-center">{body}</div>
      </div>
    );
  }
  return (
    <div className="relative flex min-h-dvh flex-col overflow-hidden bg-gray-50 px-5 py-6 sm:px-10 sm:py-8">
      <Backdrop className="top-0" />
      <header className="relative">
        <a href="/" className="inline-flex rounded-md" aria-label="Socialite home">
          <Logo />
        </a>
      </header>
      <main className="relative flex flex-1 items-center justify-center py-16">{body}</main>
    </div>
  );
}

function Backdrop({ className }: { className: string }) {
  return (
    <div
      aria-hidden="true"
      className={clsx(
        "pointer-events-none absolute inset-x-0 h-[420px] bg-[radial-gradient(var(--color-gray-300)_1px,transparent_1px)] [background-size:20px_20px] [mask-image:radial-gradient(ellipse_50%_60%_at_50%_40%,black,transparent)]",
        className,
      )}
    />
  );
}
