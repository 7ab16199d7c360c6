import { clsx } from "clsx";
import type { CSSProperties, ReactNode } from "react";
import type { ProviderId } from "@/lib/providers/provider-id";

/**
 * Each network's brand mark, drawn by hand as simple inline SVG (no downloads, nothing for the
 * CSP to block): recognisable at 16–40 px, not pixel copies of the official logos. The tile colour
 * is CSS, so the SVGs need no gradient ids and can be rendered any number of times on a page.
 * This map is the one place in components/ keyed by network; a new ProviderId fails to compile here.
 */
type Mark = {
  /** Background of the tile and badge variants. */
  tile: string;
  tileStyle?: CSSProperties;
  /** The glyph, drawn in a 24×24 box, white on the tile. */
  glyph: ReactNode;
};

const xGlyph = (color: string) => (
  <>
    <path
      d="M4.2 3.6h4.5l11.1 16.8h-4.5Z"
      fill="none"
      stroke={color}
      strokeWidth="1.7"
      strokeLinejoin="round"
    />
    <path d="M19.4 3.6 4.6 20.4" stroke={color} strokeWidth="1.9" strokeLinecap="round" />
  </>
);

/** The lower-case "f", its stem running off the bottom edge like the real mark. */
const facebookF =
  "M13.4 24v-8.6h2.9l.45-3.4H13.4V9.9c0-1 .3-1.65 1.7-1.65h1.75V5.2a23 23 0 0 0-2.55-.13c-2.55 0-4.3 1.55-4.3 4.4V12H7.1v3.4H10V24Z";

const instagramGlyph = (color: string) => (
  <>
    <rect
      x="3.5"
      y="3.5"
      width="17"
      height="17"
      rx="5"
      fill="none"
      stroke={color}
      strokeWidth="2"
    />
    <circle cx="12" cy="12" r="3.9" fill="none" stroke={color} strokeWidth="2" />
    <circle cx="16.9" cy="7.1" r="1.2" fill={color} />
  </>
);

/** The note: a round head with a stem that curls right at the top. */
const tiktokNote =
  "M16.3 3.2h-3.1v11.6a2.75 2.75 0 1 1-2.75-2.75c.27 0 .53.04.78.11V9a5.9 5.9 0 1 0 5.07 5.84V8.9a7.3 7.3 0 0 0 4.2 1.32V7.13a4.2 4.2 0 0 1-4.2-3.93Z";

const tiktokGlyph = (top: string) => (
  <>
    <path d={tiktokNote} fill="#25F4EE" transform="translate(-0.9 -0.7)" />
    <path d={tiktokNote} fill="#FE2C55" transform="translate(0.9 0.7)" />
    <path d={tiktokNote} fill={top} />
  </>
);

const instagramGradient =
  "radial-gradient(circle at 30% 107%, #fdf497 0%, #fdf497 5%, #fd5949 45%, #d6249f 60%, #285AEB 90%)";

const MARKS = {
  x: { tile: "bg-black", glyph: xGlyph("#fff") },
  facebook: {
    tile: "bg-[#0866FF]",
    glyph: <path d={facebookF} fill="#fff" />,
  },
  instagram: {
    tile: "bg-[#d6249f]",
    tileStyle: { backgroundImage: instagramGradient },
    glyph: instagramGlyph("#fff"),
  },
  tiktok: { tile: "bg-black", glyph: tiktokGlyph("#fff") },
} as const satisfies Record<ProviderId, Mark>;

const tileSizes = {
  xs: "size-5 rounded-[6px] p-[3px]",
  sm: "size-7 rounded-lg p-1",
  md: "size-9 rounded-[10px] p-1.5",
  lg: "size-11 rounded-xl p-2",
} as const;

/**
 * A network's mark. `tile` (default): white glyph on the brand colour in a rounded square;
 * `badge`: the same in a small circle with a white ring, to sit on an avatar's corner.
 * Decorative: the network's name must be in the surrounding text (or pass `label` to make the
 * mark itself an image with that name).
 */
export function NetworkIcon({
  provider,
  variant = "tile",
  size = "md",
  label,
  className,
}: {
  provider: ProviderId;
  variant?: "tile" | "badge";
  size?: keyof typeof tileSizes;
  label?: string;
  className?: string;
}) {
  const mark: Mark = MARKS[provider];
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true as const };
  return (
    <span
      {...a11y}
      style={mark.tileStyle}
      className={clsx(
        "inline-flex shrink-0 items-center justify-center",
        mark.tile,
        variant === "badge"
          ? "size-[18px] rounded-full p-[3px] ring-2 ring-white"
          : [tileSizes[size], "shadow-sm ring-1 ring-black/5 ring-inset"],
        className,
      )}
    >
      <svg viewBox="0 0 24 24" className="size-full" aria-hidden="true">
        {mark.glyph}
      </svg>
    </span>
  );
}
