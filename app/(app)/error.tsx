"use client";

import { ButtonLink } from "@/components/ui/button";
import { ErrorReference, RetryButton } from "@/components/ui/error-reference";
import { StatusPage } from "@/components/ui/status-page";

/** A page inside the app failed: a plain apology, a retry and a reference, never the stack. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <StatusPage
      inset
      code="Error"
      title="Something went wrong on this page"
      description="It's not you, it's us. Try again; if it keeps happening, come back in a few minutes."
      actions={
        <>
          <RetryButton retry={retry} />
          <ButtonLink href="/compose" variant="secondary">
            Go to Compose
          </ButtonLink>
        </>
      }
    >
      <ErrorReference error={error} />
    </StatusPage>
  );
}
