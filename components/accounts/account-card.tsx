import { clsx } from "clsx";
import { Check, RefreshCw, TriangleAlert } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AccountSummary } from "@/lib/accounts/list-accounts";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { RefreshMechanism, ScopeDescription } from "@/lib/providers/types";
import { AccountAvatar } from "./account-avatar";
import {
  type AccountStatus,
  accessLine,
  ago,
  exactTime,
  missingPermissions,
  needsAttention,
  neverRefreshed,
  permissionsInWords,
  STATUS_VIEW,
} from "./account-facts";
import { accountKind, accountName, usernameOf } from "./network-terms";
import { UnlinkButton } from "./unlink";

/** What the card needs to know about the account's network (from the provider registry). */
export type NetworkFacts = {
  id: ProviderId;
  displayName: string;
  scopes: readonly ScopeDescription[];
  requiredScopes: readonly string[];
  mechanism: RefreshMechanism;
  supportsRevoke: boolean;
  configured: boolean;
};

/** The start-linking URL; a plain link (never a form: form-action 'self' would block the hop). */
export const connectHref = (provider: ProviderId) =>
  `/api/connect/${provider}?returnTo=${encodeURIComponent("/accounts")}`;

/** One linked account: who it is, whether it can post, what it may do, Reconnect and Unlink. */
export function AccountCard({
  account,
  network,
  now,
}: {
  account: AccountSummary;
  network: NetworkFacts;
  now: Date;
}) {
  const status = account.status as AccountStatus;
  const statusView = STATUS_VIEW[status];
  const attention = needsAttention(status);
  const handle = usernameOf(network.id, account.handle);
  const label = accountName(network.id, account.handle, account.displayName);
  const kind = accountKind(network.id, network.displayName);
  const access = accessLine(account, network.mechanism, now);
  const permissions = permissionsInWords(account.grantedScopes, network.scopes);
  const missing = missingPermissions(account.grantedScopes, network.requiredScopes, network.scopes);
  const reason = status === "ACTIVE" ? null : (account.statusReason ?? statusView.hint);

  return (
    <Card
      className={clsx("overflow-hidden", attention && "border-red-200")}
      data-testid="account"
      data-account-id={account.id}
    >
      <div className="flex flex-col gap-4 p-4 sm:flex-row sm:items-start sm:p-5">
        <div className="flex min-w-0 flex-1 items-start gap-3.5">
          <AccountAvatar
            provider={network.id}
            name={account.displayName}
            seed={`${network.id}:${account.handle}`}
            avatarUrl={account.avatarUrl}
          />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-x-2.5 gap-y-1">
              <h3 className="truncate text-[15px] font-semibold tracking-tight text-gray-950">
                {account.displayName}
              </h3>
              <Badge tone={statusView.tone} dot>
                {statusView.label}
              </Badge>
            </div>
            <p className="mt-0.5 truncate text-[13px] text-gray-500">
              {handle ? `${handle} · ${kind}` : kind}
            </p>
            {reason ? (
              <p
                className={clsx(
                  "mt-1.5 flex items-start gap-1.5 text-[13px] leading-5",
                  attention ? "text-red-700" : "text-amber-800",
                )}
              >
                <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
                {reason}
              </p>
            ) : null}
          </div>
        </div>
        <div className="flex shrink-0 gap-2 pl-[3.625rem] sm:pl-0">
          {network.configured ? (
            <a
              href={connectHref(network.id)}
              className={buttonClasses({
                variant: attention || missing.length > 0 ? "primary" : "secondary",
                size: "sm",
              })}
            >
              <RefreshCw aria-hidden="true" />
              Reconnect<span className="sr-only"> {label}</span>
            </a>
          ) : null}
          <UnlinkButton
            accountId={account.id}
            label={label}
            kind={kind}
            networkName={network.displayName}
            supportsRevoke={network.supportsRevoke}
          />
        </div>
      </div>

      {missing.length > 0 ? (
        <div className="px-4 pb-4 sm:px-5">
          <Alert tone="warning" title="Socialite is missing a permission it needs to post">
            Reconnect and allow: {missing.map((item) => `${item.name} (${item.scope})`).join("; ")}.
          </Alert>
        </div>
      ) : null}

      <div className="grid gap-x-8 gap-y-4 border-t border-gray-100 bg-gray-50/60 px-4 py-4 text-[13px] leading-5 sm:grid-cols-2 sm:px-5">
        <dl className="grid grid-cols-[6.5rem_1fr] gap-x-3 gap-y-2 sm:grid-cols-[7.5rem_1fr]">
          <dt className="text-gray-500">Access</dt>
          <dd
            className={clsx(
              access.tone === "danger"
                ? "text-red-700"
                : access.tone === "warning"
                  ? "text-amber-800"
                  : "text-gray-800",
            )}
          >
            {access.text}
          </dd>
          <dt className="text-gray-500">Last refresh</dt>
          <dd className="text-gray-800">
            {account.lastRefreshAt ? (
              <time
                dateTime={account.lastRefreshAt.toISOString()}
                title={exactTime(account.lastRefreshAt)}
              >
                {ago(account.lastRefreshAt, now)}
              </time>
            ) : (
              neverRefreshed(network.mechanism)
            )}
            {account.lastRefreshError ? (
              <span className="mt-0.5 block text-red-700">
                Last attempt failed: {account.lastRefreshError}
              </span>
            ) : null}
          </dd>
          <dt className="text-gray-500">Linked</dt>
          <dd className="text-gray-800">
            <time dateTime={account.createdAt.toISOString()} title={exactTime(account.createdAt)}>
              {ago(account.createdAt, now)}
            </time>
          </dd>
          <dt className="text-gray-500">Last post</dt>
          <dd className="text-gray-800">
            {account.lastPublishAt ? (
              <time
                dateTime={account.lastPublishAt.toISOString()}
                title={exactTime(account.lastPublishAt)}
              >
                {ago(account.lastPublishAt, now)}
              </time>
            ) : (
              "No posts yet"
            )}
          </dd>
        </dl>
        <div>
          <p className="text-gray-500">Socialite can</p>
          {permissions.length > 0 ? (
            <ul
              className="mt-2 flex flex-col gap-1.5"
              aria-label={`Permissions granted on ${network.displayName}`}
            >
              {permissions.map((item) => (
                <li key={item.scope} className="flex items-start gap-2 text-gray-800">
                  <Check className="mt-0.5 size-3.5 shrink-0 text-emerald-600" aria-hidden="true" />
                  <span>{item.name}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-gray-800">No permissions recorded. Reconnect to grant them.</p>
          )}
        </div>
      </div>
    </Card>
  );
}
