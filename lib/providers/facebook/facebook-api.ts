/**
 * Raw Facebook calls (providers.md §2.2, §2.3). Facebook's token endpoint is a GET with the app
 * secret as a query parameter, not RFC 6749's form POST with client authentication, which is why
 * no OAuth library is used here; the long-lived exchange (fb_exchange_token) is Meta-only too.
 */
import { endpoints, type ProviderRuntime } from "../config";
import { requestJson } from "../http";
import { graphGet } from "../meta/graph-call";
import { createGraphClassifier } from "../meta/graph-errors";
import { ProviderError } from "../provider-error";
import {
  type FacebookNode,
  type FacebookPage,
  type FacebookTokenResponse,
  fbAccountsPage,
  fbNode,
  fbPermissions,
  fbTokenResponse,
  grantedPermissions,
} from "./transform";

const base = { provider: "facebook", network: "Facebook" } as const;
const classifyOAuth = createGraphClassifier({ network: "Facebook", endpoint: "oauth" });
const classifyApi = createGraphClassifier({ network: "Facebook", endpoint: "api" });
const tokenUrl = `${endpoints.facebook.graph}/oauth/access_token`;

/** Guards against a person with an unbounded number of Pages keeping the callback busy. */
const MAX_PAGE_LISTS = 10;

const tokenGet = (runtime: ProviderRuntime, query: Record<string, string>) =>
  requestJson(runtime, {
    ...base,
    method: "GET",
    url: tokenUrl,
    query: { client_id: runtime.clientId, client_secret: runtime.clientSecret, ...query },
    kind: "token",
    schema: fbTokenResponse,
    classify: classifyOAuth,
  });

export const exchangeFacebookCode = (
  runtime: ProviderRuntime,
  input: { code: string; redirectUri: string },
): Promise<FacebookTokenResponse> =>
  tokenGet(runtime, { redirect_uri: input.redirectUri, code: input.code });

/** Short-lived (1 h) user token → long-lived (60 d) one; only the latter yields non-expiring Page tokens. */
export const exchangeForLongLivedToken = (
  runtime: ProviderRuntime,
  shortLivedToken: string,
): Promise<FacebookTokenResponse> =>
  tokenGet(runtime, { grant_type: "fb_exchange_token", fb_exchange_token: shortLivedToken });

export const getFacebookMe = (
  runtime: ProviderRuntime,
  accessToken: string,
): Promise<FacebookNode> =>
  graphGet(runtime, {
    ...base,
    url: `${endpoints.facebook.graph}/me`,
    accessToken,
    query: { fields: "id,name" },
    schema: fbNode,
    classify: classifyApi,
  });

/**
 * The permissions the person actually granted (they can untick some in the dialog), from
 * GET /me/permissions (Meta's User spec; not in providers.md). Where that edge is unknown to the
 * server (the provider sandbox answers "Unknown path components"), the requested set stands in:
 * a missing permission then surfaces as "auth" (codes 10/200) on the first post.
 */
export async function getGrantedPermissions(
  runtime: ProviderRuntime,
  userToken: string,
  requested: readonly string[],
): Promise<string[]> {
  try {
    return grantedPermissions(
      await graphGet(runtime, {
        ...base,
        url: `${endpoints.facebook.graph}/me/permissions`,
        accessToken: userToken,
        schema: fbPermissions,
        classify: classifyApi,
      }),
    );
  } catch (error) {
    if (error instanceof ProviderError && error.kind === "invalid_content") return [...requested];
    throw error;
  }
}

/** Every Page the person granted, with its Page token, following cursor paging. */
export async function listFacebookPages(
  runtime: ProviderRuntime,
  userToken: string,
): Promise<FacebookPage[]> {
  const pages: FacebookPage[] = [];
  let after: string | undefined;
  for (let list = 0; list < MAX_PAGE_LISTS; list += 1) {
    const body = await graphGet(runtime, {
      ...base,
      url: `${endpoints.facebook.graph}/me/accounts`,
      accessToken: userToken,
      query: { fields: "id,name,access_token,category,tasks", after },
      schema: fbAccountsPage,
      classify: classifyApi,
    });
    pages.push(...body.data);
    after = body.paging?.next ? body.paging.cursors?.after : undefined;
    if (!after) break;
  }
  return pages;
}
