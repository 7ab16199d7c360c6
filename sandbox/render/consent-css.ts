/** Stylesheet of the consent and authorize-error dialogs (themed through CSS variables). */
export const consentCss = `
.wrap{max-width:520px;margin:0 auto;padding:28px 16px 40px}
.card{background:var(--card);border:1px solid var(--border);border-radius:var(--radius);padding:28px 28px 20px;box-shadow:0 1px 2px rgba(0,0,0,.06),0 8px 24px rgba(0,0,0,.05)}
.brand{display:flex;justify-content:center;min-height:8px}
.apps{display:flex;align-items:center;justify-content:center;gap:14px;margin:14px 0 8px}
.app-icon{width:52px;height:52px;border-radius:14px;display:inline-flex;align-items:center;justify-content:center;background:linear-gradient(135deg,#6d5dfc,#3b82f6);color:#fff;font:800 24px var(--font);box-shadow:0 2px 6px rgba(59,130,246,.35)}
.net-icon{width:52px;height:52px;border-radius:14px;display:inline-flex;align-items:center;justify-content:center;border:1px solid var(--border);background:#fff}
.net-icon svg{width:30px;height:30px}
.dots{display:inline-flex;gap:4px}.dots i{width:5px;height:5px;border-radius:50%;background:var(--border)}
h1{font-size:22px;line-height:1.25;margin:12px 0 18px;text-align:center;font-weight:800;letter-spacing:-.01em}
.notice{background:#fff4e5;border:1px solid #ffd8a8;color:#8a4b00;border-radius:8px;padding:10px 12px;font-size:14px}
fieldset{border:0;margin:0;padding:0}
legend{font-weight:700;font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-bottom:8px}
.user{border:1px solid var(--border);border-radius:12px;margin-bottom:8px;overflow:hidden}
.user:has(input[type=radio]:checked){border-color:var(--accent);box-shadow:0 0 0 1px var(--accent)}
.user-row{display:flex;align-items:center;gap:12px;padding:10px 14px;cursor:pointer}
.user-row input{position:absolute;opacity:0;pointer-events:none}
.user-row:has(input:focus-visible){outline:2px solid var(--accent);outline-offset:-2px}
.who{display:flex;flex-direction:column;min-width:0;flex:1}
.name{font-weight:700;display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.handle{font-size:14px}
.tag{font-size:11px;font-weight:700;padding:3px 8px;border-radius:999px;background:var(--secondary);color:var(--muted);white-space:nowrap}
.tick{width:22px;height:22px;border-radius:50%;border:2px solid var(--border);flex:none}
.user-row:has(input:checked) .tick{border-color:var(--accent);background:var(--accent);box-shadow:inset 0 0 0 4px var(--card)}
.pages{display:none;padding:4px 14px 12px 70px}
.user:has(input[type=radio]:checked) .pages{display:block}
.pages-title{margin:0 0 6px;font-size:13px;font-weight:700;color:var(--muted)}
.page{display:flex;align-items:center;gap:10px;padding:6px 0;cursor:pointer}
.page input{width:18px;height:18px;accent-color:var(--accent)}
.page span span{display:block}
.small{font-size:13px}
.scopes{margin:18px 0 6px;padding:16px 16px 6px;border-radius:12px;background:var(--secondary)}
.scopes h2{font-size:15px;margin:0 0 10px}
.scopes ul{list-style:none;margin:0;padding:0}
.scopes li{margin-bottom:10px}
.scope{display:flex;gap:10px;align-items:flex-start;cursor:pointer}
.scope.required{cursor:default}
.scope input[type=checkbox]{position:absolute;opacity:0;pointer-events:none}
.scope:has(input:focus-visible) .check{outline:2px solid var(--accent);outline-offset:2px}
.scope:has(input[type=checkbox]:not(:checked)) .check{background:transparent;box-shadow:inset 0 0 0 2px var(--border)}
.scope:has(input[type=checkbox]:not(:checked)) .check::after{display:none}
.scope:has(input[type=checkbox]:not(:checked)) .scope-text{color:var(--muted);text-decoration:line-through}
.hint{margin:-4px 0 10px}
.scope-text{display:block}
.scopes code{display:inline-block;margin-top:2px;font:12px ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted)}
.check{flex:none;width:18px;height:18px;margin-top:1px;border-radius:50%;background:var(--accent);position:relative}
.check::after{content:"";position:absolute;left:6px;top:3px;width:4px;height:8px;border:solid var(--accent-text);border-width:0 2px 2px 0;transform:rotate(45deg)}
.fineprint{font-size:13px;margin:14px 0}
.actions{display:flex;gap:10px;margin-top:6px}
.create{margin-top:18px;border-top:1px solid var(--border);padding-top:12px}
.create summary{cursor:pointer;color:var(--accent);font-weight:600;font-size:14px}
.create form{display:grid;gap:10px;margin-top:12px}
.create label{display:grid;gap:4px;font-size:13px;font-weight:600;color:var(--muted)}
.create label.inline{display:flex;align-items:center;gap:8px}
.foot{text-align:center;font-size:13px;margin-top:18px}
.foot a{color:inherit}
.error-card h1{margin-top:18px}
@media (max-width:480px){.wrap{padding:0 0 24px}.card{border-radius:0;border-left:0;border-right:0;box-shadow:none;padding:22px 18px 16px}h1{font-size:20px}.pages{padding-left:14px}}
`;
