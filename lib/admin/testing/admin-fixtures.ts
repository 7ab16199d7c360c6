/**
 * Integration-test support for lib/admin: linked accounts saved through the app's own
 * saveLinkedAccount (tokens encrypted exactly as in production) from a made-up LinkableAccount,
 * with recognisable canary tokens, so a test can assert that no admin output ever contains them.
 */
import { randomBytes } from "node:crypto";
import { saveLinkedAccount } from "@/lib/accounts/save-linked-account";
import { db } from "@/lib/db/client";
import type { ProviderId } from "@/lib/providers/provider-id";

export type SeededAccount = {
  id: string;
  handle: string;
  accessToken: string;
  refreshToken: string;
};

export async function seedAccount(
  userId: string,
  provider: ProviderId,
  options: { handle?: string; expiresInMs?: number } = {},
): Promise<SeededAccount> {
  const suffix = randomBytes(6).toString("hex");
  const handle = options.handle ?? `it_${provider}_${suffix}`;
  const accessToken = `CANARY-ACCESS-${suffix}-${randomBytes(12).toString("hex")}`;
  const refreshToken = `CANARY-REFRESH-${suffix}-${randomBytes(12).toString("hex")}`;
  const saved = await saveLinkedAccount(userId, provider, {
    externalId: `ext-${suffix}`,
    handle,
    displayName: `IT ${provider} ${suffix}`,
    tokens: {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(Date.now() + (options.expiresInMs ?? 2 * 3_600_000)),
      scopes: ["tweet.write"],
    },
    grantedScopes: ["tweet.write"],
    metadata: {},
  });
  return { id: saved.id, handle, accessToken, refreshToken };
}

/** A post with one target of the account, in the given state (as the worker would leave it). */
export async function seedTarget(
  userId: string,
  account: { id: string; handle: string },
  status: "QUEUED" | "FAILED" | "UNCONFIRMED" | "PUBLISHED",
  provider: ProviderId = "x",
) {
  const post = await db.post.create({
    data: { userId, text: `Integration post ${randomBytes(4).toString("hex")}` },
    select: { id: true },
  });
  return db.postTarget.create({
    data: {
      postId: post.id,
      socialAccountId: account.id,
      provider,
      accountHandle: account.handle,
      status,
      attempts: status === "QUEUED" ? 0 : 8,
      ...(status === "FAILED" || status === "UNCONFIRMED"
        ? { errorCode: "transient", errorMessage: "The network answered 503 every time." }
        : {}),
    },
    select: { id: true, postId: true },
  });
}
