/**
 * The code exchange of the networks where one consent links exactly one account (X, TikTok):
 * redeem the code, stamp the tokens with the time taken before the request (so an expiry is never
 * read as later than it is), then read the account with the new access token. The Meta networks
 * link Pages or go through a long-lived exchange and do their own.
 */
import type { ProviderRuntime } from "./config";
import type { LinkableAccount, LinkResult, TokenSet } from "./types";

export async function linkSingleAccount<Response, User>(
  config: ProviderRuntime,
  steps: {
    redeem: () => Promise<Response>;
    toTokens: (response: Response, issuedAt: Date) => TokenSet;
    readUser: (accessToken: string) => Promise<User>;
    toAccount: (user: User, tokens: TokenSet) => LinkableAccount;
  },
): Promise<LinkResult> {
  const issuedAt = config.now();
  const tokens = steps.toTokens(await steps.redeem(), issuedAt);
  const user = await steps.readUser(tokens.accessToken);
  return { accounts: [steps.toAccount(user, tokens)], skipped: [] };
}
