/**
 * Starts linking a network account: a one-time state (only its hash is stored), an S256 PKCE
 * verifier (stored encrypted), a browser-binding value for an HttpOnly cookie, bound to the user
 * and the network, valid 10 minutes.
 */
import { createHash, randomBytes } from "node:crypto";
import { TOKEN_PURPOSE } from "@/lib/crypto/purposes";
import { encryptToken } from "@/lib/crypto/token-cipher";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createPkcePair, createState } from "@/lib/providers/pkce";
import type { ProviderId } from "@/lib/providers/provider-id";
import { getProvider } from "@/lib/providers/registry";
import { registeredRedirectUri } from "@/lib/providers/sandbox-apps";

export const CONNECT_ATTEMPT_TTL_MS = 10 * 60 * 1000;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export type StartedConnect = { authorizationUrl: string; binding: string; expiresAt: Date };

export async function startConnect(input: {
  userId: string;
  provider: ProviderId;
  returnPath: string;
}): Promise<StartedConnect> {
  const provider = getProvider(input.provider);
  const state = createState();
  const binding = randomBytes(32).toString("base64url");
  const pkce = provider.supportsPkce ? await createPkcePair() : undefined;
  const expiresAt = new Date(Date.now() + CONNECT_ATTEMPT_TTL_MS);
  const redirectUri = registeredRedirectUri(getEnv().APP_URL, input.provider);
  // Build the URL first: a network that is not configured throws before anything is stored.
  const authorizationUrl = provider.buildAuthorizationUrl({
    state,
    redirectUri,
    codeChallenge: pkce?.codeChallenge,
  });
  await db.connectAttempt.create({
    data: {
      stateHash: sha256(state),
      provider: input.provider,
      userId: input.userId,
      bindingHash: sha256(binding),
      codeVerifier: pkce ? encryptToken(pkce.codeVerifier, TOKEN_PURPOSE.codeVerifier) : null,
      returnPath: input.returnPath,
      expiresAt,
    },
  });
  return { authorizationUrl, binding, expiresAt };
}
