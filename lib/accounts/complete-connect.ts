/**
 * The OAuth callback's work. Every check happens before the code is redeemed, and a failure
 * stores nothing: the state must exist, belong to this network (mix-up defence: one callback URL
 * per network), to this signed-in user (cross-user fixation) and to this browser, be unexpired
 * and unused; it is then consumed atomically, so a replay loses the race.
 */
import { TOKEN_PURPOSE } from "@/lib/crypto/purposes";
import { decryptToken, encryptToken } from "@/lib/crypto/token-cipher";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { ProviderNotConfiguredError } from "@/lib/providers/config";
import { ProviderError } from "@/lib/providers/provider-error";
import type { ProviderId } from "@/lib/providers/provider-id";
import { missingScopes } from "@/lib/providers/refresh-policy";
import { getProvider } from "@/lib/providers/registry";
import { registeredRedirectUri } from "@/lib/providers/sandbox-apps";
import type { LinkResult } from "@/lib/providers/types";
import { ConnectError } from "./connect-errors";
import { serializeCandidates } from "./pending-choice";
import { saveLinkedAccount } from "./save-linked-account";
import { sha256 } from "./start-connect";

export type ConnectOutcome =
  | { kind: "linked"; returnPath: string; accountIds: string[]; reconnected: boolean }
  | { kind: "choose"; attemptId: string };

type Callback = {
  provider: ProviderId;
  userId: string;
  binding: string | undefined;
  params: URLSearchParams;
};

async function claimAttempt({ provider, userId, binding }: Callback, state: string) {
  const attempt = await db.connectAttempt.findUnique({ where: { stateHash: sha256(state) } });
  if (!attempt) throw new ConnectError("unknown_state");
  if (attempt.provider !== provider) throw new ConnectError("wrong_network");
  if (attempt.userId !== userId) throw new ConnectError("wrong_user");
  if (!binding || sha256(binding) !== attempt.bindingHash) throw new ConnectError("wrong_browser");
  if (attempt.usedAt) throw new ConnectError("reused");
  if (attempt.expiresAt.getTime() <= Date.now()) throw new ConnectError("expired");
  const { count } = await db.connectAttempt.updateMany({
    where: { id: attempt.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count !== 1) throw new ConnectError("reused");
  return attempt;
}

async function redeem(provider: ProviderId, code: string, codeVerifier: string | undefined) {
  try {
    return await getProvider(provider).exchangeCode({
      code,
      codeVerifier,
      redirectUri: registeredRedirectUri(getEnv().APP_URL, provider),
    });
  } catch (error) {
    if (error instanceof ProviderNotConfiguredError) throw new ConnectError("not_configured");
    if (error instanceof ProviderError) {
      if (
        error.kind === "transient" ||
        error.kind === "unknown_outcome" ||
        error.kind === "rate_limited"
      ) {
        throw new ConnectError("network_unavailable");
      }
      throw new ConnectError("code_rejected", error.message);
    }
    throw error;
  }
}

function checkScopes(provider: ProviderId, result: LinkResult): void {
  const granted = result.accounts.flatMap((account) => account.grantedScopes);
  const missing = missingScopes(getProvider(provider).requiredScopes, granted);
  if (missing.length > 0) {
    throw new ConnectError("missing_scope", undefined, missing);
  }
}

export async function completeConnect(callback: Callback): Promise<ConnectOutcome> {
  const parsed = getProvider(callback.provider).parseCallback(callback.params);
  const state = parsed.state;
  if (!state) throw new ConnectError("missing_state");
  const attempt = await claimAttempt(callback, state);

  if (parsed.outcome === "error") {
    if (parsed.error === "access_denied") throw new ConnectError("cancelled");
    throw new ConnectError("provider_error", parsed.description.slice(0, 200));
  }
  const codeVerifier = attempt.codeVerifier
    ? decryptToken(attempt.codeVerifier, TOKEN_PURPOSE.codeVerifier)
    : undefined;
  const result = await redeem(callback.provider, parsed.code, codeVerifier);
  if (result.accounts.length === 0) {
    const why = result.skipped.map((s) => `${s.displayName}: ${s.reason}`).join(" ");
    throw new ConnectError("no_accounts", why || undefined);
  }
  checkScopes(callback.provider, result);

  if (result.accounts.length > 1) {
    await db.connectAttempt.update({
      where: { id: attempt.id },
      data: {
        pendingChoice: encryptToken(
          serializeCandidates(result.accounts),
          TOKEN_PURPOSE.pendingChoice,
        ),
        // The person gets a fresh 10 minutes to choose.
        expiresAt: new Date(Date.now() + 10 * 60 * 1000),
      },
    });
    return { kind: "choose", attemptId: attempt.id };
  }
  const [account] = result.accounts as [LinkResult["accounts"][number]];
  const saved = await saveLinkedAccount(callback.userId, callback.provider, account);
  return {
    kind: "linked",
    returnPath: attempt.returnPath,
    accountIds: [saved.id],
    reconnected: saved.reconnected,
  };
}
