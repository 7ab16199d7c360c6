/**
 * Accounts a consent returned that wait for the person's choice (Facebook Pages). They include
 * tokens, so they are stored encrypted on the ConnectAttempt and never sent to the browser: the
 * picker only sees ids and names.
 */
import { z } from "zod";
import type { LinkableAccount } from "@/lib/providers/types";

const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);

const candidateSchema = z.object({
  externalId: z.string(),
  handle: z.string(),
  displayName: z.string(),
  avatarUrl: z.string().optional(),
  grantedScopes: z.array(z.string()),
  metadata: z.record(z.string(), jsonValue),
  tokens: z.object({
    accessToken: z.string(),
    refreshToken: z.string().optional(),
    accessTokenExpiresAt: z.coerce.date().optional(),
    refreshTokenExpiresAt: z.coerce.date().optional(),
    scopes: z.array(z.string()),
  }),
});

export function serializeCandidates(accounts: LinkableAccount[]): string {
  return JSON.stringify(accounts);
}

export function parseCandidates(json: string): LinkableAccount[] {
  return z.array(candidateSchema).parse(JSON.parse(json)) as LinkableAccount[];
}

export type CandidateSummary = {
  externalId: string;
  displayName: string;
  handle: string;
  avatarUrl?: string;
};

export const summarize = (accounts: LinkableAccount[]): CandidateSummary[] =>
  accounts.map(({ externalId, displayName, handle, avatarUrl }) => ({
    externalId,
    displayName,
    handle,
    avatarUrl,
  }));
