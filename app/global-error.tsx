"use client";

import "./globals.css";
import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

/** The root layout itself failed. Replaces the whole document, so it brings its own html/body. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;
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
              <Button onClick={() => retry()}>
                <RotateCcw aria-hidden="true" />
                Try again
              </Button>
              {/* A full page load: the app's router may be what broke. */}
              <a href="/" className="text-sm font-medium text-brand-700 hover:underline">
                Go home
              </a>
            </>
          }
        >
          {digest ? (
            <p className="mt-8 text-[13px] text-gray-500">
              Reference: <code className="font-mono text-gray-700">{digest}</code>
            </p>
          ) : null}
        </StatusPage>
      </body>
    </html>
  );
}
