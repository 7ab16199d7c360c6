import type { ProviderId } from "@/lib/providers/provider-id";
import { accountKind, accountName, usernameOf } from "./network-terms";

/** Past this many, the title names the first few and counts the rest ("and 2 more"). */
const NAMED = 3;

const list = new Intl.ListFormat("en-GB", { type: "conjunction" });

/**
 * The success banner's title, naming what was linked: "Linked @username on <network>" where the
 * network has usernames, "Reconnected <name> (<network> <kind>)" where it hasn't, "Linked 2
 * <network> <kinds>: A and B" for several. With no account to name (the link-back's ids didn't
 * resolve for this user), the generic sentence.
 */
export function linkedTitle({
  provider,
  networkName,
  reconnected,
  accounts,
}: {
  provider: ProviderId;
  networkName: string;
  reconnected: boolean;
  accounts: readonly { handle: string; displayName: string }[];
}): string {
  const verb = reconnected ? "Reconnected" : "Linked";
  const kind = accountKind(provider, networkName);
  const [only, ...others] = accounts;
  if (!only) return `Your ${kind} is ${reconnected ? "reconnected" : "linked"}`;
  if (others.length === 0) {
    const username = usernameOf(provider, only.handle);
    return username
      ? `${verb} ${username} on ${networkName}`
      : `${verb} ${only.displayName} (${kind})`;
  }
  const names = accounts.map((account) =>
    accountName(provider, account.handle, account.displayName),
  );
  const shown =
    names.length > NAMED + 1 ? [...names.slice(0, NAMED), `${names.length - NAMED} more`] : names;
  return `${verb} ${accounts.length} ${accountKind(provider, networkName, true)}: ${list.format(shown)}`;
}
