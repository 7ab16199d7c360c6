/**
 * The authorize step shared by the four networks: validate the request (each network its own
 * way), show the consent page, and on Allow issue a code and redirect with the network's own
 * parameters; on Cancel redirect with its own error parameters. Also used by the control API's
 * auto-approve so tests can get a code without a browser.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import type { SandboxConfig } from "../core/config";
import { html, type Reply, redirect } from "../core/reply";
import type { SandboxState } from "../core/state";
import { createUser, findUser, pagesOf, type SandboxUser } from "../core/users";
import type { ConsentTheme } from "../render/themes";
import type { RegisteredClient } from "./clients";
import type { CodeEntry } from "./codes";

export type AuthorizeRequest = {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  /** Facebook: return_scopes=true adds granted_scopes / denied_scopes to the redirect. */
  returnScopes?: boolean;
};

export type AuthorizeParse =
  | { ok: true; request: AuthorizeRequest }
  /** Not safe to redirect (unknown client or unregistered redirect_uri): show an error page. */
  | { ok: false; page: { title: string; detail: string } }
  | { ok: false; redirectTo: string; params: Record<string, string> };

export type AuthorizeSpec = {
  network: ProviderId;
  parse(query: URLSearchParams, state: SandboxState): AuthorizeParse;
  successParams(entry: CodeEntry, request: AuthorizeRequest): Record<string, string>;
  denyParams(request: AuthorizeRequest): Record<string, string>;
  /** Instagram appends "#_", Facebook "#_=_" to the redirect. */
  fragment?: string;
  codeTtlSeconds(config: SandboxConfig): number;
  codePrefix?: string;
  theme: ConsentTheme;
  describeScope(scope: string): string;
  /** Facebook: the dialog also picks Pages. */
  choosesPages?: boolean;
  /** Refuses users the network would not let through (Instagram: personal accounts). */
  refuseUser?(user: SandboxUser): string | undefined;
  /** Scopes the person cannot untick on the consent page (granted whenever requested). */
  requiredScopes?: readonly string[];
  /** Shown above the permission toggles; X marks them as a sandbox-only aid. */
  partialGrantHint: string;
};

type ErrorPage = { title: string; detail: string };

/**
 * The two checks every network makes before it may redirect anywhere: a registered client (named
 * by the network's own query parameter) and an exactly registered redirect_uri. Either failing
 * gets the network's error page, never a redirect.
 */
export function trustedRedirect(
  query: URLSearchParams,
  state: SandboxState,
  network: ProviderId,
  clientParam: "client_id" | "client_key",
  pages: { unknownClient: ErrorPage; unregisteredRedirect: ErrorPage },
): { ok: true; client: RegisteredClient; redirectUri: string } | { ok: false; page: ErrorPage } {
  const client = state.clients.find(network, query.get(clientParam) ?? undefined);
  if (!client) return { ok: false, page: pages.unknownClient };
  const redirectUri = query.get("redirect_uri") ?? "";
  if (!state.clients.isRegistered(network, redirectUri))
    return { ok: false, page: pages.unregisteredRedirect };
  return { ok: true, client, redirectUri };
}

/** `{ state }` when the request carried a non-empty state, else nothing: networks echo it back. */
export const echoState = (
  state: string | null | undefined,
): { state: string } | Record<string, never> => (state ? { state } : {});

/** A parse failure answered with an error redirect to the (already trusted) redirect_uri. */
export const errorRedirect = (
  redirectUri: string,
  params: Record<string, string>,
  state: string | null | undefined,
): AuthorizeParse => ({
  ok: false,
  redirectTo: redirectUri,
  params: { ...params, ...echoState(state) },
});

export const withParams = (uri: string, params: Record<string, string>, fragment = ""): string => {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.toString().replace(/#.*$/, "")}${fragment}`;
};

export type Decision =
  | { kind: "allow"; user: string; pageIds?: string[]; declined?: string[] }
  | { kind: "deny" };

/**
 * Splits the requested scopes into granted and declined. Declining a scope that was not requested
 * is ignored (an auto-approve setting serves many requests); declining a required one is refused.
 */
export function splitScopes(
  spec: AuthorizeSpec,
  requested: string[],
  declined: readonly string[] = [],
): { granted: string[]; declined: string[] } | { error: string } {
  const required = declined.filter(
    (scope) => requested.includes(scope) && spec.requiredScopes?.includes(scope),
  );
  if (required.length > 0)
    return { error: `${required.join(", ")} cannot be declined on ${spec.network}` };
  return {
    granted: requested.filter((scope) => !declined.includes(scope)),
    declined: requested.filter((scope) => declined.includes(scope)),
  };
}

export type DecisionResult =
  | {
      ok: true;
      location: string;
      code?: string;
      user?: SandboxUser;
      granted?: string[];
      declined?: string[];
    }
  | { ok: false; status: number; error: string };

/** Applies Allow or Cancel to an already validated request and returns where to redirect. */
export function decide(
  spec: AuthorizeSpec,
  state: SandboxState,
  request: AuthorizeRequest,
  decision: Decision,
): DecisionResult {
  if (decision.kind === "deny") {
    return {
      ok: true,
      location: withParams(request.redirectUri, spec.denyParams(request), spec.fragment),
    };
  }
  const user = findUser(state.directory, spec.network, decision.user);
  if (!user)
    return {
      ok: false,
      status: 400,
      error: `unknown ${spec.network} sandbox user "${decision.user}"`,
    };
  const refusal = spec.refuseUser?.(user);
  if (refusal) return { ok: false, status: 400, error: refusal };
  const owned = pagesOf(state.directory, user.id).map((page) => page.id);
  const pageIds = spec.choosesPages
    ? (decision.pageIds ?? owned).filter((id) => owned.includes(id))
    : [];
  const split = splitScopes(spec, request.scopes, decision.declined);
  if ("error" in split) return { ok: false, status: 400, error: split.error };
  const entry = state.codes.issue(
    {
      network: spec.network,
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      scopes: split.granted,
      declinedScopes: split.declined,
      userId: user.id,
      pageIds,
      ...(request.codeChallenge ? { codeChallenge: request.codeChallenge } : {}),
      ...(request.codeChallengeMethod ? { codeChallengeMethod: request.codeChallengeMethod } : {}),
    },
    state.now(),
    spec.codeTtlSeconds(state.config),
    spec.codePrefix,
  );
  return {
    ok: true,
    location: withParams(request.redirectUri, spec.successParams(entry, request), spec.fragment),
    code: entry.code,
    user,
    granted: entry.scopes,
    declined: entry.declinedScopes,
  };
}

/** Answers a parse failure: an error page, or a redirect carrying the network's error params. */
export function parseFailureReply(
  parse: Exclude<AuthorizeParse, { ok: true }>,
  render: (title: string, detail: string) => string,
): Reply {
  if ("page" in parse) return html(400, render(parse.page.title, parse.page.detail));
  return redirect(withParams(parse.redirectTo, parse.params));
}

/** Consent-page "create a user" action, shared by all networks. */
export function createUserFromForm(
  state: SandboxState,
  network: ProviderId,
  form: URLSearchParams,
): SandboxUser | undefined {
  const username = (form.get("new_username") ?? "").trim();
  if (!/^[A-Za-z0-9_.]{3,30}$/.test(username)) return undefined;
  const name = (form.get("new_name") ?? "").trim();
  return createUser(state.directory, network, {
    username,
    ...(name ? { name } : {}),
    ...(form.get("new_private") === "on" ? { isPrivate: true } : {}),
  });
}
