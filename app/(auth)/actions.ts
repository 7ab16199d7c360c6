"use server";
// Sign-up, sign-in and sign-out server actions: parse, delegate, map the result to a form state.
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { signInSchema, signUpSchema } from "@/lib/auth/credentials-schema";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { signUp } from "@/lib/auth/sign-up";

export type AuthFormState = {
  error?: string;
  fieldErrors?: Partial<Record<"name" | "email" | "password", string>>;
  values?: { name?: string; email?: string };
};

const SIGN_IN_MESSAGES: Record<string, string> = {
  invalid: "That email and password don't match an account. Check them and try again.",
  throttled: "Too many failed attempts. Wait a few minutes, then try again.",
};

async function signInWithPassword(email: string, password: string, returnTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo: returnTo });
    return {};
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are failures to report.
    if (error instanceof AuthError) {
      const code = "code" in error && typeof error.code === "string" ? error.code : "invalid";
      return { error: SIGN_IN_MESSAGES[code] ?? SIGN_IN_MESSAGES.invalid };
    }
    throw error;
  }
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = signInSchema.safeParse({
    email: form.get("email"),
    password: form.get("password"),
  });
  const values = { email: String(form.get("email") ?? "") };
  if (!parsed.success) {
    return { fieldErrors: fieldErrors(parsed.error.issues), values };
  }
  const result = await signInWithPassword(
    parsed.data.email,
    parsed.data.password,
    safeReturnPath(form.get("callbackUrl")),
  );
  return { ...result, values };
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = { name: form.get("name"), email: form.get("email"), password: form.get("password") };
  const values = { name: String(raw.name ?? ""), email: String(raw.email ?? "") };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error.issues), values };
  const created = await signUp(parsed.data);
  if (!created.ok) {
    return {
      fieldErrors: { email: "An account with this email already exists. Sign in instead?" },
      values,
    };
  }
  return {
    ...(await signInWithPassword(parsed.data.email, parsed.data.password, "/compose")),
    values,
  };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}

function fieldErrors(
  issues: { path: PropertyKey[]; message: string }[],
): AuthFormState["fieldErrors"] {
  const errors: NonNullable<AuthFormState["fieldErrors"]> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if ((field === "name" || field === "email" || field === "password") && !errors[field]) {
      errors[field] = issue.message;
    }
  }
  return errors;
}
