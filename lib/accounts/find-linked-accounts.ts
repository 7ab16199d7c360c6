/**
 * The accounts a link-back to /accounts names (?account=<id>), for the success banner. Scoped to
 * the signed-in user and the network the link names: another user's ids, another network's and
 * made-up ones all read as nothing, so a crafted link can neither reveal nor invent a name.
 */
import { db } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";

export type LinkedAccountName = { id: string; handle: string; displayName: string };

export async function findLinkedAccounts(
  userId: string,
  provider: ProviderId,
  accountIds: readonly string[],
): Promise<LinkedAccountName[]> {
  if (accountIds.length === 0) return [];
  const rows = await db.socialAccount.findMany({
    where: { userId, provider, id: { in: [...accountIds] } },
    select: { id: true, handle: true, displayName: true },
  });
  // In the order the link-back lists them (the order they were chosen and saved).
  const byId = new Map(rows.map((row) => [row.id, row]));
  return accountIds.flatMap((id) => byId.get(id) ?? []);
}
