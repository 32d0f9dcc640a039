/**
 * SpreadsheetML colours (ECMA-376 Part 1, 18.8.3 `color`: `rgb` ARGB, `theme` with `tint`,
 * `indexed` per 18.8.27 `indexedColors` default palette; 20.1.6.2 `clrScheme` in the theme part).
 * Everything resolves to `#RRGGBB`; `auto` and unresolvable colours resolve to nothing.
 */
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import { NS } from '../xml/namespaces.js';

/** The default indexed palette (18.8.27), entries 0-63; 64 is the system foreground. */
const INDEXED = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333'
).split(' ');

/** Theme colour slots in the order `theme` indexes them (dark/light pairs swapped, as Excel does). */
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/** Reads the colour scheme of a theme part: slot index -> `RRGGBB`. */
export function themeColors(theme: XmlElement | undefined): string[] {
  if (!theme) return [];
  const elements = childElement(theme, NS.a, 'themeElements') ?? childElement(theme, NS.strictA, 'themeElements');
  const scheme = elements && (childElement(elements, NS.a, 'clrScheme') ?? childElement(elements, NS.strictA, 'clrScheme'));
  if (!scheme) return [];
  return THEME_SLOTS.map((slot) => {
    const el = childElement(scheme, NS.a, slot) ?? childElement(scheme, NS.strictA, slot);
    const c = el ? childElements(el)[0] : undefined;
    if (!c) return '';
    const v = c.local === 'sysClr' ? attr(c, '', 'lastClr') : attr(c, '', 'val');
    return v && /^[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : '';
  });
}

function applyTint(hex: string, tint: number): string {
  // 18.8.3: the tint lightens (positive) or darkens (negative) the colour's HSL luminance.
  const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = rgb as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const hh = (h + 6) % 6;
  const [r1, g1, b1] = hh < 1 ? [c, x, 0] : hh < 2 ? [x, c, 0] : hh < 3 ? [0, c, x] : hh < 4 ? [0, x, c] : hh < 5 ? [x, 0, c] : [c, 0, x];
  return [r1, g1, b1].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, '0').toUpperCase()).join('');
}

/** The `#RRGGBB` of a `color`-typed element, or undefined for automatic or unknown colours. */
export function smlColor(el: XmlElement | undefined, theme: readonly string[]): string | undefined {
  return el ? smlColorOf((name) => attr(el, '', name), theme) : undefined;
}

/** {@link smlColor} from the colour's attributes, by name (for streamed elements). */
export function smlColorOf(get: (name: string) => string | undefined, theme: readonly string[]): string | undefined {
  let hex: string | undefined;
  const rgb = get('rgb');
  const themeIndex = get('theme');
  const indexed = get('indexed');
  if (rgb && /^[0-9a-f]{6,8}$/i.test(rgb)) hex = rgb.slice(-6).toUpperCase();
  else if (themeIndex !== undefined) hex = theme[Number(themeIndex)] || undefined;
  else if (indexed !== undefined) hex = INDEXED[Number(indexed)];
  if (!hex) return undefined;
  const tint = Number(get('tint') ?? 0);
  if (tint !== 0 && Number.isFinite(tint)) hex = applyTint(hex, Math.max(-1, Math.min(1, tint)));
  return '#' + hex;
}
