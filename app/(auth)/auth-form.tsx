"use client";

import { type ReactNode, useActionState } from "react";
import { Alert, LiveRegion } from "@/components/ui/alert";
import { TextField } from "@/components/ui/text-field";
import { useFocusFirstInvalid } from "@/components/ui/use-focus-first-invalid";
import type { AuthFormState } from "./actions";

type AuthAction = (state: AuthFormState, form: FormData) => Promise<AuthFormState>;

/** The sign-in and sign-up forms' shared frame: server-validated, errors inline and announced. */
export function AuthForm({
  action,
  children,
}: {
  action: AuthAction;
  children: (state: AuthFormState) => ReactNode;
}) {
  const [state, formAction] = useActionState<AuthFormState, FormData>(action, {});
  const formRef = useFocusFirstInvalid(state);
  return (
    // noValidate: the server's messages are the one source of truth, shown inline and announced.
    <form ref={formRef} action={formAction} noValidate className="mt-8">
      <LiveRegion politeness="assertive">
        {state.error ? (
          <Alert tone="danger" className="mb-5">
            {state.error}
          </Alert>
        ) : null}
      </LiveRegion>
      <div className="flex flex-col gap-5">{children(state)}</div>
    </form>
  );
}

export function EmailField({ state }: { state: AuthFormState }) {
  return (
    <TextField
      name="email"
      type="email"
      label="Email"
      autoComplete="email"
      inputMode="email"
      placeholder="you@company.com"
      required
      defaultValue={state.values?.email}
      error={state.fieldErrors?.email}
    />
  );
}
