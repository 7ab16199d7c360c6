/**
 * Unlinks an account: revokes the grant at the network where it can, deletes the tokens with the
 * row, keeps the post history (targets keep their snapshot of network and handle).
 */
import { recordAudit } from "@/lib/audit/record-audit";
import { TOKEN_PURPOSE } from "@/lib/crypto/purposes";
import { decryptToken } from "@/lib/crypto/token-cipher";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { ProviderError } from "@/lib/providers/provider-error";
import type { ProviderId } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";

export type UnlinkResult = { unlinked: boolean; revokedAtNetwork: boolean };

export async function unlinkAccount(userId: string, accountId: string): Promise<UnlinkResult> {
  const account = await db.socialAccount.findFirst({
    where: { id: accountId, userId },
    select: { id: true, provider: true, handle: true, accessToken: true, refreshToken: true },
  });
  if (!account) return { unlinked: false, revokedAtNetwork: false };
  const provider = getProvider(account.provider as ProviderId);
  let revokedAtNetwork = false;
  if (provider.supportsRevoke) {
    try {
      await provider.revoke({
        accessToken: decryptToken(account.accessToken, TOKEN_PURPOSE.accessToken),
        refreshToken: account.refreshToken
          ? decryptToken(account.refreshToken, TOKEN_PURPOSE.refreshToken)
          : undefined,
        scopes: [],
      });
      revokedAtNetwork = true;
    } catch (error) {
      // The person asked to unlink: the local tokens go regardless, and the network's own
      // settings page can still remove the app; the audit event records that revocation failed.
      const reason = error instanceof ProviderError ? error.kind : "error";
      logger.warn(
        { accountId, provider: account.provider, reason },
        "revocation at the network failed",
      );
    }
  }
  await db.$transaction(async (tx) => {
    await tx.socialAccount.delete({ where: { id: account.id } });
    await recordAudit(
      {
        actorId: userId,
        action: "account.unlink",
        targetType: "SocialAccount",
        targetId: account.id,
        metadata: { provider: account.provider, handle: account.handle, revokedAtNetwork },
      },
      tx,
    );
  });
  return { unlinked: true, revokedAtNetwork };
}
