/**
 * GET shows the consent dialog (or approves at once when auto-approve is on); POST receives the
 * dialog's Allow / Cancel / create-user form. The POST re-validates the original authorize query
 * it carries, so a tampered hidden field cannot smuggle in another redirect_uri.
 */
import type { FaultRule } from "../core/faults";
import { html, type Reply, redirect } from "../core/reply";
import { formBody } from "../core/request";
import { type HandlerContext, type Route, route } from "../core/router";
import { pagesOf, usersOf } from "../core/users";
import { renderAuthorizeError, renderConsent } from "../render/consent";
import {
  type AuthorizeRequest,
  type AuthorizeSpec,
  createUserFromForm,
  decide,
  parseFailureReply,
} from "./authorize-flow";

const SANDBOX_PARAMS = [
  "sandbox_auto_approve",
  "sandbox_user",
  "sandbox_pages",
  "sandbox_declined",
];

const list = (value: string | null): string[] | undefined =>
  value === null
    ? undefined
    : value
        .split(/[,\s]+/)
        .map((item) => item.trim())
        .filter(Boolean);

/** The consent form's permission toggles: every requested scope whose box was left unticked. */
function declinedFromForm(request: AuthorizeRequest, form: URLSearchParams): string[] {
  if (form.get("scope_choice") !== "1") return [];
  const granted = form.getAll("grant");
  return request.scopes.filter((scope) => !granted.includes(scope));
}

function consentPage(
  spec: AuthorizeSpec,
  ctx: HandlerContext,
  request: AuthorizeRequest,
  query: URLSearchParams,
  notice?: string,
): string {
  const { state, req } = ctx;
  const users = usersOf(state.directory, spec.network);
  const client = state.clients.get(spec.network);
  const authorizeQuery = new URLSearchParams(
    [...query].filter(([key]) => !SANDBOX_PARAMS.includes(key)),
  );
  const selected = query.get("sandbox_user") ?? undefined;
  return renderConsent({
    theme: spec.theme,
    appName: client.appName,
    scopes: request.scopes.map((scope) => ({
      scope,
      description: spec.describeScope(scope),
      required: spec.requiredScopes?.includes(scope) ?? false,
    })),
    partialGrantHint: spec.partialGrantHint,
    users,
    pagesByUser: new Map(users.map((user) => [user.id, pagesOf(state.directory, user.id)])),
    ...(selected ? { selectedUserId: selected } : {}),
    formAction: `/${req.host}${req.path}`,
    authorizeQuery: authorizeQuery.toString(),
    redirectUri: request.redirectUri,
    ...(notice ? { notice } : {}),
  });
}

const errorPage = (spec: AuthorizeSpec) => (title: string, detail: string) =>
  renderAuthorizeError(spec.theme, title, detail);

export function authorizeGet(spec: AuthorizeSpec) {
  return (ctx: HandlerContext): Reply => {
    const { query } = ctx.req;
    const parse = spec.parse(query, ctx.state);
    if (!parse.ok) return parseFailureReply(parse, errorPage(spec));
    const auto = ctx.state.autoApprove[spec.network];
    const autoUser = query.get("sandbox_auto_approve") ?? auto?.user;
    if (autoUser) {
      const pageIds = list(query.get("sandbox_pages")) ?? auto?.pages;
      const declined = list(query.get("sandbox_declined")) ?? auto?.declined;
      const result = decide(spec, ctx.state, parse.request, {
        kind: "allow",
        user: autoUser,
        ...(pageIds ? { pageIds } : {}),
        ...(declined ? { declined } : {}),
      });
      return result.ok
        ? redirect(result.location)
        : html(result.status, errorPage(spec)("Sandbox auto-approve failed", result.error));
    }
    return html(200, consentPage(spec, ctx, parse.request, query));
  };
}

export function authorizePost(spec: AuthorizeSpec) {
  return (ctx: HandlerContext): Reply => {
    const form = formBody(ctx.req);
    const query = new URLSearchParams(form.get("authorize_query") ?? "");
    const parse = spec.parse(query, ctx.state);
    if (!parse.ok) return parseFailureReply(parse, errorPage(spec));
    const decision = form.get("decision");
    if (decision === "deny") {
      const result = decide(spec, ctx.state, parse.request, { kind: "deny" });
      return result.ok ? redirect(result.location, 303) : html(400, "");
    }
    if (decision === "create_user") {
      const user = createUserFromForm(ctx.state, spec.network, form);
      if (!user) {
        return html(
          400,
          consentPage(
            spec,
            ctx,
            parse.request,
            query,
            "Usernames are 3 to 30 letters, digits, dots or underscores.",
          ),
        );
      }
      query.set("sandbox_user", user.id);
      return redirect(`/${ctx.req.host}${ctx.req.path}?${query.toString()}`, 303);
    }
    if (decision === "allow") {
      const user = form.get("user");
      if (!user)
        return html(
          400,
          consentPage(spec, ctx, parse.request, query, "Choose an account to continue."),
        );
      const result = decide(spec, ctx.state, parse.request, {
        kind: "allow",
        user,
        pageIds: form.getAll("page"),
        declined: declinedFromForm(parse.request, form),
      });
      if (!result.ok)
        return html(result.status, consentPage(spec, ctx, parse.request, query, result.error));
      return redirect(result.location, 303);
    }
    return html(400, consentPage(spec, ctx, parse.request, query, "Choose Allow or Cancel."));
  };
}

/** A network's authorize endpoint: GET shows the consent dialog, POST receives its form. */
export function authorizeRoutes(
  spec: AuthorizeSpec,
  endpoint: { name: string; hosts: readonly string[]; path: string },
): Route[] {
  const at = {
    name: endpoint.name,
    kind: "authorize" as const,
    hosts: endpoint.hosts,
    path: endpoint.path,
  };
  return [
    route(spec.network, { ...at, methods: ["GET"], handler: authorizeGet(spec) }),
    route(spec.network, { ...at, methods: ["POST"], handler: authorizePost(spec) }),
  ];
}

/**
 * A fault fired on the authorize dialog: the network's error page, with the status a server_error
 * fault names, else 503.
 */
export const authorizeFaultReply = (
  spec: AuthorizeSpec,
  rule: FaultRule,
  title: string,
  detail: string,
): Reply =>
  html(
    rule.kind === "server_error" ? rule.status : 503,
    renderAuthorizeError(spec.theme, title, detail),
  );
