/**
 * Escaping template tag for server-rendered pages: every interpolation is HTML-escaped unless it
 * is already a `SafeHtml` (the output of another `html` call or `raw`), so user-chosen names and
 * post texts can never inject markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export const escapeHtml = (value: string): string =>
  value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

const renderValue = (value: Interpolation): string => {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(renderValue).join("");
  if (value instanceof SafeHtml) return value.value;
  return escapeHtml(String(value));
};

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += renderValue(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Trusted markup (inline SVG, CSS written in this codebase). Never pass request data here. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);
