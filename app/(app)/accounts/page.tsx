import { Cable, Plus } from "lucide-react";
import type { Metadata } from "next";
import { AccountCard, type NetworkFacts } from "@/components/accounts/account-card";
import { missingPermissions, STATUS_VIEW } from "@/components/accounts/account-facts";
import { ConnectBanner } from "@/components/accounts/connect-banner";
import { LinkChoices } from "@/components/accounts/link-choices";
import { SandboxNote } from "@/components/accounts/sandbox-note";
import { StripOAuthFragment } from "@/components/accounts/strip-oauth-fragment";
import { UnlinkNotice, UnlinkProvider } from "@/components/accounts/unlink";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parseConnectResult } from "@/lib/accounts/connect-result";
import { findLinkedAccounts } from "@/lib/accounts/find-linked-accounts";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requireUser } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { isConfigured } from "@/lib/providers/config";
import { PROVIDER_IDS, type ProviderId } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";

export const metadata: Metadata = { title: "Accounts" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Each network's facts for the UI, from the provider registry. */
function networkFacts(): NetworkFacts[] {
  return PROVIDER_IDS.map((id) => {
    const provider = getProvider(id);
    return {
      id,
      displayName: provider.displayName,
      scopes: provider.scopes,
      requiredScopes: provider.requiredScopes,
      mechanism: provider.refreshPolicy.mechanism,
      supportsRevoke: provider.supportsRevoke,
      configured: isConfigured(id),
    };
  });
}

const LEGEND = (["ACTIVE", "EXPIRING", "NEEDS_RECONNECT"] as const).map((status) => ({
  status,
  ...STATUS_VIEW[status],
}));

export default async function AccountsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser("/accounts");
  const result = parseConnectResult(await searchParams);
  const [accounts, linkedAccounts] = await Promise.all([
    listAccounts(user.id),
    result && result.kind !== "failed"
      ? findLinkedAccounts(user.id, result.provider, result.accountIds)
      : [],
  ]);
  const env = getEnv();
  const networks = networkFacts();
  const byId = new Map(networks.map((network) => [network.id, network]));
  const now = new Date();

  // Grouped by network in the registry's order, then by name.
  const order = (id: string) => PROVIDER_IDS.indexOf(id as ProviderId);
  const sorted = [...accounts].sort(
    (a, b) => order(a.provider) - order(b.provider) || a.displayName.localeCompare(b.displayName),
  );
  const linkedCounts: Record<string, number> = {};
  for (const account of accounts) {
    linkedCounts[account.provider] = (linkedCounts[account.provider] ?? 0) + 1;
  }
  // Anything short of "ready to post": not Active, or missing a permission posting needs.
  const attention = accounts.filter((account) => {
    const network = byId.get(account.provider as ProviderId);
    const missing = network
      ? missingPermissions(account.grantedScopes, network.requiredScopes, network.scopes)
      : [];
    return account.status !== "ACTIVE" || missing.length > 0;
  }).length;

  return (
    <UnlinkProvider>
      <StripOAuthFragment />
      <div className="flex flex-col gap-8">
        <PageHeader
          title="Accounts"
          description="The social accounts Socialite can publish to on your behalf."
          actions={
            accounts.length > 0 ? (
              <a href="#link-an-account" className={buttonClasses()}>
                <Plus aria-hidden="true" />
                Link an account
              </a>
            ) : null
          }
        />

        <div className="flex flex-col gap-3 empty:hidden">
          <ConnectBanner result={result} linkedAccounts={linkedAccounts} networks={networks} />
          <UnlinkNotice />
          {env.PROVIDER_MODE === "sandbox" ? (
            <SandboxNote sandboxUrl={env.SANDBOX_URL} networks={networks} />
          ) : null}
        </div>

        {sorted.length === 0 ? (
          <EmptyState
            icon={Cable}
            title="No accounts linked yet"
            description="Pick a network to link your first account. You'll confirm on the network's own page, then come straight back here."
          >
            <div className="mx-auto flex max-w-4xl flex-col gap-6 text-left">
              <section aria-labelledby="link-an-account">
                <h3 id="link-an-account" className="sr-only">
                  Link an account
                </h3>
                <LinkChoices networks={networks} linkedCounts={linkedCounts} />
              </section>
              <div className="mx-auto w-full max-w-xl rounded-xl border border-gray-200 bg-gray-50/60 p-4">
                <p className="text-[13px] font-medium text-gray-700">
                  Linked accounts show their health, so you know before a post fails
                </p>
                <dl className="mt-3 grid gap-x-4 gap-y-3 text-[13px] sm:grid-cols-[auto_1fr] sm:gap-y-2.5">
                  {LEGEND.map((item) => (
                    <div key={item.status} className="flex flex-col items-start gap-1 sm:contents">
                      <dt>
                        <Badge tone={item.tone} dot>
                          {item.label}
                        </Badge>
                      </dt>
                      <dd className="text-gray-600 sm:self-center">{item.hint}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            </div>
          </EmptyState>
        ) : (
          <>
            <section aria-labelledby="linked-accounts" className="flex flex-col gap-4">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h2
                  id="linked-accounts"
                  className="text-lg font-semibold tracking-tight text-gray-950"
                >
                  Linked accounts
                </h2>
                <p className="text-[13px] text-gray-500">
                  {accounts.length} linked
                  {attention > 0 ? (
                    <span className="font-medium text-red-700">
                      {" "}
                      · {attention} {attention === 1 ? "needs" : "need"} attention
                    </span>
                  ) : (
                    " · all ready to post"
                  )}
                </p>
              </div>
              <ul className="flex flex-col gap-3" aria-label="Linked accounts">
                {sorted.map((account) => {
                  const network = byId.get(account.provider as ProviderId);
                  if (!network) return null;
                  return (
                    <li key={account.id}>
                      <AccountCard account={account} network={network} now={now} />
                    </li>
                  );
                })}
              </ul>
            </section>

            <section
              aria-labelledby="link-an-account"
              className="flex scroll-mt-20 flex-col gap-4"
              id="link-an-account-section"
            >
              <div>
                <h2
                  id="link-an-account"
                  className="scroll-mt-20 text-lg font-semibold tracking-tight text-gray-950"
                >
                  Link an account
                </h2>
                <p className="mt-1 text-[13px] text-gray-500">
                  You'll confirm on the network's own page, then come straight back here.
                </p>
              </div>
              <LinkChoices networks={networks} linkedCounts={linkedCounts} />
            </section>
          </>
        )}
      </div>
    </UnlinkProvider>
  );
}
