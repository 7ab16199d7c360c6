// GET /api/accounts/:id/publish-options — the choices the composer must offer before posting to
// this account (TikTok: audience, interactions, from creator_info), asked of the network now.
import type { NextRequest } from "next/server";
import { z } from "zod";
import {
  AccountNeedsReconnectError,
  AccountNotFoundError,
  getValidAccessToken,
} from "@/lib/accounts/get-valid-access-token";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { ProviderError } from "@/lib/providers/provider-error";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { PublishOptions } from "@/lib/providers/publishing-types";
import { getProvider } from "@/lib/providers/registry";
import type { JsonValue } from "@/lib/providers/types";
import { getWebRedis } from "@/lib/redis/connection";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const NONE: PublishOptions = { fields: [], notices: [] };

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE });

export async function GET(_request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return json({ error: "Sign in to see publishing options." }, 401);
  const id = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await context.params).id);
  // Another user's account answers exactly like one that doesn't exist.
  const account = id.success
    ? await db.socialAccount.findFirst({
        where: { id: id.data, userId: user.id },
        select: { id: true, provider: true, externalId: true, handle: true, metadata: true },
      })
    : null;
  if (!account) return json({ error: "No such account." }, 404);

  const provider = getProvider(account.provider as ProviderId);
  if (!provider.publishOptions) return json(NONE);
  try {
    const token = await getValidAccessToken(account.id, getWebRedis());
    const options = await provider.publishOptions({
      accessToken: token.accessToken,
      account: {
        externalId: account.externalId,
        handle: account.handle,
        metadata: (account.metadata ?? {}) as Record<string, JsonValue>,
      },
    });
    return json(options);
  } catch (error) {
    if (error instanceof AccountNeedsReconnectError || error instanceof AccountNotFoundError) {
      return json({ error: `Reconnect this ${provider.displayName} account to post to it.` }, 409);
    }
    if (error instanceof ProviderError) {
      logger.warn(
        { accountId: account.id, kind: error.kind, err: error.message },
        "publish options: the network refused",
      );
      const words =
        error.kind === "invalid_content"
          ? error.message
          : `${provider.displayName} didn't answer just now. Try again in a moment.`;
      return json({ error: words }, 502);
    }
    logger.error(
      { accountId: account.id, err: (error as Error).message },
      "publish options failed",
    );
    return json(
      { error: `Couldn't load the ${provider.displayName} options. Try again in a moment.` },
      503,
    );
  }
}
