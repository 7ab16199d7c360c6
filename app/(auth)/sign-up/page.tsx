import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/compose");
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight text-gray-950 sm:text-[28px] sm:leading-9">
        Create your Socialite account
      </h1>
      <p className="mt-2 text-[15px] leading-6 text-gray-600">
        Free and open source. Link your accounts and publish in minutes.
      </p>
      <SignUpForm />
      <p className="mt-8 text-center text-sm text-gray-600">
        Already have an account?{" "}
        <Link
          href="/sign-in"
          className="rounded font-medium text-brand-700 underline-offset-4 hover:text-brand-800 hover:underline"
        >
          Sign in
        </Link>
      </p>
    </div>
  );
}
