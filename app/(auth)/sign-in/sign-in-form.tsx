"use client";

import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInAction } from "../actions";
import { AuthForm, EmailField } from "../auth-form";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <AuthForm action={signInAction}>
      {(state) => (
        <>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <EmailField state={state} />
          <PasswordField
            name="password"
            label="Password"
            autoComplete="current-password"
            required
            error={state.fieldErrors?.password}
          />
          <SubmitButton pendingLabel="Signing in…" className="mt-1">
            Sign in
          </SubmitButton>
        </>
      )}
    </AuthForm>
  );
}
