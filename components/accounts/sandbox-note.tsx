import { FlaskConical } from "lucide-react";
import type { ProviderId } from "@/lib/providers/provider-id";
import { NetworkIcon } from "./network-icon";

/**
 * Shown when PROVIDER_MODE=sandbox: the "networks" are Socialite's local sandbox, so nobody
 * mistakes a sandbox account for a real one. Links to each network's sandbox inbox.
 */
export function SandboxNote({
  sandboxUrl,
  networks,
}: {
  sandboxUrl: string;
  networks: readonly { id: ProviderId; displayName: string }[];
}) {
  const base = sandboxUrl.replace(/\/+$/, "");
  const names = networks.map((network) => network.displayName);
  const list = `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
  return (
    <aside
      aria-label="Sandbox mode"
      className="flex flex-col gap-3 rounded-xl border border-dashed border-amber-300 bg-amber-50/60 px-4 py-3 text-[13px] leading-5 text-amber-950 sm:flex-row sm:items-center sm:justify-between"
    >
      <p className="flex items-start gap-2.5">
        <FlaskConical className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden="true" />
        <span>
          <span className="font-semibold">Sandbox mode.</span> These networks are Socialite's local
          sandbox, not the real {list}: nothing you link or post leaves this server.
        </span>
      </p>
      <nav
        aria-label="Sandbox inboxes"
        className="flex shrink-0 flex-wrap items-center gap-1.5 pl-6.5 sm:pl-0"
      >
        <span className="mr-0.5 text-amber-900/80">Inboxes:</span>
        {networks.map((network) => (
          <a
            key={network.id}
            href={`${base}/_sandbox/inbox/${network.id}`}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1.5 rounded-md bg-white/80 py-1 pr-2 pl-1 font-medium text-gray-800 ring-1 ring-amber-900/10 hover:bg-white"
          >
            <NetworkIcon provider={network.id} size="xs" />
            {network.displayName}
            <span className="sr-only"> sandbox inbox (opens in a new tab)</span>
          </a>
        ))}
      </nav>
    </aside>
  );
}
