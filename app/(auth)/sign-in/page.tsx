import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl));
  if (await getCurrentUser()) redirect(callbackUrl);

  const signedOut = first(params.signedOut) === "1";
  // Auth.js sends its own failures (e.g. a misconfiguration) to this page as ?error=…
  const authError = first(params.error) !== undefined;

  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight text-gray-950 sm:text-[28px] sm:leading-9">
        Sign in to Socialite
      </h1>
      <p className="mt-2 text-[15px] leading-6 text-gray-600">
        Welcome back. Pick up where you left off.
      </p>
      {signedOut ? (
        <Alert tone="success" role="status" className="mt-6">
          You've been signed out. See you soon.
        </Alert>
      ) : null}
      {authError && !signedOut ? (
        <Alert tone="danger" role="alert" className="mt-6">
          We couldn't sign you in just now. Please try again.
        </Alert>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-8 text-center text-sm text-gray-600">
        New to Socialite?{" "}
        <Link
          href="/sign-up"
          className="rounded font-medium text-brand-700 underline-offset-4 hover:text-brand-800 hover:underline"
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
