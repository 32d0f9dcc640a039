/**
 * A chart series' markers and line width in ODF (ODF 1.3 Part 3, 20.57 chart:symbol-type,
 * 20.56 chart:symbol-name, 20.58/20.55 chart:symbol-width/height on the series style's
 * `style:chart-properties`; svg:stroke-width on its `style:graphic-properties`).
 *
 * LibreOffice fills a symbol with the series style's `draw:fill-color` and draws the line with
 * `svg:stroke-color`, so a marker fill of its own is the fill colour. A line without a width of
 * its own is written 2.25 pt, as Office and the PPTX/XLSX writers draw it (LibreOffice's default
 * is a hairline); read back, 2.25 pt is the default again.
 */
import type { ChartMarker, ChartMarkerSymbol, ChartSeries } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr, odfChild } from './odf-style-node.js';
import { odfLengthPt } from './odf-length.js';

const NS_CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';

/** The width of a line the model gives none, in points. */
export const ODF_DEFAULT_LINE_WIDTH = 2.25;

const NAME_OF: Record<Exclude<ChartMarkerSymbol, 'auto' | 'none'>, string> = {
  circle: 'circle',
  square: 'square',
  diamond: 'diamond',
  triangle: 'arrow-up',
  x: 'x',
  plus: 'plus',
  star: 'asterisk',
  dash: 'horizontal-bar',
  dot: 'circle',
};

const SYMBOL_OF: Record<string, ChartMarkerSymbol> = { circle: 'circle', square: 'square', diamond: 'diamond', 'arrow-up': 'triangle', x: 'x', plus: 'plus', asterisk: 'star', 'horizontal-bar': 'dash' };

/** A dot is a small circle: DrawingML draws it at a fifth of the marker size. */
const DOT_SIZE = 2;

/** The `style:chart-properties` attributes of a series' marker (empty when the model has none). */
export function odfMarkerAttrs(marker: ChartMarker | undefined): string {
  if (!marker) return '';
  if (marker.symbol === 'auto') return ' chart:symbol-type="automatic"';
  if (marker.symbol === 'none') return ' chart:symbol-type="none"';
  const size = marker.symbol === 'dot' ? DOT_SIZE : marker.size;
  const dims = size !== undefined ? ` chart:symbol-width="${String(size)}pt" chart:symbol-height="${String(size)}pt"` : '';
  return ` chart:symbol-type="named-symbol" chart:symbol-name="${NAME_OF[marker.symbol]}"${dims}`;
}

/** The `style:graphic-properties` stroke width of a series drawn as a line. */
export function odfLineWidthAttr(s: ChartSeries): string {
  return ` svg:stroke-width="${String(s.lineWidth ?? ODF_DEFAULT_LINE_WIDTH)}pt"`;
}

/**
 * The marker and line width of a series whose automatic style is `style` (`color`: the series'
 * colour as read; a symbol fill of another colour is the marker's own fill).
 */
export function seriesLookOfOdfStyle(style: OdfNode | undefined, color: string | undefined): Pick<ChartSeries, 'marker' | 'lineWidth'> {
  const chartProps = style ? odfChild(style, NS.style, 'chart-properties') : undefined;
  const graphic = style ? odfChild(style, NS.style, 'graphic-properties') : undefined;
  const width = odfLengthPt(graphic ? odfAttr(graphic, NS.svg, 'stroke-width') : undefined);
  const lineWidth = width !== undefined && width > 0 && Math.round(width * 100) / 100 !== ODF_DEFAULT_LINE_WIDTH ? Math.round(width * 100) / 100 : undefined;
  const type = chartProps ? odfAttr(chartProps, NS_CHART, 'symbol-type') : undefined;
  let marker: ChartMarker | undefined;
  if (type === 'automatic') marker = { symbol: 'auto' };
  else if (type === 'none') marker = { symbol: 'none' };
  else if (type === 'named-symbol' && chartProps) {
    const symbol = SYMBOL_OF[odfAttr(chartProps, NS_CHART, 'symbol-name') ?? ''] ?? 'auto';
    const w = odfLengthPt(odfAttr(chartProps, NS_CHART, 'symbol-width'));
    const size = w !== undefined && w >= 2 && w <= 72 ? Math.round(w) : undefined;
    const raw = graphic ? odfAttr(graphic, NS.draw, 'fill-color') : undefined;
    const fill = raw && /^#[0-9A-Fa-f]{6}$/.test(raw) && raw.toUpperCase() !== color ? raw.toUpperCase() : undefined;
    marker = { symbol, ...(size !== undefined ? { size } : {}), ...(fill ? { fill } : {}) };
  }
  return { ...(marker ? { marker } : {}), ...(lineWidth !== undefined ? { lineWidth } : {}) };
}
