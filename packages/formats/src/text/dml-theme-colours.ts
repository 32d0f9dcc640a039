/**
 * Theme colours of a WordprocessingML document's drawings: the colour scheme of its theme part
 * (ECMA-376 Part 1, 20.1.6.2 `a:clrScheme`) and the colour transforms DrawingML applies to a
 * colour (20.1.2.3: 20.1.2.3.19 `a:lumMod`, 20.1.2.3.20 `a:lumOff`, 20.1.2.3.34 `a:tint`,
 * 20.1.2.3.31 `a:shade`), so that a shape filled with `a:schemeClr` shows the document's colour.
 * The reference itself stays in the shape's kept source (DOCX -> DOCX); other formats get the
 * resolved colour.
 */
import { attr } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';

/** Scheme slot (`accent1`, `dk1`...) -> `#rrggbb`. */
export type ThemePalette = Readonly<Record<string, string>>;

/** Office's default theme colours, for documents without a theme part or a slot it lacks. */
export const DEFAULT_THEME_PALETTE: ThemePalette = {
  dk1: '#000000', lt1: '#ffffff', dk2: '#44546a', lt2: '#e7e6e6',
  accent1: '#4472c4', accent2: '#ed7d31', accent3: '#a5a5a5', accent4: '#ffc000', accent5: '#5b9bd5', accent6: '#70ad47', hlink: '#0563c1', folHlink: '#954f72',
};
/** The names `a:schemeClr` may use for the dark and light slots (20.1.10.54 ST_SchemeColorVal). */
const MAPPED: Readonly<Record<string, string>> = { tx1: 'dk1', bg1: 'lt1', tx2: 'dk2', bg2: 'lt2' };
const HEX = /^[0-9A-Fa-f]{6}$/;

function elements(el: XmlElement | undefined): XmlElement[] {
  return el ? el.children.filter((c): c is XmlElement => typeof c === 'object') : [];
}

/** The palette of a theme part's root (`a:theme`), Office's defaults where it says nothing. */
export function readThemePalette(root: XmlElement | undefined): ThemePalette {
  const out: Record<string, string> = { ...DEFAULT_THEME_PALETTE };
  const scheme = elements(elements(root).find((e) => e.local === 'themeElements')).find((e) => e.local === 'clrScheme');
  for (const slot of elements(scheme)) {
    if (!(slot.local in DEFAULT_THEME_PALETTE)) continue;
    const colour = elements(slot)[0];
    const value = colour?.local === 'srgbClr' ? attr(colour, '', 'val') : colour?.local === 'sysClr' ? attr(colour, '', 'lastClr') : undefined;
    if (value && HEX.test(value)) out[slot.local] = `#${value.toLowerCase()}`;
  }
  return out;
}

type Rgb = [number, number, number];

function toHsl([r, g, b]: Rgb): Rgb {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h, s, l];
}

function fromHsl([h, s, l]: Rgb): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r, g, b]: Rgb = h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return [r + m, g + m, b + m];
}

const clamp = (n: number): number => Math.min(1, Math.max(0, n));
// Tints and shades mix with white and black in linear light, as Office and LibreOffice do.
const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number): number => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

/** `colour` (`#rrggbb`) with the transforms among `el`'s children applied, in their order. */
function transformed(colour: string, el: XmlElement): string {
  let rgb: Rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255) as Rgb;
  for (const t of elements(el)) {
    const v = Number(attr(t, '', 'val')) / 100_000;
    if (!Number.isFinite(v)) continue;
    if (t.local === 'lumMod' || t.local === 'lumOff') {
      const [h, s, l] = toHsl(rgb);
      rgb = fromHsl([h, s, clamp(t.local === 'lumMod' ? l * v : l + v)]);
    } else if (t.local === 'tint') rgb = rgb.map((c) => fromLinear(toLinear(c) * clamp(v) + (1 - clamp(v)))) as Rgb;
    else if (t.local === 'shade') rgb = rgb.map((c) => fromLinear(toLinear(c) * clamp(v))) as Rgb;
  }
  return `#${rgb.map((c) => Math.round(clamp(c) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The `#rrggbb` of an `a:schemeClr` or `a:srgbClr` with its transforms, or null for a scheme
 * name the palette has not (`phClr` outside a style).
 */
export function themeColour(el: XmlElement, palette: ThemePalette): string | null {
  const val = attr(el, '', 'val') ?? '';
  const base = el.local === 'srgbClr' ? (HEX.test(val) ? `#${val.toLowerCase()}` : null) : (palette[MAPPED[val] ?? val] ?? null);
  return base === null ? null : transformed(base, el);
}
