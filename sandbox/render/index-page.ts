/** The sandbox's front page: what it is, links to each network's inbox, and the control API. */
import { PROVIDER_IDS } from "@/lib/providers/provider-id";
import type { SandboxState } from "../core/state";
import { html, raw } from "./html";
import { documentShell } from "./layout";
import { smallLogo, themes } from "./themes";

const css = `
.wrap{max-width:860px;margin:0 auto;padding:32px 20px 48px}
h1{font-size:28px;margin:0 0 6px;letter-spacing:-.02em}
.lead{color:var(--muted);margin:0 0 24px;max-width:620px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:14px}
.net{display:flex;flex-direction:column;gap:10px;padding:18px;border:1px solid var(--border);border-radius:14px;background:#fff;text-decoration:none;color:inherit;transition:box-shadow .15s}
.net:hover{box-shadow:0 4px 18px rgba(0,0,0,.08)}
.net b{font-size:17px}.net span{color:var(--muted);font-size:14px}
h2{font-size:17px;margin:32px 0 10px}
code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f1f3f5;padding:2px 6px;border-radius:5px}
ul.api{padding-left:18px;color:var(--muted)}ul.api li{margin:4px 0}
`;

export function renderIndex(state: SandboxState): string {
  const cards = PROVIDER_IDS.map((network) => {
    const count = state.posts.list({ network }).length;
    return html`<a class="net" href="/_sandbox/inbox/${network}">${raw(smallLogo(network))}<b>${themes[network].brand} inbox</b><span>${count} post${count === 1 ? "" : "s"} received</span></a>`;
  });
  const body = html`<main class="wrap">
  <h1>Provider sandbox</h1>
  <p class="lead">Local emulation of X, Facebook, Instagram and TikTok: consent dialogs, OAuth token endpoints and publishing APIs, served at <code>/&lt;real host&gt;/&lt;real path&gt;</code>. Open an inbox to see what Socialite posted.</p>
  <div class="grid">${cards}</div>
  <h2>Control API</h2>
  <ul class="api">
    <li><code>GET /_sandbox/health</code> · <code>POST /_sandbox/reset</code> · <code>GET /_sandbox/counters</code></li>
    <li><code>POST /_sandbox/faults</code> · <code>PUT /_sandbox/config</code> · <code>POST /_sandbox/clock</code></li>
    <li><code>POST /_sandbox/authorize</code> · <code>PUT /_sandbox/auto-approve</code> · <code>GET /_sandbox/endpoints</code></li>
  </ul>
</main>`;
  return documentShell({
    title: "Provider sandbox · Socialite",
    theme: { ...themes.x, page: "#f7f9f9", accent: "#1d9bf0" },
    body,
    css,
  });
}
