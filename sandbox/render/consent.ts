/**
 * The consent dialog: names the app, lists the requested scopes in words, lets the person pick a
 * sandbox user (and, on Facebook, the Pages to share) or create one, untick permissions to grant
 * only some of them, with Allow and Cancel. Pure HTML + CSS (no script): Facebook's per-user Page
 * list is shown with :has().
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import type { FacebookPage, SandboxUser } from "../core/users";
import { consentCss } from "./consent-css";
import { html, raw, type SafeHtml } from "./html";
import { documentShell } from "./layout";
import { avatarColor, type ConsentTheme } from "./themes";

export type ConsentView = {
  theme: ConsentTheme;
  appName: string;
  scopes: { scope: string; description: string; required: boolean }[];
  /** Above the permission toggles (unticking one declines it: a partial grant). */
  partialGrantHint: string;
  users: SandboxUser[];
  pagesByUser: Map<string, FacebookPage[]>;
  selectedUserId?: string;
  formAction: string;
  authorizeQuery: string;
  redirectUri: string;
  notice?: string;
};

const headline: Record<ProviderId, (app: string) => string> = {
  x: (app) => `${app} wants to access your X account`,
  facebook: (app) => `${app} is requesting access to your Facebook account and Pages`,
  instagram: (app) => `Allow ${app} to access your Instagram professional account?`,
  tiktok: (app) => `${app} would like access to your TikTok account`,
};

const scopeHeading: Record<ProviderId, string> = {
  x: "Things this app will be able to do",
  facebook: "Socialite will be able to",
  instagram: "This will allow Socialite to",
  tiktok: "Socialite will be able to",
};

export const avatar = (name: string, size: number): SafeHtml =>
  html`<span class="avatar" style="${`width:${size}px;height:${size}px;font-size:${Math.round(size * 0.42)}px;background:${avatarColor(name)}`}">${(name.trim()[0] ?? "?").toUpperCase()}</span>`;

function userOption(view: ConsentView, user: SandboxUser, checked: boolean): SafeHtml {
  const pages = view.pagesByUser.get(user.id) ?? [];
  const handle = view.theme.network === "facebook" ? user.username : `@${user.username}`;
  const tag = user.accountType
    ? html`<span class="tag">${user.accountType === "MEDIA_CREATOR" ? "Creator" : user.accountType === "BUSINESS" ? "Business" : "Personal"}</span>`
    : user.isPrivate !== undefined
      ? html`<span class="tag">${user.isPrivate ? "Private account" : "Public account"}</span>`
      : "";
  return html`<div class="user">
  <label class="user-row">
    <input type="radio" name="user" value="${user.id}" ${checked ? raw("checked") : ""} required>
    ${avatar(user.name, 44)}
    <span class="who"><span class="name">${user.name}</span><span class="handle muted">${handle}</span></span>
    ${tag}
    <span class="tick" aria-hidden="true"></span>
  </label>
  ${
    view.theme.network === "facebook"
      ? html`<div class="pages"><p class="pages-title">Pages ${view.appName} can post to</p>${
          pages.length === 0
            ? html`<p class="muted small">This person manages no Pages.</p>`
            : pages.map(
                (page) =>
                  html`<label class="page"><input type="checkbox" name="page" value="${page.id}" checked>${avatar(page.name, 28)}<span><span class="name">${page.name}</span><span class="muted small">${page.category}</span></span></label>`,
              )
        }</div>`
      : ""
  }
</div>`;
}

/** One permission as a ticked checkbox; a required one cannot be unticked (and is still sent). */
const scopeToggle = (item: ConsentView["scopes"][number]): SafeHtml =>
  html`<li><label class="scope${item.required ? " required" : ""}"><input type="checkbox" name="grant" value="${item.scope}" checked ${item.required ? raw("disabled") : ""}>${item.required ? html`<input type="hidden" name="grant" value="${item.scope}">` : ""}<span class="check" aria-hidden="true"></span><span><span class="scope-text">${item.description}</span><code>${item.scope}</code>${item.required ? html` <span class="muted small">required</span>` : ""}</span></label></li>`;

export function renderConsent(view: ConsentView): string {
  const { theme } = view;
  const selected = view.selectedUserId ?? view.users[0]?.id;
  const redirectHost = safeHost(view.redirectUri);
  const body = html`${theme.band ? html`<div class="band">${raw(theme.logo)}</div>` : ""}
<main class="wrap">
  <section class="card" aria-labelledby="consent-title">
    <div class="apps" aria-hidden="true">
      <span class="app-icon">${view.appName[0] ?? "A"}</span>
      <span class="dots"><i></i><i></i><i></i></span>
      <span class="net-icon">${raw(theme.logo)}</span>
    </div>
    <h1 id="consent-title">${headline[theme.network](view.appName)}</h1>
    ${view.notice ? html`<p class="notice" role="alert">${view.notice}</p>` : ""}
    <form method="post" action="${view.formAction}" class="consent">
      <input type="hidden" name="authorize_query" value="${view.authorizeQuery}">
      <fieldset class="accounts">
        <legend>Continue as</legend>
        ${view.users.map((user) => userOption(view, user, user.id === selected))}
      </fieldset>
      <section class="scopes">
        <h2>${scopeHeading[theme.network]}</h2>
        <p class="muted small hint">${view.partialGrantHint}</p>
        <input type="hidden" name="scope_choice" value="1">
        <ul>${view.scopes.map(scopeToggle)}</ul>
      </section>
      <p class="fineprint muted">Allowing sends you back to <b>${redirectHost}</b>. You can remove ${view.appName}'s access at any time; this sandbox forgets everything on restart.</p>
      <div class="actions">
        <button type="submit" name="decision" value="deny" class="btn btn-secondary" formnovalidate>Cancel</button>
        <button type="submit" name="decision" value="allow" class="btn btn-primary">Allow</button>
      </div>
    </form>
    <details class="create">
      <summary>Create a sandbox ${theme.brand} user</summary>
      <form method="post" action="${view.formAction}">
        <input type="hidden" name="authorize_query" value="${view.authorizeQuery}">
        <input type="hidden" name="decision" value="create_user">
        <label>Username<input type="text" name="new_username" pattern="[A-Za-z0-9_.]{3,30}" required placeholder="e.g. sandbox_dana" autocomplete="off"></label>
        <label>Display name<input type="text" name="new_name" placeholder="Dana Sandbox" autocomplete="off"></label>
        ${theme.network === "tiktok" ? html`<label class="inline"><input type="checkbox" name="new_private" checked> Private account</label>` : ""}
        <button type="submit" class="btn btn-secondary">Create user</button>
      </form>
    </details>
  </section>
  <footer class="foot muted">${theme.brand} sandbox · <a href="/_sandbox/inbox/${theme.network}">Inbox</a> · <a href="/">All networks</a></footer>
</main>`;
  return documentShell({
    title: `Authorize ${view.appName} · ${theme.brand} (sandbox)`,
    theme,
    body,
    css: consentCss,
  });
}

function safeHost(uri: string): string {
  try {
    return new URL(uri).host;
  } catch {
    return uri;
  }
}

/** An error dialog for requests that must not redirect (unknown client, unregistered redirect_uri). */
export function renderAuthorizeError(theme: ConsentTheme, title: string, detail: string): string {
  const body = html`${theme.band ? html`<div class="band">${raw(theme.logo)}</div>` : ""}
<main class="wrap"><section class="card error-card">
  <div class="brand">${theme.band ? "" : raw(theme.logo)}</div>
  <h1>${title}</h1>
  <p class="muted">${detail}</p>
  <p class="fineprint muted">This ${theme.brand} sandbox checks authorization requests exactly like ${theme.brand} does.</p>
</section></main>`;
  return documentShell({
    title: `${title} · ${theme.brand} (sandbox)`,
    theme,
    body,
    css: consentCss,
  });
}
