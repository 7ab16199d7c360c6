import { ArrowRight, RefreshCw, RotateCcw, X } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert, type AlertTone } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import {
  CONNECT_ERRORS,
  type ConnectErrorCode,
  isConnectErrorCode,
} from "@/lib/accounts/connect-errors";
import { isProviderId } from "@/lib/providers/provider-id";
import { connectHref, type NetworkFacts } from "./account-card";
import { scopesNamedIn } from "./account-facts";
import { accountKind } from "./network-terms";

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** Codes where starting again cannot help (the server isn't set up) or makes no sense. */
const NO_RETRY: readonly ConnectErrorCode[] = ["not_configured"];

/**
 * The outcome of a linking round trip, read from the URL the callback redirected to:
 * ?linked= / ?reconnected= (success) or ?connect_error=<code>&network=<id>[&detail=…].
 * Only known codes and networks are shown; the detail is plain text, attributed to the network.
 */
export function ConnectBanner({
  params,
  networks,
}: {
  params: Params;
  networks: readonly NetworkFacts[];
}) {
  const networkOf = (value: string | undefined) =>
    value && isProviderId(value) ? networks.find((item) => item.id === value) : undefined;

  const linked = networkOf(first(params.linked));
  if (linked) {
    const count = Number.parseInt(first(params.count) ?? "1", 10);
    const several = Number.isInteger(count) && count > 1 && count <= 100;
    return (
      <Banner
        tone="success"
        role="status"
        title={
          several
            ? `Linked ${count} ${accountKind(linked.id, linked.displayName, true)}`
            : `Your ${accountKind(linked.id, linked.displayName)} is linked`
        }
      >
        {several ? "They're" : "It's"} ready to post.{" "}
        <Link
          href="/compose"
          className="inline-flex items-center gap-1 font-medium underline underline-offset-2"
        >
          Write a post
          <ArrowRight className="size-3.5" aria-hidden="true" />
        </Link>
      </Banner>
    );
  }

  const reconnected = networkOf(first(params.reconnected));
  if (reconnected) {
    return (
      <Banner
        tone="success"
        role="status"
        title={`Your ${accountKind(reconnected.id, reconnected.displayName)} is reconnected`}
      >
        Its access is renewed; posts waiting for it will go out as planned.
      </Banner>
    );
  }

  const code = first(params.connect_error);
  if (!code || !isConnectErrorCode(code)) return null;
  const network = networkOf(first(params.network));
  const detail = first(params.detail)?.slice(0, 300).trim() || undefined;
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
    const missing = network && detail ? scopesNamedIn(detail, network.scopes) : [];
    return (
      <Banner
        tone="warning"
        role="alert"
        title={`${network?.displayName ?? "The network"} didn't grant every permission Socialite needs`}
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
          Your {kind} wasn't linked. {CONNECT_ERRORS.missing_scope} Reconnect and leave{" "}
          {missing.length === 1 ? "this permission" : "these permissions"} ticked:
        </p>
        {missing.length > 0 ? (
          <ul className="mt-1.5 list-disc pl-5">
            {missing.map((item) => (
              <li key={item.scope}>
                {item.description} <code className="text-[12px] opacity-75">{item.scope}</code>
              </li>
            ))}
          </ul>
        ) : detail ? (
          <p className="mt-1">{detail}</p>
        ) : null}
      </Banner>
    );
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
    <Alert tone={tone} role={role} title={title} className="relative pr-11">
      <div>{children}</div>
      {action ? <div className="mt-3 flex flex-wrap gap-2">{action}</div> : null}
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
