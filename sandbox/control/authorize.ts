/**
 * POST /_sandbox/authorize: the browserless consent. Takes the authorize URL an adapter built
 * (real host or sandbox URL), validates it exactly like the network's page does, and answers with
 * the redirect the browser would have followed, plus the code and state read from it.
 */

import type { z } from "zod";
import { json, type SentReply } from "../core/reply";
import type { SandboxState } from "../core/state";
import { usersOf } from "../core/users";
import { moduleForHost } from "../networks/registry";
import { decide } from "../oauth/authorize-flow";
import type { authorizeInputSchema } from "./schemas";

/** Accepts https://x.com/i/oauth2/authorize?… as well as <sandbox>/x.com/i/oauth2/authorize?…. */
function locate(url: URL): { host: string; path: string } {
  const [, first = "", ...rest] = url.pathname.split("/");
  if (moduleForHost(first)) return { host: first.toLowerCase(), path: `/${rest.join("/")}` };
  return { host: url.hostname.toLowerCase(), path: url.pathname };
}

export function controlAuthorize(
  state: SandboxState,
  input: z.infer<typeof authorizeInputSchema>,
): SentReply {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return json(400, { error: "url must be an absolute authorize URL" });
  }
  const { host, path } = locate(url);
  const module = moduleForHost(host);
  const isAuthorize = module?.routes.some(
    (route) => route.kind === "authorize" && route.hosts.includes(host) && route.pattern.test(path),
  );
  if (!module || !isAuthorize)
    return json(400, { error: `not an authorize URL of an emulated network: ${host}${path}` });
  const spec = module.authorize;
  const parse = spec.parse(url.searchParams, state);
  if (!parse.ok) {
    if ("page" in parse)
      return json(400, {
        error: "invalid_authorize_request",
        title: parse.page.title,
        detail: parse.page.detail,
      });
    return json(200, {
      location: `${parse.redirectTo}?${new URLSearchParams(parse.params)}`,
      error: parse.params.error,
      params: parse.params,
    });
  }
  const user = input.user ?? usersOf(state.directory, spec.network)[0]?.id ?? "";
  const result = decide(
    spec,
    state,
    parse.request,
    input.decision === "deny"
      ? { kind: "deny" }
      : {
          kind: "allow",
          user,
          ...(input.pages ? { pageIds: input.pages } : {}),
          ...(input.declined ? { declined: input.declined } : {}),
        },
  );
  if (!result.ok) return json(result.status, { error: result.error });
  const location = new URL(result.location);
  return json(200, {
    location: result.location,
    code: location.searchParams.get("code") ?? undefined,
    state: location.searchParams.get("state") ?? undefined,
    error: location.searchParams.get("error") ?? undefined,
    user: result.user ? { id: result.user.id, username: result.user.username } : undefined,
    ...(result.granted ? { granted: result.granted, declined: result.declined } : {}),
  });
}
