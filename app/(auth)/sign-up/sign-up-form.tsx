"use client";

import { useActionState } from "react";
import { Alert, LiveRegion } from "@/components/ui/alert";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFocusFirstInvalid } from "@/components/ui/use-focus-first-invalid";
import { type AuthFormState, signUpAction } from "../actions";

export function SignUpForm() {
  const [state, formAction] = useActionState<AuthFormState, FormData>(signUpAction, {});
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
      <div className="flex flex-col gap-5">
        <TextField
          name="name"
          label="Name"
          autoComplete="name"
          placeholder="Ada Lovelace"
          required
          defaultValue={state.values?.name}
          error={state.fieldErrors?.name}
        />
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
        <PasswordField
          name="password"
          label="Password"
          autoComplete="new-password"
          required
          hint="At least 8 characters. A long passphrase is best."
          error={state.fieldErrors?.password}
        />
        <SubmitButton pendingLabel="Creating account…" className="mt-1">
          Create account
        </SubmitButton>
      </div>
    </form>
  );
}
