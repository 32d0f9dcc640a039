/**
 * Series markers and line widths of DrawingML charts (ECMA-376 Part 1, 21.2.2.106 `c:marker`,
 * 21.2.2.199 `c:symbol` (ST_MarkerStyle), 21.2.2.185 `c:size` in points; 20.1.2.2.24 `a:ln` `w`
 * in EMU) <-> {@link ChartMarker} and `ChartSeries.lineWidth`.
 *
 * Read: a series' own `c:marker` (a line group's series without one takes automatic markers when
 * the group's `c:marker` is on, as PowerPoint draws it), less what the writer writes by default
 * for the type (line: none; scatter: a circle of 6 pt; radar: a circle of 5 pt), so a file Ostal
 * wrote reads back as it was.
 */
import type { ChartMarker, ChartMarkerSymbol, ChartType } from '@ostal/model';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const SYMBOLS: readonly ChartMarkerSymbol[] = ['auto', 'none', 'circle', 'square', 'diamond', 'triangle', 'x', 'plus', 'star', 'dash', 'dot'];
const EMU_PER_PT = 12700;
/** The width in points of a series' line when the model gives none (Office's default, 28575 EMU). */
export const DEFAULT_LINE_WIDTH = 2.25;

/** The marker the writer writes when the series has none, per chart type. */
export function defaultMarker(type: ChartType): ChartMarker | undefined {
  if (type === 'line') return { symbol: 'none' };
  if (type === 'scatter') return { symbol: 'circle', size: 6 };
  if (type === 'radar') return { symbol: 'circle', size: 5 };
  return undefined;
}

const child = (el: XmlElement | undefined, local: string): XmlElement | undefined => (el ? childElements(el).find((e) => e.local === local) : undefined);

function srgbOf(el: XmlElement | undefined): string | undefined {
  const fill = child(el, 'solidFill');
  const rgb = fill ? childElements(fill).find((e) => (e.ns === NS.a || e.ns === NS.strictA) && e.local === 'srgbClr') : undefined;
  const v = rgb ? attr(rgb, '', 'val') : undefined;
  return v && /^[0-9A-Fa-f]{6}$/.test(v) ? `#${v.toUpperCase()}` : undefined;
}

/**
 * The marker of series `ser` in a group of `type` (`groupMarker`: the line group's `c:marker`
 * value), undefined when it is the writer's default. `color` is the series' colour: a marker
 * fill equal to it is not kept.
 */
export function markerOf(ser: XmlElement, type: ChartType, groupMarker: string | undefined, color: string | undefined): ChartMarker | undefined {
  if (type !== 'line' && type !== 'scatter' && type !== 'radar') return undefined;
  const el = child(ser, 'marker');
  if (!el) return type === 'line' && groupMarker !== '0' && groupMarker !== 'false' ? { symbol: 'auto' } : undefined;
  const sym = attr(child(el, 'symbol') ?? el, '', 'val');
  const symbol: ChartMarkerSymbol = SYMBOLS.includes(sym as ChartMarkerSymbol) ? (sym as ChartMarkerSymbol) : 'auto';
  const rawSize = Number(attr(child(el, 'size') ?? el, '', 'val'));
  const size = child(el, 'size') && rawSize >= 2 && rawSize <= 72 ? Math.round(rawSize) : undefined;
  const markerFill = srgbOf(child(el, 'spPr'));
  const fill = markerFill && markerFill !== color ? markerFill : undefined;
  const marker: ChartMarker = { symbol, ...(size !== undefined && symbol !== 'none' ? { size } : {}), ...(fill ? { fill } : {}) };
  const def = defaultMarker(type);
  return def && !fill && def.symbol === marker.symbol && def.size === marker.size ? undefined : marker;
}

/** The width in points of a series' line (`c:spPr/a:ln/@w`), when given and not the default. */
export function lineWidthOf(spPr: XmlElement | undefined): number | undefined {
  const ln = child(spPr, 'ln');
  const w = ln ? Number(attr(ln, '', 'w')) : NaN;
  const pt = Math.round((w / EMU_PER_PT) * 100) / 100;
  return Number.isFinite(w) && w > 0 && w <= 20116800 && pt !== DEFAULT_LINE_WIDTH ? pt : undefined;
}

/** `a:ln w` for a width in points. */
export function lineWidthEmu(pt: number): number {
  return Math.round(pt * EMU_PER_PT);
}

/** `c:marker` for a series of `type` (its own marker, else the type's default); `fill` is the series' colour fill. */
export function markerXml(marker: ChartMarker | undefined, type: ChartType, fill: XmlOut | null): XmlOut | null {
  const m = marker ?? defaultMarker(type);
  if (!m) return null;
  const own = m.fill ? x('a:solidFill', {}, x('a:srgbClr', { val: m.fill.replace('#', '').toUpperCase() })) : fill;
  const drawn = m.symbol !== 'none';
  return x('c:marker', {}, x('c:symbol', { val: m.symbol }), drawn && m.size !== undefined ? x('c:size', { val: m.size }) : null, drawn && own ? x('c:spPr', {}, own) : null);
}
