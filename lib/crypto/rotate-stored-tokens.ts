/**
 * Re-encrypts every stored secret under the current key (npm run keys:rotate). Each row is written
 * with a compare-and-swap on its old ciphertext, so a token refreshed meanwhile is never
 * overwritten with a stale value; such a row is already under the current key anyway.
 */
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { getKeyring, type Keyring } from "./keyring";
import { TOKEN_PURPOSE } from "./purposes";
import { reencryptToken, TokenDecryptionError } from "./token-cipher";

export type RotationResult = {
  accounts: number;
  attempts: number;
  skipped: number;
  unreadable: number;
};

const BATCH = 200;

export async function rotateStoredTokens(keyring: Keyring = getKeyring()): Promise<RotationResult> {
  const result: RotationResult = { accounts: 0, attempts: 0, skipped: 0, unreadable: 0 };
  // One row no configured key can read (its key was dropped too early) must not stop the others;
  // it is counted and reported, and that account will need a reconnect.
  const tryReencrypt = (ciphertext: string, purpose: string) => {
    try {
      return reencryptToken(ciphertext, purpose, keyring);
    } catch (error) {
      if (!(error instanceof TokenDecryptionError)) throw error;
      result.unreadable += 1;
      return null;
    }
  };
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.socialAccount.findMany({
      select: { id: true, accessToken: true, refreshToken: true },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)?.id;
    for (const row of rows) {
      const access = tryReencrypt(row.accessToken, TOKEN_PURPOSE.accessToken);
      const refresh = row.refreshToken
        ? tryReencrypt(row.refreshToken, TOKEN_PURPOSE.refreshToken)
        : null;
      if (!access && !refresh) continue;
      const { count } = await db.socialAccount.updateMany({
        where: { id: row.id, accessToken: row.accessToken, refreshToken: row.refreshToken },
        data: {
          ...(access ? { accessToken: access } : {}),
          ...(refresh ? { refreshToken: refresh } : {}),
        },
      });
      if (count === 1) result.accounts += 1;
      else result.skipped += 1;
    }
  }
  const attempts = await db.connectAttempt.findMany({
    where: {
      usedAt: null,
      OR: [{ codeVerifier: { not: null } }, { pendingChoice: { not: null } }],
    },
    select: { id: true, codeVerifier: true, pendingChoice: true },
  });
  for (const row of attempts) {
    const verifier = row.codeVerifier
      ? tryReencrypt(row.codeVerifier, TOKEN_PURPOSE.codeVerifier)
      : null;
    const choice = row.pendingChoice
      ? tryReencrypt(row.pendingChoice, TOKEN_PURPOSE.pendingChoice)
      : null;
    if (!verifier && !choice) continue;
    await db.connectAttempt.updateMany({
      where: { id: row.id, codeVerifier: row.codeVerifier, pendingChoice: row.pendingChoice },
      data: {
        ...(verifier ? { codeVerifier: verifier } : {}),
        ...(choice ? { pendingChoice: choice } : {}),
      },
    });
    result.attempts += 1;
  }
  await recordAudit({
    actorId: null,
    action: "key.rotate",
    targetType: "keyring",
    targetId: keyring.current,
    metadata: { ...result },
  });
  return result;
}
