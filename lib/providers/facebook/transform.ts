/** Facebook Login and Page responses (providers.md §2.2, §2.3) as zod schemas, mapped to domain types. */
import { z } from "zod";
import type { LinkResult, TokenSet } from "../types";

export const fbTokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
});
export type FacebookTokenResponse = z.infer<typeof fbTokenResponse>;

export const fbNode = z.object({ id: z.string().min(1), name: z.string().optional() });
export type FacebookNode = z.infer<typeof fbNode>;

const fbPage = z.object({
  id: z.string().min(1),
  name: z.string(),
  access_token: z.string().min(1),
  category: z.string().optional(),
  tasks: z.array(z.string()).optional(),
});
export type FacebookPage = z.infer<typeof fbPage>;

export const fbAccountsPage = z.object({
  data: z.array(fbPage),
  paging: z
    .object({
      cursors: z.object({ after: z.string().optional() }).optional(),
      next: z.string().optional(),
    })
    .optional(),
});

export const fbPermissions = z.object({
  data: z.array(z.object({ permission: z.string(), status: z.string() })),
});

/** Posting needs the CREATE_CONTENT task on the Page (MANAGE includes it). */
const canPost = (page: FacebookPage) =>
  page.tasks === undefined ||
  page.tasks.includes("CREATE_CONTENT") ||
  page.tasks.includes("MANAGE");

/**
 * One linkable account per Page. The Page token was obtained with a long-lived user token, so it
 * has no expiry (providers.md §2.2) and nothing to refresh; the user token itself is not kept.
 */
export function toFacebookLinkResult(
  pages: FacebookPage[],
  userId: string,
  grantedScopes: string[],
): LinkResult {
  const result: LinkResult = { accounts: [], skipped: [] };
  for (const page of pages) {
    if (!canPost(page)) {
      result.skipped.push({
        externalId: page.id,
        displayName: page.name,
        reason: "Your role on this Page does not allow creating posts.",
      });
      continue;
    }
    const tokens: TokenSet = { accessToken: page.access_token, scopes: grantedScopes };
    result.accounts.push({
      externalId: page.id,
      handle: page.name,
      displayName: page.name,
      tokens,
      grantedScopes,
      metadata: {
        pageId: page.id,
        userId,
        ...(page.category ? { category: page.category } : {}),
        ...(page.tasks ? { tasks: page.tasks } : {}),
      },
    });
  }
  return result;
}

export const grantedPermissions = (body: z.infer<typeof fbPermissions>): string[] =>
  body.data.filter((entry) => entry.status === "granted").map((entry) => entry.permission);
