import { ArrowRight, BellRing } from "lucide-react";
import Link from "next/link";
import { NetworkIcon } from "@/components/accounts/network-icon";
import { buttonClasses } from "@/components/ui/button";
import type { Attention } from "@/lib/posts/attention";
import { networkRules } from "@/lib/providers/validators";
import { handleLabel } from "./post-view-model";

/**
 * The in-app notifications: accounts that need reconnecting and deliveries that failed or are
 * unconfirmed in the last 7 days, each with the link that fixes it. Renders nothing when all is
 * well. Data: loadAttention() in lib/posts/attention.ts.
 */
export function AttentionList({ attention }: { attention: Attention }) {
  const { accounts, targets, targetTotal } = attention;
  if (accounts.length === 0 && targets.length === 0) return null;
  const count = accounts.length + targetTotal;
  return (
    <section
      aria-labelledby="attention-title"
      className="overflow-hidden rounded-xl border border-amber-200 bg-white shadow-card"
    >
      <header className="flex items-center gap-2.5 border-b border-amber-100 bg-amber-50/70 px-4 py-2.5">
        <BellRing className="size-4 text-amber-600" aria-hidden="true" />
        <h2 id="attention-title" className="text-sm font-semibold text-amber-950">
          Needs your attention
        </h2>
        <span className="rounded-full bg-amber-100 px-1.5 text-[12px] font-semibold text-amber-800 tabular-nums">
          {count}
        </span>
      </header>
      <ul className="divide-y divide-gray-100">
        {accounts.map((account) => (
          <li key={account.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
            <NetworkIcon provider={account.provider} size="sm" />
            <div className="min-w-0 flex-1">
              <p className="text-[13px] font-medium text-gray-900">
                Reconnect {networkRules[account.provider].displayName}{" "}
                {handleLabel(account.handle, account.displayName)}
              </p>
              <p className="text-[13px] text-gray-600">
                {account.reason ?? "Socialite can no longer post to this account."}
                {account.waitingPosts > 0
                  ? ` ${account.waitingPosts === 1 ? "1 post is" : `${account.waitingPosts} posts are`} waiting for it.`
                  : ""}
              </p>
            </div>
            <Link href="/accounts" className={buttonClasses({ variant: "secondary", size: "sm" })}>
              Reconnect
            </Link>
          </li>
        ))}
        {targets.map((target) => {
          const network = networkRules[target.provider].displayName;
          return (
            <li key={target.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
              <NetworkIcon provider={target.provider} size="sm" />
              <div className="min-w-0 flex-1">
                <p className="text-[13px] font-medium text-gray-900">
                  {target.status === "FAILED" ? "Failed" : "Unconfirmed"} on {network} @
                  {target.handle}
                  {target.excerpt ? (
                    <span className="font-normal text-gray-500"> · “{target.excerpt}”</span>
                  ) : null}
                </p>
                {target.message ? (
                  <p className="line-clamp-2 text-[13px] text-gray-600">{target.message}</p>
                ) : null}
              </div>
              <Link
                href={`/posts?view=list#post-${target.postId}`}
                className={buttonClasses({ variant: "ghost", size: "sm" })}
              >
                Review
                <ArrowRight aria-hidden="true" />
              </Link>
            </li>
          );
        })}
      </ul>
      {targetTotal > targets.length ? (
        <p className="border-t border-gray-100 px-4 py-2 text-[12px] text-gray-500">
          And {targetTotal - targets.length} more in the last 7 days.
        </p>
      ) : null}
    </section>
  );
}
