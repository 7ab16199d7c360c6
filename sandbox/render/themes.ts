/**
 * Per-network look: colours, type and an inline SVG mark drawn here (no external assets, no
 * CDN), close enough to each network that a person recognises where they are.
 */
import type { ProviderId } from "@/lib/providers/provider-id";

export type ConsentTheme = {
  network: ProviderId;
  brand: string;
  logo: string;
  page: string;
  card: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  accentText: string;
  secondary: string;
  secondaryText: string;
  radius: string;
  buttonRadius: string;
  font: string;
  /** Optional band across the top of the page (Facebook's blue bar). */
  band?: string;
};

const systemFont = `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif`;

const xLogo = (size: number, color: string) =>
  `<svg width="${size}" height="${size}" viewBox="0 0 24 24" aria-hidden="true"><path fill="${color}" d="M18.244 2.25h3.308l-7.227 8.26 8.502 11.24H16.17l-5.214-6.817L4.99 21.75H1.68l7.73-8.835L1.254 2.25H8.08l4.713 6.231zm-1.161 17.52h1.833L7.084 4.126H5.117z"/></svg>`;

const facebookLogo = (size: number) =>
  `<svg width="${size}" height="${size}" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="20" fill="#0866FF"/><path fill="#fff" d="M22.3 40V25.6h4.6l.8-5.6h-5.4v-3.5c0-1.6.5-2.7 2.8-2.7h2.9v-5a38 38 0 0 0-4.2-.2c-4.2 0-7 2.5-7 7.2V20H12v5.6h4.8V40z"/></svg>`;

const instagramLogo = (size: number) =>
  `<svg width="${size}" height="${size}" viewBox="0 0 40 40" aria-hidden="true"><defs><radialGradient id="ig-g" cx="0.3" cy="1.07" r="1.3"><stop offset="0" stop-color="#FFDD55"/><stop offset="0.1" stop-color="#FFDD55"/><stop offset="0.5" stop-color="#FF543E"/><stop offset="1" stop-color="#C837AB"/></radialGradient></defs><rect width="40" height="40" rx="11" fill="url(#ig-g)"/><rect x="9" y="9" width="22" height="22" rx="7" fill="none" stroke="#fff" stroke-width="2.6"/><circle cx="20" cy="20" r="5.2" fill="none" stroke="#fff" stroke-width="2.6"/><circle cx="26.6" cy="13.4" r="1.6" fill="#fff"/></svg>`;

const tiktokNote = (color: string, dx: number, dy: number) =>
  `<path transform="translate(${dx} ${dy})" fill="${color}" d="M24.6 9.2a6.3 6.3 0 0 0 4.4 2v3.9a10 10 0 0 1-4.4-1.3v7.4a6.9 6.9 0 1 1-6-6.8v4a3 3 0 1 0 2.1 2.8V5h3.9z"/>`;

const tiktokLogo = (size: number) =>
  `<svg width="${size}" height="${size}" viewBox="0 0 40 40" aria-hidden="true"><rect width="40" height="40" rx="10" fill="#000"/><g transform="translate(-2 3)">${tiktokNote("#25F4EE", -0.9, -0.9)}${tiktokNote("#FE2C55", 0.9, 0.9)}${tiktokNote("#fff", 0, 0)}</g></svg>`;

export const themes: Record<ProviderId, ConsentTheme> = {
  x: {
    network: "x",
    brand: "X",
    logo: xLogo(30, "#0f1419"),
    page: "#ffffff",
    card: "#ffffff",
    text: "#0f1419",
    muted: "#536471",
    border: "#cfd9de",
    accent: "#0f1419",
    accentText: "#ffffff",
    secondary: "#ffffff",
    secondaryText: "#0f1419",
    radius: "16px",
    buttonRadius: "9999px",
    font: `"Chirp", ${systemFont}`,
  },
  facebook: {
    network: "facebook",
    brand: "Facebook",
    logo: facebookLogo(40),
    page: "#f0f2f5",
    card: "#ffffff",
    text: "#1c1e21",
    muted: "#65676b",
    border: "#dddfe2",
    accent: "#0866ff",
    accentText: "#ffffff",
    secondary: "#e4e6eb",
    secondaryText: "#050505",
    radius: "8px",
    buttonRadius: "6px",
    font: `Helvetica, Arial, ${systemFont}`,
    band: "#0866ff",
  },
  instagram: {
    network: "instagram",
    brand: "Instagram",
    logo: instagramLogo(40),
    page: "#fafafa",
    card: "#ffffff",
    text: "#000000",
    muted: "#737373",
    border: "#dbdbdb",
    accent: "#0095f6",
    accentText: "#ffffff",
    secondary: "#efefef",
    secondaryText: "#000000",
    radius: "4px",
    buttonRadius: "8px",
    font: systemFont,
  },
  tiktok: {
    network: "tiktok",
    brand: "TikTok",
    logo: tiktokLogo(40),
    page: "#f8f8f8",
    card: "#ffffff",
    text: "#161823",
    muted: "rgba(22,24,35,0.6)",
    border: "rgba(22,24,35,0.12)",
    accent: "#fe2c55",
    accentText: "#ffffff",
    secondary: "rgba(22,24,35,0.06)",
    secondaryText: "#161823",
    radius: "8px",
    buttonRadius: "4px",
    font: `"TikTok Display", "Proxima Nova", ${systemFont}`,
  },
};

/** A small logo for headers and inbox pages. */
export const smallLogo = (network: ProviderId): string =>
  ({
    x: xLogo(24, "#0f1419"),
    facebook: facebookLogo(28),
    instagram: instagramLogo(28),
    tiktok: tiktokLogo(28),
  })[network];

/** Deterministic avatar colour from a name, so the same person always looks the same. */
export function avatarColor(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 55% 48%)`;
}
