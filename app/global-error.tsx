"use client";

import "./globals.css";
import { ErrorPanel } from "@/components/ui/error-panel";

/** The root layout itself failed. Replaces the whole document, so it brings its own html/body. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="bg-gray-50 px-5 sm:px-10">
        <title>Something went wrong · Socialite</title>
        <main className="flex min-h-dvh items-center justify-center">
          <ErrorPanel
            error={error}
            retry={retry}
            title="Something went wrong"
            description="Socialite hit an unexpected problem. Try again; if it keeps happening, come back in a few minutes."
            way={{ href: "/", label: "Go home" }}
          >
            <p className="mb-8 text-lg font-semibold tracking-tight text-brand-700">Socialite</p>
          </ErrorPanel>
        </main>
      </body>
    </html>
  );
}
