/** Stylesheet of the inbox pages. */
export const inboxCss = `
.top{background:var(--card);border-bottom:1px solid var(--border);position:sticky;top:0;z-index:2}
.top-in{max-width:680px;margin:0 auto;display:flex;align-items:center;gap:12px;padding:12px 16px}
.top h1{font-size:20px;margin:0;font-weight:800}
.grow{flex:1}
.top a{font-size:14px;text-decoration:none;color:var(--muted);font-weight:600}
.top a.live.on{color:#12b76a}
.wrap{max-width:680px;margin:0 auto;padding:0 0 40px}
.tabs{display:flex;gap:8px;overflow-x:auto;padding:14px 16px;scrollbar-width:none}
.tab{flex:none;display:inline-flex;align-items:center;gap:8px;padding:7px 14px;border-radius:999px;border:1px solid var(--border);background:var(--card);color:var(--text);text-decoration:none;font-size:14px;font-weight:600}
.tab.on{background:var(--accent);border-color:var(--accent);color:var(--accent-text)}
.count{font-size:12px;font-weight:700;padding:1px 7px;border-radius:999px;background:rgba(0,0,0,.07)}
.tab.on .count{background:rgba(255,255,255,.25)}
.feed{background:var(--card);border:1px solid var(--border);border-radius:var(--radius);margin:0 16px;overflow:hidden}
.post{display:flex;gap:12px;padding:14px 16px;border-bottom:1px solid var(--border)}
.post:last-child{border-bottom:0}
.post,.alias{scroll-margin-top:72px}
.post:target,.post:has(>.alias:target){background:color-mix(in srgb,var(--accent) 8%,var(--card));box-shadow:inset 3px 0 0 var(--accent)}
.body{min-width:0;flex:1}
.body header{font-size:15px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.text{margin:4px 0 8px;white-space:pre-wrap;word-wrap:break-word;font-size:15px}
.media{display:grid;gap:3px;border-radius:14px;overflow:hidden;border:1px solid var(--border);margin:6px 0 8px;max-width:520px}
.media-1{grid-template-columns:1fr}.media-2,.media-4{grid-template-columns:1fr 1fr}.media-3{grid-template-columns:2fr 1fr}
.tile{position:relative;background:#000;aspect-ratio:1/1}
.media-1 .tile{aspect-ratio:auto;max-height:420px}
.tile img,.tile video{display:block;width:100%;height:100%;object-fit:cover}
.media-1 .tile img,.media-1 .tile video{max-height:420px;object-fit:contain;background:#000}
.badge{position:absolute;left:8px;bottom:8px;background:rgba(0,0,0,.7);color:#fff;font-size:11px;font-weight:700;padding:2px 7px;border-radius:4px}
.meta{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;font-size:12px;color:var(--muted)}
.chip{background:var(--secondary);border-radius:999px;padding:2px 9px;color:var(--secondary-text)}
.id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.empty{text-align:center;padding:56px 24px}
.empty h2{margin:14px 0 6px;font-size:19px}
@media (max-width:520px){.feed{margin:0;border-left:0;border-right:0;border-radius:0}.top a.home{display:none}}
`;
