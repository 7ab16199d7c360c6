"use server";
// Accounts page server actions: parse with zod, check the session, delegate to lib/accounts
// (which scopes every id to its owner), revalidate, map the outcome to words.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountName } from "@/components/accounts/network-terms";
import { CONNECT_ERRORS, ConnectError } from "@/lib/accounts/connect-errors";
import { withLinked } from "@/lib/accounts/connect-result";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { choosePendingAccounts, getPendingChoice } from "@/lib/accounts/pending-accounts";
import { unlinkAccount } from "@/lib/accounts/unlink-account";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { recordIdSchema } from "@/lib/db/record-id";
import { logger } from "@/lib/logger";
import type { ProviderId } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";

export type UnlinkState =
  | { status: "idle" }
  | {
      status: "unlinked";
      /** "@sandbox_alice" or "Alice's Bakery". */
      label: string;
      networkName: string;
      /** False when the network can't revoke (or didn't answer): say where to finish the job. */
      revokedAtNetwork: boolean;
      supportsRevoke: boolean;
      /** Distinguishes two unlinks in a row, so the notice is announced again. */
      at: number;
    }
  | { status: "error"; message: string; at: number };

const NOT_FOUND =
  "That account isn't linked to your Socialite account (it may already be unlinked). Nothing changed.";

export async function unlinkAccountAction(
  _previous: UnlinkState,
  form: FormData,
): Promise<UnlinkState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Faccounts");
  const parsed = recordIdSchema.safeParse(form.get("accountId"));
  if (!parsed.success) return { status: "error", message: NOT_FOUND, at: Date.now() };

  // Only the user's own accounts are listed; unlinkAccount re-checks ownership itself.
  const account = (await listAccounts(user.id)).find((item) => item.id === parsed.data);
  const result = account ? await unlinkAccount(user.id, account.id) : undefined;
  if (!account || !result?.unlinked) {
    logger.warn({ userId: user.id, accountId: parsed.data }, "unlink refused: not the owner's");
    return { status: "error", message: NOT_FOUND, at: Date.now() };
  }
  revalidatePath("/accounts");
  const providerId = account.provider as ProviderId;
  const provider = getProvider(providerId);
  return {
    status: "unlinked",
    label: accountName(providerId, account.handle, account.displayName),
    networkName: provider.displayName,
    revokedAtNetwork: result.revokedAtNetwork,
    supportsRevoke: provider.supportsRevoke,
    at: Date.now(),
  };
}

export type ChooseState = { error?: string; expired?: boolean };

const chooseSchema = z.object({
  attemptId: recordIdSchema,
  externalIds: z.array(z.string().min(1).max(100)).max(200),
});

export async function chooseAccountsAction(
  _previous: ChooseState,
  form: FormData,
): Promise<ChooseState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Faccounts");
  const parsed = chooseSchema.safeParse({
    attemptId: form.get("attemptId"),
    externalIds: form.getAll("externalId"),
  });
  if (!parsed.success) return { error: CONNECT_ERRORS.nothing_chosen };
  if (parsed.data.externalIds.length === 0) return { error: CONNECT_ERRORS.nothing_chosen };

  let outcome: Awaited<ReturnType<typeof choosePendingAccounts>>;
  let provider: ProviderId | undefined;
  try {
    // The network is read before choosing consumes the attempt (for the "linked" banner).
    provider = (await getPendingChoice(user.id, parsed.data.attemptId))?.provider;
    outcome = await choosePendingAccounts(user.id, parsed.data.attemptId, parsed.data.externalIds);
  } catch (error) {
    if (error instanceof ConnectError) {
      return { error: CONNECT_ERRORS[error.code], expired: error.code === "choice_expired" };
    }
    throw error;
  }
  if (!outcome || !provider) {
    return { error: "This choice is no longer available. Start linking again.", expired: true };
  }
  revalidatePath("/accounts");
  const target = withLinked(
    new URL(safeReturnPath(outcome.returnPath, "/accounts"), "http://socialite.invalid"),
    { provider, ...outcome },
  );
  redirect(`${target.pathname}${target.search}`);
}
