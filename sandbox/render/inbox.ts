/**
 * Per-network inbox: the posts each sandbox account received, newest first, with text, media
 * thumbnails and time, styled after the network's feed so a person sees a cross-post arrive.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import type { ReceivedPost } from "../core/posts";
import type { SandboxState } from "../core/state";
import { usersOf } from "../core/users";
import { avatar } from "./consent";
import { html, raw, type SafeHtml } from "./html";
import { inboxCss } from "./inbox-css";
import { documentShell } from "./layout";
import { smallLogo, themes } from "./themes";

type Account = { id: string; name: string; handle: string };

function accountsOf(state: SandboxState, network: ProviderId): Account[] {
  if (network === "facebook") {
    return state.directory.pages.map((page) => ({
      id: page.id,
      name: page.name,
      handle: page.category,
    }));
  }
  return usersOf(state.directory, network).map((user) => ({
    id: user.id,
    name: user.name,
    handle: `@${user.username}`,
  }));
}

function relative(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

function mediaGrid(state: SandboxState, post: ReceivedPost): SafeHtml | string {
  if (post.mediaIds.length === 0) return "";
  const items = post.mediaIds.map((id) => {
    const media = state.posts.getMedia(id);
    const src = `/_sandbox/media/${id}`;
    return media?.kind === "video"
      ? html`<div class="tile"><video src="${src}#t=0.1" muted playsinline preload="metadata" controls></video><span class="badge">Video</span></div>`
      : html`<div class="tile"><img src="${src}" alt="" loading="lazy"></div>`;
  });
  return html`<div class="media media-${Math.min(post.mediaIds.length, 4)}">${items}</div>`;
}

function postCard(state: SandboxState, post: ReceivedPost, account: Account | undefined): SafeHtml {
  const name = account?.name ?? post.accountName;
  const when = new Date(post.createdAt);
  // Each id the client may hold is a link target ("#post-<id>"): the article's own, or an anchor.
  const aliases = (post.alsoKnownAs ?? []).map(
    (id) => html`<span class="alias" id="post-${id}"></span>`,
  );
  return html`<article class="post" id="post-${post.remoteId}">${aliases}
  ${avatar(name, 44)}
  <div class="body">
    <header><b>${name}</b> <span class="muted">${account?.handle ?? post.accountName}</span> <span class="muted">·</span> <time datetime="${when.toISOString()}" title="${when.toISOString()}" class="muted">${relative(state.now() - post.createdAt)}</time></header>
    ${post.text ? html`<p class="text">${post.text}</p>` : ""}
    ${mediaGrid(state, post)}
    <footer class="meta">${Object.entries(post.details).map(([key, value]) => html`<span class="chip">${key}: ${value}</span>`)}<span class="id">id ${post.remoteId}</span><span class="id">${when.toISOString().replace("T", " ").slice(0, 19)} UTC</span></footer>
  </div>
</article>`;
}

export function renderInbox(
  state: SandboxState,
  network: ProviderId,
  query: URLSearchParams,
): string {
  const theme = themes[network];
  const accounts = accountsOf(state, network);
  const selected = query.get("account") ?? "";
  const posts = state.posts.list({ network, ...(selected ? { accountId: selected } : {}) });
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const counts = new Map<string, number>();
  for (const post of state.posts.list({ network }))
    counts.set(post.accountId, (counts.get(post.accountId) ?? 0) + 1);
  const live = query.get("live") === "1";
  const tab = (id: string, label: string, count: number) =>
    html`<a class="tab${id === selected ? " on" : ""}" href="?account=${id}${live ? "&live=1" : ""}">${label}<span class="count">${count}</span></a>`;
  const body = html`<header class="top"><div class="top-in">${raw(smallLogo(network))}<h1>${theme.brand} inbox</h1><span class="grow"></span><a class="live${live ? " on" : ""}" href="?${selected ? `account=${selected}&` : ""}live=${live ? "0" : "1"}">${live ? "● Live" : "○ Live updates"}</a><a class="home" href="/">All networks</a></div></header>
<main class="wrap">
  <nav class="tabs" aria-label="Accounts">${tab("", "All accounts", counts.size ? [...counts.values()].reduce((a, b) => a + b, 0) : 0)}${accounts.map((account) => tab(account.id, account.name, counts.get(account.id) ?? 0))}</nav>
  <section class="feed" aria-live="polite">
    ${posts.length === 0 ? html`<div class="empty">${raw(smallLogo(network))}<h2>Nothing here yet</h2><p class="muted">Posts that Socialite publishes to sandbox ${theme.brand} accounts show up here.</p></div>` : posts.map((post) => postCard(state, post, byId.get(post.accountId)))}
  </section>
</main>`;
  return documentShell({
    title: `${theme.brand} inbox (sandbox)`,
    theme,
    body,
    css: inboxCss,
    ...(live ? { head: html`<meta http-equiv="refresh" content="3">` } : {}),
  });
}
