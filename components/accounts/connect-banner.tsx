import { ArrowRight, RefreshCw, RotateCcw, X } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert, type AlertTone } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { CONNECT_ERRORS, type ConnectErrorCode } from "@/lib/accounts/connect-errors";
import type { ConnectResult } from "@/lib/accounts/connect-result";
import type { LinkedAccountName } from "@/lib/accounts/find-linked-accounts";
import type { ScopeDescription } from "@/lib/providers/types";
import { connectHref, type NetworkFacts } from "./account-card";
import { linkedTitle } from "./linked-title";
import { accountKind } from "./network-terms";

/** Codes where starting again cannot help (the server isn't set up) or makes no sense. */
const NO_RETRY: readonly ConnectErrorCode[] = ["not_configured"];

/**
 * The outcome of a linking round trip, read from the query the callback redirected to (see
 * lib/accounts/connect-result.ts). Account names come from `linkedAccounts`, which the page looked
 * up for the signed-in user; the query itself only ever contributes codes, ids and known scopes.
 */
export function ConnectBanner({
  result,
  linkedAccounts,
  networks,
}: {
  result: ConnectResult | null;
  linkedAccounts: readonly LinkedAccountName[];
  networks: readonly NetworkFacts[];
}) {
  if (!result) return null;
  const network = result.provider
    ? networks.find((item) => item.id === result.provider)
    : undefined;

  if (result.kind !== "failed") {
    if (!network) return null;
    const reconnected = result.kind === "reconnected";
    const several = linkedAccounts.length > 1;
    return (
      <Banner
        tone="success"
        role="status"
        title={linkedTitle({
          provider: network.id,
          networkName: network.displayName,
          reconnected,
          accounts: linkedAccounts,
        })}
      >
        {reconnected ? (
          `${several ? "Their" : "Its"} access is renewed; posts waiting for ${several ? "them" : "it"} will go out as planned.`
        ) : (
          <>
            {several ? "They're" : "It's"} ready to post.{" "}
            <Link
              href="/compose"
              className="inline-flex items-center gap-1 font-medium underline underline-offset-2"
            >
              Write a post
              <ArrowRight className="size-3.5" aria-hidden="true" />
            </Link>
          </>
        )}
      </Banner>
    );
  }

  const { code, detail } = result;
  const kind = network ? accountKind(network.id, network.displayName) : "account";

  if (code === "cancelled") {
    return (
      <Banner
        tone="info"
        role="status"
        title={network ? `${network.displayName} linking cancelled` : "Linking cancelled"}
        action={network?.configured ? <RetryLink href={connectHref(network.id)} /> : null}
      >
        {CONNECT_ERRORS.cancelled}
      </Banner>
    );
  }

  if (code === "missing_scope") {
    return <MissingPermissions network={network} kind={kind} missing={result.missingScopes} />;
  }

  const retry = network?.configured && !NO_RETRY.includes(code);
  return (
    <Banner
      tone="danger"
      role="alert"
      title={`Couldn't link your ${kind}`}
      action={retry && network ? <RetryLink href={connectHref(network.id)} /> : null}
    >
      <p>{CONNECT_ERRORS[code]}</p>
      {detail ? (
        <p className="mt-1 text-[13px]">
          {code === "provider_error" && network ? `${network.displayName} said: ` : "Details: "}“
          {detail}”
        </p>
      ) : null}
    </Banner>
  );
}

/** Each permission the grant lacked, by name and purpose, with the one way out: Reconnect. */
function MissingPermissions({
  network,
  kind,
  missing,
}: {
  network: NetworkFacts | undefined;
  kind: string;
  missing: readonly ScopeDescription[];
}) {
  const networkName = network?.displayName ?? "The network";
  const these = missing.length === 1 ? "this permission" : "these permissions";
  const ask =
    missing.length === 0
      ? "Reconnect and allow every permission it asks for."
      : `Reconnect and allow ${these} on ${network ? `${network.displayName}'s` : "the"} consent screen:`;
  return (
    <Banner
      tone="warning"
      role="alert"
      title={`${networkName} didn't grant every permission Socialite needs`}
      action={
        network?.configured ? (
          <a href={connectHref(network.id)} className={buttonClasses({ size: "sm" })}>
            <RefreshCw aria-hidden="true" />
            Reconnect {network.displayName}
          </a>
        ) : null
      }
    >
      <p>
        Your {kind} wasn't linked. {ask}
      </p>
      {missing.length > 0 ? (
        <ul className="mt-2.5 flex flex-col gap-1.5" aria-label="Missing permissions">
          {missing.map((item) => (
            <li
              key={item.scope}
              className="rounded-md border border-amber-200/80 bg-white/70 px-3 py-2 text-[13px] leading-5"
            >
              <span className="font-medium text-amber-950">{item.name}</span>{" "}
              <span className="text-amber-900/70">
                (<code className="font-mono text-[12px]">{item.scope}</code>)
              </span>{" "}
              <span className="block text-amber-900/80">{item.purpose}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Banner>
  );
}

function RetryLink({ href }: { href: string }) {
  return (
    <a href={href} className={buttonClasses({ variant: "secondary", size: "sm" })}>
      <RotateCcw aria-hidden="true" />
      Try again
    </a>
  );
}

function Banner({
  tone,
  role,
  title,
  action,
  children,
}: {
  tone: AlertTone;
  role: "status" | "alert";
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Alert tone={tone} role={role} title={title} actions={action} className="relative pr-11">
      {children}
      <Link
        href="/accounts"
        scroll={false}
        className="absolute top-2 right-2 inline-flex size-7 items-center justify-center rounded-md opacity-70 hover:bg-black/5 hover:opacity-100"
      >
        <X className="size-4" aria-hidden="true" />
        <span className="sr-only">Dismiss</span>
      </Link>
    </Alert>
  );
}
