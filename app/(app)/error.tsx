"use client";

import { RotateCcw } from "lucide-react";
import { Button, ButtonLink } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

/** A page inside the app failed: a plain apology, a retry and a reference, never the stack. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;
  return (
    <StatusPage
      inset
      code="Error"
      title="Something went wrong on this page"
      description="It's not you, it's us. Try again; if it keeps happening, come back in a few minutes."
      actions={
        <>
          <Button onClick={() => retry()}>
            <RotateCcw aria-hidden="true" />
            Try again
          </Button>
          <ButtonLink href="/compose" variant="secondary">
            Go to Compose
          </ButtonLink>
        </>
      }
    >
      {digest ? (
        <p className="mt-8 text-[13px] text-gray-500">
          Reference: <code className="font-mono text-gray-700">{digest}</code>
        </p>
      ) : null}
    </StatusPage>
  );
}
