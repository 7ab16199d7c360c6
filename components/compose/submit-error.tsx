"use client";

import type { ComposeState } from "@/app/(app)/compose/actions";
import { Alert } from "@/components/ui/alert";

type Refusal = Extract<ComposeState, { status: "error" }>;

/** Why the server refused the post: its message, and per account the rule each network broke. */
export function SubmitError({ error }: { error: Refusal }) {
  return (
    <Alert
      tone="danger"
      title={error.targets.length > 0 ? "The post wasn't sent" : error.message}
      role="alert"
    >
      {error.targets.length > 0 ? (
        <ul className="mt-1 flex flex-col gap-1">
          {error.targets.flatMap((target) =>
            target.issues.map((issue) => (
              <li key={`${target.accountId}-${issue.rule}`} data-rule={issue.rule}>
                <span className="font-medium">
                  {target.network} (@{target.handle}):
                </span>{" "}
                {issue.message}{" "}
                <code className="rounded bg-red-100/70 px-1 text-[11px] text-red-800">
                  {issue.rule}
                </code>
              </li>
            )),
          )}
        </ul>
      ) : null}
    </Alert>
  );
}
