import { ArrowRight, Cable, CalendarClock, PenLine, SquarePen } from "lucide-react";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { NetworkIcon } from "@/components/accounts/network-icon";
import type { ComposerAccount } from "@/components/compose/compose-model";
import { Composer } from "@/components/compose/composer";
import { AttentionList } from "@/components/posts/attention-list";
import { TIME_ZONE_COOKIE } from "@/components/posts/format-time";
import { TimeZoneCookie } from "@/components/posts/time-zone-cookie";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState, EmptyStateHighlights } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requireUser } from "@/lib/auth/current-user";
import { loadAttention } from "@/lib/posts/attention";
import { isProviderId, PROVIDER_IDS } from "@/lib/providers/provider-id";

export const metadata: Metadata = { title: "Compose" };

export default async function ComposePage() {
  const user = await requireUser("/compose");
  const [rows, attention, jar] = await Promise.all([
    listAccounts(user.id),
    loadAttention(user.id),
    cookies(),
  ]);
  const accounts: ComposerAccount[] = rows
    .filter((row) => isProviderId(row.provider))
    .map((row) => ({
      id: row.id,
      provider: row.provider as ComposerAccount["provider"],
      handle: row.handle,
      displayName: row.displayName,
      avatarUrl: row.avatarUrl,
      status: row.status,
      statusReason: row.statusReason,
    }))
    .sort(
      (a, b) =>
        PROVIDER_IDS.indexOf(a.provider) - PROVIDER_IDS.indexOf(b.provider) ||
        a.displayName.localeCompare(b.displayName),
    );

  return (
    <div className="flex flex-col gap-8">
      {/* Sets the time-zone cookie early, so /posts renders in this browser's zone at once. */}
      <TimeZoneCookie serverZone={jar.get(TIME_ZONE_COOKIE)?.value ?? null} />
      <PageHeader
        title="Compose"
        description="Write one post and send it to every account you've linked, now or on a schedule."
      />
      <AttentionList attention={attention} />
      {accounts.length === 0 ? (
        <EmptyState
          icon={SquarePen}
          title="Write once, publish everywhere"
          description="Link your social accounts first. Then draft your post here, adjust it for each network and publish it everywhere in one go."
          actions={
            <ButtonLink href="/accounts" size="lg">
              Link your accounts
              <ArrowRight aria-hidden="true" />
            </ButtonLink>
          }
        >
          <EmptyStateHighlights
            items={[
              {
                icon: Cable,
                title: "1. Link accounts",
                description: "X, Facebook Pages, Instagram professional and TikTok.",
              },
              {
                icon: PenLine,
                title: "2. Write one post",
                description: "See each network's limits and preview as you type.",
              },
              {
                icon: CalendarClock,
                title: "3. Publish or schedule",
                description: "Send it now or pick a time; we handle the rest.",
              },
            ]}
          />
        </EmptyState>
      ) : (
        <Composer
          accounts={accounts}
          networkIcons={Object.fromEntries(
            accounts.map((account) => [
              account.provider,
              <NetworkIcon key={account.provider} provider={account.provider} size="xs" />,
            ]),
          )}
        />
      )}
    </div>
  );
}
