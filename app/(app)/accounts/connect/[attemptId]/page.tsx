import { ArrowLeft, RotateCcw } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { isDisplayableImage } from "@/components/accounts/account-facts";
import { ChooseAccountsForm } from "@/components/accounts/choose-accounts-form";
import { NetworkIcon } from "@/components/accounts/network-icon";
import { accountKind, NETWORK_TERMS, usernameOf } from "@/components/accounts/network-terms";
import { StripOAuthFragment } from "@/components/accounts/strip-oauth-fragment";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { StatusPage } from "@/components/ui/status-page";
import { CONNECT_ERRORS, ConnectError } from "@/lib/accounts/connect-errors";
import { getPendingChoice, type PendingChoice } from "@/lib/accounts/pending-accounts";
import { requireUser } from "@/lib/auth/current-user";
import { getProvider } from "@/lib/providers/registry";

export const metadata: Metadata = { title: "Choose accounts to link" };

/** Attempt ids are cuids; anything else can't exist and reads as "not found". */
const ATTEMPT_ID = /^[a-z0-9]{20,40}$/;

/**
 * After a consent that gave access to several accounts (Facebook Pages), the person picks the ones
 * to link. Another user's attempt id, a used one and a made-up one all read the same: not found.
 */
export default async function ChooseAccountsPage({
  params,
}: {
  params: Promise<{ attemptId: string }>;
}) {
  const { attemptId } = await params;
  const user = await requireUser(`/accounts/connect/${encodeURIComponent(attemptId)}`);

  let choice: PendingChoice | null = null;
  let expired = false;
  if (ATTEMPT_ID.test(attemptId)) {
    try {
      choice = await getPendingChoice(user.id, attemptId);
    } catch (error) {
      if (!(error instanceof ConnectError && error.code === "choice_expired")) throw error;
      expired = true;
    }
  }

  if (!choice) {
    return (
      <StatusPage
        inset
        code={expired ? "Expired" : "Not found"}
        title={expired ? "This choice expired" : "There's nothing to choose here"}
        description={
          expired
            ? `${CONNECT_ERRORS.choice_expired} Nothing was linked.`
            : "This link doesn't match a linking waiting for your choice. It may have been used already. Nothing was linked from it."
        }
        actions={
          <>
            <ButtonLink href="/accounts#link-an-account">
              <RotateCcw aria-hidden="true" />
              Start again
            </ButtonLink>
            <ButtonLink href="/accounts" variant="secondary">
              Back to Accounts
            </ButtonLink>
          </>
        }
      />
    );
  }

  const provider = getProvider(choice.provider);
  const terms = NETWORK_TERMS[choice.provider];
  const plural = accountKind(choice.provider, provider.displayName, true);
  const count = choice.options.length;

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <StripOAuthFragment />
      <Link
        href="/accounts"
        className="inline-flex w-fit items-center gap-1.5 rounded-md text-[13px] font-medium text-gray-600 hover:text-gray-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        Accounts
      </Link>
      <header className="flex flex-col items-start gap-4">
        <NetworkIcon provider={choice.provider} size="lg" />
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-950 sm:text-[28px] sm:leading-9">
            Choose the {plural} to link
          </h1>
          <p className="mt-1.5 text-[15px] leading-6 text-pretty text-gray-600">
            {provider.displayName} gave Socialite access to {count}{" "}
            {count === 1 ? terms.unit : terms.units}. Pick the ones Socialite should post to; the
            others stay unlinked.
          </p>
        </div>
      </header>
      <Card className="overflow-hidden">
        <div className="border-b border-gray-100 px-5 py-3 sm:px-6">
          <p className="text-[13px] font-medium text-gray-700">
            {count} {count === 1 ? terms.unit : terms.units} available
          </p>
        </div>
        <ChooseAccountsForm
          attemptId={attemptId}
          provider={choice.provider}
          unit={terms.unit}
          units={terms.units}
          options={choice.options.map((option) => ({
            externalId: option.externalId,
            displayName: option.displayName,
            handle: usernameOf(choice.provider, option.handle),
            // Only pictures the CSP lets the page show travel to the browser.
            avatarUrl: isDisplayableImage(option.avatarUrl) ? option.avatarUrl : undefined,
          }))}
        />
      </Card>
      <p className="text-center text-[13px] leading-5 text-gray-500">
        This choice stays open for 10 minutes. To link another {terms.unit} later, link{" "}
        {provider.displayName} again.
      </p>
    </div>
  );
}
