/** The page picker's data and the person's choice, for an attempt that is waiting for one. */
import { TOKEN_PURPOSE } from "@/lib/crypto/purposes";
import { decryptToken } from "@/lib/crypto/token-cipher";
import { db } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";
import { ConnectError } from "./connect-errors";
import { type CandidateSummary, parseCandidates, summarize } from "./pending-choice";
import { type SavedAccount, saveLinkedAccount } from "./save-linked-account";

async function loadPending(userId: string, attemptId: string) {
  const attempt = await db.connectAttempt.findFirst({
    // Scoped to the owner: another user's attempt id reads as "not found".
    where: { id: attemptId, userId },
    select: { id: true, provider: true, pendingChoice: true, expiresAt: true, returnPath: true },
  });
  if (!attempt?.pendingChoice) return null;
  if (attempt.expiresAt.getTime() <= Date.now()) throw new ConnectError("choice_expired");
  const candidates = parseCandidates(
    decryptToken(attempt.pendingChoice, TOKEN_PURPOSE.pendingChoice),
  );
  return { ...attempt, provider: attempt.provider as ProviderId, candidates };
}

export type PendingChoice = { provider: ProviderId; options: CandidateSummary[] };

export async function getPendingChoice(
  userId: string,
  attemptId: string,
): Promise<PendingChoice | null> {
  const pending = await loadPending(userId, attemptId);
  return pending ? { provider: pending.provider, options: summarize(pending.candidates) } : null;
}

export async function choosePendingAccounts(
  userId: string,
  attemptId: string,
  externalIds: string[],
): Promise<{ returnPath: string; accountIds: string[]; reconnected: boolean } | null> {
  const pending = await loadPending(userId, attemptId);
  if (!pending) return null;
  const chosen = pending.candidates.filter((candidate) =>
    externalIds.includes(candidate.externalId),
  );
  if (chosen.length === 0) throw new ConnectError("nothing_chosen");
  // Clearing the choice first makes a double submit link nothing twice.
  const { count } = await db.connectAttempt.updateMany({
    where: { id: pending.id, pendingChoice: { not: null } },
    data: { pendingChoice: null },
  });
  if (count !== 1) return null;
  const saved: SavedAccount[] = [];
  for (const account of chosen) {
    saved.push(await saveLinkedAccount(userId, pending.provider, account));
  }
  return {
    returnPath: pending.returnPath,
    accountIds: saved.map((account) => account.id),
    // One newly linked account among them makes the whole choice read as "Linked".
    reconnected: saved.every((account) => account.reconnected),
  };
}
