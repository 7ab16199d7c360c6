"use client";

import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signUpAction } from "../actions";
import { AuthForm, EmailField } from "../auth-form";

export function SignUpForm() {
  return (
    <AuthForm action={signUpAction}>
      {(state) => (
        <>
          <TextField
            name="name"
            label="Name"
            autoComplete="name"
            placeholder="Ada Lovelace"
            required
            defaultValue={state.values?.name}
            error={state.fieldErrors?.name}
          />
          <EmailField state={state} />
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
        </>
      )}
    </AuthForm>
  );
}
