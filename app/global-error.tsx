"use client";

import "./globals.css";
import { ErrorReference, RetryButton } from "@/components/ui/error-reference";
import { StatusPage } from "@/components/ui/status-page";

/** The root layout itself failed. Replaces the whole document, so it brings its own html/body. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Socialite</title>
        <StatusPage
          code="500 · Error"
          title="Something went wrong"
          description="Socialite hit an unexpected problem. Try again; if it keeps happening, come back in a few minutes."
          actions={
            <>
              <RetryButton retry={retry} />
              {/* A full page load: the app's router may be what broke. */}
              <a href="/" className="text-sm font-medium text-brand-700 hover:underline">
                Go home
              </a>
            </>
          }
        >
          <ErrorReference error={error} />
        </StatusPage>
      </body>
    </html>
  );
}
