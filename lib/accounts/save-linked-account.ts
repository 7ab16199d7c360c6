/**
 * Stores a linked account with its tokens encrypted. Linking the same external account again
 * (reconnect) updates the same row, makes it ACTIVE again, and never replaces a stored refresh
 * token with an empty one (some networks only send it on the first consent).
 */
import { recordAudit } from "@/lib/audit/record-audit";
import { TOKEN_PURPOSE } from "@/lib/crypto/purposes";
import { encryptToken } from "@/lib/crypto/token-cipher";
import { db, type Prisma } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { LinkableAccount } from "@/lib/providers/types";

export type SavedAccount = { id: string; reconnected: boolean };

export async function saveLinkedAccount(
  userId: string,
  provider: ProviderId,
  account: LinkableAccount,
): Promise<SavedAccount> {
  const { tokens } = account;
  const key = { userId_provider_externalId: { userId, provider, externalId: account.externalId } };
  const profile = {
    handle: account.handle,
    displayName: account.displayName,
    avatarUrl: account.avatarUrl ?? null,
    grantedScopes: account.grantedScopes,
    metadata: account.metadata as Prisma.InputJsonObject,
  };
  const accessToken = encryptToken(tokens.accessToken, TOKEN_PURPOSE.accessToken);
  const refreshToken = tokens.refreshToken
    ? encryptToken(tokens.refreshToken, TOKEN_PURPOSE.refreshToken)
    : undefined;

  return db.$transaction(async (tx) => {
    const existing = await tx.socialAccount.findUnique({ where: key, select: { id: true } });
    const saved = await tx.socialAccount.upsert({
      where: key,
      create: {
        userId,
        provider,
        externalId: account.externalId,
        ...profile,
        accessToken,
        refreshToken: refreshToken ?? null,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt ?? null,
        refreshTokenExpiresAt: tokens.refreshTokenExpiresAt ?? null,
      },
      update: {
        ...profile,
        accessToken,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt ?? null,
        ...(refreshToken
          ? { refreshToken, refreshTokenExpiresAt: tokens.refreshTokenExpiresAt ?? null }
          : {}),
        status: "ACTIVE",
        statusReason: null,
        lastRefreshError: null,
        tokenVersion: { increment: 1 },
      },
      select: { id: true },
    });
    const reconnected = existing !== null;
    await recordAudit(
      {
        actorId: userId,
        action: reconnected ? "account.reconnect" : "account.link",
        targetType: "SocialAccount",
        targetId: saved.id,
        metadata: { provider, handle: account.handle },
      },
      tx,
    );
    return { id: saved.id, reconnected };
  });
}
