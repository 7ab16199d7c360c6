/** The HTML document shell shared by every sandbox page: theme variables, base CSS, sandbox banner. */
import { html, raw, type SafeHtml } from "./html";
import type { ConsentTheme } from "./themes";

const baseCss = `
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{background:var(--page);color:var(--text);font-family:var(--font);font-size:15px;line-height:1.4;-webkit-font-smoothing:antialiased}
a{color:var(--accent)}
.sbx-banner{display:flex;align-items:center;justify-content:center;gap:10px;padding:7px 12px;background:repeating-linear-gradient(135deg,#ffd43b 0 14px,#fcc419 14px 28px);color:#212529;font:600 12px/1.3 ui-monospace,SFMono-Regular,Menlo,monospace;letter-spacing:.02em;text-align:center}
.sbx-banner b{background:#212529;color:#ffd43b;padding:2px 7px;border-radius:4px;letter-spacing:.12em}
.band{height:56px;background:var(--band);display:flex;align-items:center;padding:0 24px}
.band svg circle{fill:#fff}.band svg path{fill:var(--band)}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:0 22px;border-radius:var(--btn-radius);border:1px solid transparent;font:700 15px/1 var(--font);cursor:pointer;text-decoration:none;width:100%}
.btn-primary{background:var(--accent);color:var(--accent-text)}
.btn-primary:hover{filter:brightness(1.08)}
.btn-secondary{background:var(--secondary);color:var(--secondary-text);border-color:var(--border)}
.btn-secondary:hover{filter:brightness(.97)}
.muted{color:var(--muted)}
.avatar{flex:none;display:inline-flex;align-items:center;justify-content:center;border-radius:50%;color:#fff;font-weight:700}
input[type=text]{width:100%;height:40px;padding:0 12px;border:1px solid var(--border);border-radius:6px;font:15px var(--font);background:#fff;color:var(--text)}
input[type=text]:focus{outline:2px solid var(--accent);outline-offset:0;border-color:transparent}
`;

export function documentShell(input: {
  title: string;
  theme: ConsentTheme;
  body: SafeHtml;
  css?: string;
  head?: SafeHtml;
}): string {
  const { theme } = input;
  const vars = `:root{--page:${theme.page};--card:${theme.card};--text:${theme.text};--muted:${theme.muted};--border:${theme.border};--accent:${theme.accent};--accent-text:${theme.accentText};--secondary:${theme.secondary};--secondary-text:${theme.secondaryText};--radius:${theme.radius};--btn-radius:${theme.buttonRadius};--font:${theme.font};--band:${theme.band ?? theme.accent}}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${input.title}</title>
<style>${raw(vars + baseCss + (input.css ?? ""))}</style>
${input.head}
</head>
<body>
<div class="sbx-banner" role="note"><b>SANDBOX</b><span>Local emulation of ${theme.brand} for development. No real ${theme.brand} account is used.</span></div>
${input.body}
</body>
</html>`.toString();
}
