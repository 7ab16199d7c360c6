"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** A page inside the app failed: a plain apology, a retry and a reference, never the stack. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel
      error={error}
      retry={retry}
      title="Something went wrong on this page"
      description="It's not you, it's us. Try again; if it keeps happening, come back in a few minutes."
      way={{ href: "/compose", label: "Go to Compose" }}
    />
  );
}
