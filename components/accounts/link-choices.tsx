import { clsx } from "clsx";
import { ArrowUpRight, Ban } from "lucide-react";
import type { NetworkFacts } from "./account-card";
import { connectHref } from "./account-card";
import { NetworkIcon } from "./network-icon";
import { accountKind, NETWORK_TERMS } from "./network-terms";

/**
 * One card per network to start linking. Each is a plain link to /api/connect/<network> (the
 * route redirects to the network's consent page; a form could not, under form-action 'self').
 * A network without app credentials on this server is shown, but can't be chosen.
 */
export function LinkChoices({
  networks,
  linkedCounts,
}: {
  networks: NetworkFacts[];
  linkedCounts: Partial<Record<string, number>>;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {networks.map((network) => (
        <li key={network.id} className="flex">
          <LinkChoice network={network} linked={linkedCounts[network.id] ?? 0} />
        </li>
      ))}
    </ul>
  );
}

function LinkChoice({ network, linked }: { network: NetworkFacts; linked: number }) {
  const kind = accountKind(network.id, network.displayName);
  const body = (
    <>
      <div className="flex items-start justify-between gap-2">
        <NetworkIcon provider={network.id} size="lg" />
        {linked > 0 ? (
          <span className="rounded-full bg-gray-100 px-2 py-0.5 text-[11px] font-medium text-gray-600 ring-1 ring-gray-500/10 ring-inset">
            {linked} linked
          </span>
        ) : null}
      </div>
      <div className="mt-3 min-w-0">
        <p className="text-[15px] font-semibold tracking-tight text-gray-950">{kind}</p>
        <p className="mt-1 hidden text-[13px] leading-5 text-gray-600 sm:block">
          {NETWORK_TERMS[network.id].pitch}
        </p>
      </div>
      <p
        className={clsx(
          "mt-auto flex items-center gap-1 pt-3 text-[13px] font-medium",
          network.configured ? "text-brand-700" : "text-gray-500",
        )}
      >
        {network.configured ? (
          <>
            {linked > 0 ? "Link another" : "Link"}
            <ArrowUpRight
              className="size-3.5 transition-transform group-hover:translate-x-0.5 group-hover:-translate-y-0.5"
              aria-hidden="true"
            />
          </>
        ) : (
          <>
            <Ban className="size-3.5" aria-hidden="true" />
            Not set up on this server
          </>
        )}
      </p>
    </>
  );
  const box =
    "flex w-full flex-col rounded-xl border bg-white p-4 text-left shadow-card transition-[border-color,box-shadow] duration-150";
  if (!network.configured) {
    return (
      <div className={clsx(box, "border-dashed border-gray-300 bg-gray-50/60 opacity-80")}>
        {body}
      </div>
    );
  }
  return (
    <a
      href={connectHref(network.id)}
      aria-label={`Link ${linked > 0 ? "another " : ""}${kind}`}
      className={clsx(
        box,
        "group border-gray-200 hover:border-gray-300 hover:shadow-raised focus-visible:border-brand-500",
      )}
    >
      {body}
    </a>
  );
}
