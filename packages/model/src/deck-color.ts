/**
 * Colours on slides: a literal sRGB value or a slot of the theme's colour scheme (DrawingML
 * a:srgbClr / a:schemeClr, ECMA-376 Part 1, 20.1.2.3), with the luminance changes PowerPoint
 * applies to theme colours and an opacity.
 */

/** Theme colour slots (ECMA-376 Part 1, 20.1.6.2 a:clrScheme). */
export const THEME_COLOR_SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;
export type ThemeColorSlot = (typeof THEME_COLOR_SLOTS)[number];

export interface DeckColor {
  /** `RRGGBB` (upper case) when literal. */
  readonly rgb?: string;
  /** Theme slot, or a mapped name (`tx1`, `bg1`, `tx2`, `bg2`, `phClr`) when referring to one. */
  readonly scheme?: string;
  /** Luminance modulation and offset in thousandths of a percent (a:lumMod, a:lumOff). */
  readonly lumMod?: number;
  readonly lumOff?: number;
  /** Opacity in thousandths of a percent (100000 = opaque). */
  readonly alpha?: number;
}

const MAPPED: Readonly<Record<string, ThemeColorSlot>> = { tx1: 'dk1', bg1: 'lt1', tx2: 'dk2', bg2: 'lt2' };

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

function applyLum(rgb: string, lumMod: number | undefined, lumOff: number | undefined): string {
  if (lumMod === undefined && lumOff === undefined) return rgb;
  const n = parseInt(rgb, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d + 6) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  l = clamp01(l * ((lumMod ?? 100_000) / 100_000) + (lumOff ?? 0) / 100_000);
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const xx = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 1 ? [c, xx, 0] : h < 2 ? [xx, c, 0] : h < 3 ? [0, c, xx] : h < 4 ? [0, xx, c] : h < 5 ? [xx, 0, c] : [c, 0, xx];
  const hex = (v: number): string => Math.round(clamp01(v + m) * 255).toString(16).padStart(2, '0');
  return `${hex(r1)}${hex(g1)}${hex(b1)}`.toUpperCase();
}

/** The `RRGGBB` a colour shows with this theme palette (slot -> RRGGBB), or undefined. */
export function resolveColor(color: DeckColor | undefined, palette: Readonly<Record<string, string>> | undefined): string | undefined {
  if (!color) return undefined;
  let rgb = color.rgb;
  if (rgb === undefined && color.scheme !== undefined) {
    const slot = MAPPED[color.scheme] ?? color.scheme;
    rgb = palette?.[slot];
  }
  if (rgb === undefined || !/^[0-9A-Fa-f]{6}$/.test(rgb)) return undefined;
  return applyLum(rgb.toUpperCase(), color.lumMod, color.lumOff);
}
