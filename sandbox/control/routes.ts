/**
 * The control API under /_sandbox (JSON, for tests and demos), the inbox pages, stored media,
 * avatars and the index page. Every endpoint is documented in sandbox/README.md.
 */
import { z } from "zod";
import { isProviderId } from "@/lib/providers/provider-id";
import { applyConfigPatch } from "../core/config";
import { faultInputSchema } from "../core/faults";
import { empty, html, json, type Reply, send } from "../core/reply";
import { jsonBody, type SandboxRequest } from "../core/request";
import type { SandboxState } from "../core/state";
import { createUser, findUser, usersOf } from "../core/users";
import { allModules, settleAll } from "../networks/registry";
import { avatarSvg } from "../render/avatar";
import { renderInbox } from "../render/inbox";
import { renderIndex } from "../render/index-page";
import { controlAuthorize } from "./authorize";
import {
  accountActionSchema,
  authorizeInputSchema,
  autoApproveSchema,
  clockSchema,
  createUserSchema,
  redirectUriSchema,
} from "./schemas";

type Handler = (
  state: SandboxState,
  req: SandboxRequest,
  params: string[],
) => Reply | Promise<Reply>;

const invalid = (error: z.ZodError) =>
  json(400, {
    error: "invalid_body",
    issues: error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
  });

/** Parses the JSON body with a schema, then calls the handler; 400 with the zod issues otherwise. */
const withBody =
  <T extends z.ZodType>(
    schema: T,
    handler: (state: SandboxState, body: z.infer<T>) => Reply,
  ): Handler =>
  (state, req) => {
    const parsed = schema.safeParse(jsonBody(req) ?? {});
    return parsed.success ? handler(state, parsed.data) : invalid(parsed.error);
  };

function resolveAccount(state: SandboxState, network: string, account: string): string {
  if (!isProviderId(network)) return account;
  const user = findUser(state.directory, network, account);
  return user?.id ?? account;
}

const routes: [string, RegExp, Handler][] = [
  ["GET", /^\/$/, (state) => html(200, renderIndex(state))],
  ["GET", /^\/_sandbox\/health$/, () => json(200, { ok: true })],
  [
    "POST",
    /^\/_sandbox\/reset$/,
    (state) => {
      state.reset();
      return json(200, { ok: true });
    },
  ],
  ["GET", /^\/_sandbox\/counters$/, (state) => json(200, state.counters.snapshot())],
  ["GET", /^\/_sandbox\/faults$/, (state) => json(200, { faults: state.faults.list() })],
  [
    "POST",
    /^\/_sandbox\/faults$/,
    withBody(faultInputSchema, (state, body) => {
      const accountIds = body.account ? [resolveAccount(state, body.network, body.account)] : [];
      return json(201, { fault: state.faults.add(body, accountIds) });
    }),
  ],
  [
    "DELETE",
    /^\/_sandbox\/faults$/,
    (state) => {
      state.faults.clear();
      return json(200, { ok: true });
    },
  ],
  [
    "DELETE",
    /^\/_sandbox\/faults\/([^/]+)$/,
    (state, _req, [id]) => json(state.faults.remove(id ?? "") ? 200 : 404, { ok: true }),
  ],
  ["GET", /^\/_sandbox\/config$/, (state) => json(200, state.config)],
  [
    "PUT",
    /^\/_sandbox\/config$/,
    (state, req) => {
      try {
        state.config = applyConfigPatch(state.config, jsonBody(req) ?? {});
        return json(200, state.config);
      } catch (error) {
        return error instanceof z.ZodError ? invalid(error) : json(400, { error: "invalid_body" });
      }
    },
  ],
  [
    "GET",
    /^\/_sandbox\/clock$/,
    (state) =>
      json(200, {
        now: new Date(state.now()).toISOString(),
        offsetSeconds: state.clock.offsetSeconds(),
      }),
  ],
  [
    "POST",
    /^\/_sandbox\/clock$/,
    withBody(clockSchema, (state, body) => {
      state.clock.advance(body.advanceSeconds);
      return json(200, {
        now: new Date(state.now()).toISOString(),
        offsetSeconds: state.clock.offsetSeconds(),
      });
    }),
  ],
  ["POST", /^\/_sandbox\/authorize$/, withBody(authorizeInputSchema, controlAuthorize)],
  [
    "PUT",
    /^\/_sandbox\/auto-approve$/,
    withBody(autoApproveSchema, (state, body) => {
      state.autoApprove[body.network] = {
        user: body.user,
        ...(body.pages ? { pages: body.pages } : {}),
        ...(body.declined ? { declined: body.declined } : {}),
      };
      return json(200, { autoApprove: state.autoApprove });
    }),
  ],
  [
    "DELETE",
    /^\/_sandbox\/auto-approve\/([^/]+)$/,
    (state, _req, [network]) => {
      if (network && isProviderId(network)) delete state.autoApprove[network];
      return json(200, { autoApprove: state.autoApprove });
    },
  ],
  [
    "GET",
    /^\/_sandbox\/users$/,
    (state, req) => {
      const network = req.query.get("network");
      const users =
        network && isProviderId(network)
          ? usersOf(state.directory, network)
          : state.directory.users;
      return json(200, { users, pages: state.directory.pages });
    },
  ],
  [
    "POST",
    /^\/_sandbox\/users$/,
    withBody(createUserSchema, (state, body) => {
      const { network, ...input } = body;
      return json(201, { user: createUser(state.directory, network, input) });
    }),
  ],
  [
    "GET",
    /^\/_sandbox\/posts$/,
    (state, req) => {
      const network = req.query.get("network");
      const account = req.query.get("account");
      const posts = state.posts.list({
        ...(network && isProviderId(network) ? { network } : {}),
        ...(account && network ? { accountId: resolveAccount(state, network, account) } : {}),
      });
      return json(200, {
        posts: posts.map((post) => ({
          ...post,
          createdAt: new Date(post.createdAt).toISOString(),
          media: post.mediaIds.map((id) => `${req.origin}/_sandbox/media/${id}`),
        })),
      });
    },
  ],
  [
    "POST",
    /^\/_sandbox\/tokens\/revoke$/,
    withBody(accountActionSchema, (state, body) => {
      const accountId = resolveAccount(state, body.network, body.account);
      const revokedGrants = state.tokens.revokeAccount(body.network, accountId, state.now());
      if (revokedGrants > 0) state.counters.revocation(body.network, accountId);
      return json(200, { revokedGrants });
    }),
  ],
  [
    "POST",
    /^\/_sandbox\/tokens\/expire$/,
    withBody(accountActionSchema, (state, body) => {
      const expiredTokens = state.tokens.expireAccount(
        body.network,
        resolveAccount(state, body.network, body.account),
        state.now(),
      );
      return json(200, { expiredTokens });
    }),
  ],
  ["GET", /^\/_sandbox\/apps$/, (state) => json(200, { apps: state.clients.list() })],
  [
    "POST",
    /^\/_sandbox\/apps\/redirect-uris$/,
    withBody(redirectUriSchema, (state, body) => {
      if ("appUrl" in body) state.clients.registerAppUrl(body.appUrl);
      else state.clients.registerRedirectUri(body.network, body.redirectUri);
      return json(200, { apps: state.clients.list() });
    }),
  ],
  [
    "GET",
    /^\/_sandbox\/endpoints$/,
    () =>
      json(200, {
        endpoints: allModules().flatMap((module) =>
          module.routes.map((r) => ({
            network: r.network,
            name: r.name,
            kind: r.kind,
            methods: r.methods,
            hosts: r.hosts,
            pattern: r.pattern.source,
          })),
        ),
      }),
  ],
  [
    "GET",
    /^\/_sandbox\/media\/([A-Za-z0-9_-]+)$/,
    (state, _req, [id]) => {
      const media = state.posts.getMedia(id ?? "");
      return media
        ? send(200, media.bytes, { "content-type": media.mime, "cache-control": "max-age=3600" })
        : empty(404);
    },
  ],
  [
    "GET",
    /^\/_sandbox\/avatar\/([a-z]+)\/([^/]+?)(?:\.svg)?$/,
    (state, _req, [network, id]) => {
      const user =
        network && isProviderId(network) ? findUser(state.directory, network, id ?? "") : undefined;
      const page = state.directory.pages.find((candidate) => candidate.id === id);
      return send(200, avatarSvg(user?.name ?? page?.name ?? id ?? "?"), {
        "content-type": "image/svg+xml",
      });
    },
  ],
  [
    "GET",
    /^\/_sandbox\/inbox\/([a-z]+)$/,
    (state, req, [network]) =>
      network && isProviderId(network)
        ? html(200, renderInbox(state, network, req.query))
        : empty(404),
  ],
];

export async function handleControl(state: SandboxState, req: SandboxRequest): Promise<Reply> {
  settleAll(state);
  for (const [method, pattern, handler] of routes) {
    const match = pattern.exec(req.path);
    if (match && method === req.method) return handler(state, req, match.slice(1));
  }
  return json(404, {
    error: "not_found",
    detail: `No sandbox route for ${req.method} ${req.path}. See GET /_sandbox/endpoints and sandbox/README.md.`,
  });
}
