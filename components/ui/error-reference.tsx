"use client";

import { RotateCcw } from "lucide-react";
import { Button } from "./button";

/** The server's reference for a failure (Next's digest), so support can find it; never the stack. */
export function ErrorReference({ error }: { error: unknown }) {
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;
  return digest ? (
    <p className="mt-8 text-[13px] text-gray-500">
      Reference: <code className="font-mono text-gray-700">{digest}</code>
    </p>
  ) : null;
}

export function RetryButton({ retry }: { retry: () => void }) {
  return (
    <Button onClick={() => retry()}>
      <RotateCcw aria-hidden="true" />
      Try again
    </Button>
  );
}
