/** An initial-letter SVG avatar, served as profile pictures (no image assets needed). */
import { escapeHtml } from "./html";
import { avatarColor } from "./themes";

export function avatarSvg(name: string): string {
  const initial = escapeHtml((name.trim()[0] ?? "?").toUpperCase());
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200"><rect width="200" height="200" fill="${avatarColor(name)}"/><text x="100" y="128" font-family="Helvetica, Arial, sans-serif" font-size="96" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text></svg>`;
}
