/**
 * A plot area placed by hand in DrawingML charts (ECMA-376 Part 1, 21.2.2.95 `c:manualLayout`:
 * `c:layoutTarget`, `c:xMode`/`c:yMode`/`c:wMode`/`c:hMode`, `c:x`/`c:y`/`c:w`/`c:h`) <->
 * {@link ChartPlotArea}. Only the edge mode for the position is read (a factor mode moves the
 * plot from where the application would put it, which only the application knows); a width or
 * height in edge mode is the far edge, in factor mode (the default) the size.
 */
import type { ChartPlotArea } from '@ostal/model';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const child = (el: XmlElement | undefined, local: string): XmlElement | undefined => (el ? childElements(el).find((e) => e.local === local) : undefined);
const val = (el: XmlElement | undefined): string | undefined => (el ? attr(el, '', 'val') : undefined);
const round = (n: number): number => Math.round(n * 10000) / 10000;

/** The manual layout of `c:plotArea`, when it places the plot inside the chart. */
export function plotAreaOf(plotArea: XmlElement | undefined): ChartPlotArea | undefined {
  const manual = child(child(plotArea, 'layout'), 'manualLayout');
  if (!manual || val(child(manual, 'xMode')) !== 'edge' || val(child(manual, 'yMode')) !== 'edge') return undefined;
  const n = (local: string): number => Number(val(child(manual, local)));
  const [px, py, w, h] = [n('x'), n('y'), n('w'), n('h')];
  const width = val(child(manual, 'wMode')) === 'edge' ? w - px : w;
  const height = val(child(manual, 'hMode')) === 'edge' ? h - py : h;
  if (![px, py, width, height].every(Number.isFinite) || px < 0 || py < 0 || width <= 0 || height <= 0 || px + width > 1.0001 || py + height > 1.0001) return undefined;
  return { x: round(px), y: round(py), width: round(width), height: round(height), ...(val(child(manual, 'layoutTarget')) === 'inner' ? { inner: true } : {}) };
}

/** `c:layout` of the plot area: empty (the application's) or the manual layout, sizes as factors. */
export function plotAreaLayoutXml(plot: ChartPlotArea | undefined): XmlOut {
  if (!plot) return x('c:layout');
  return x(
    'c:layout',
    {},
    x('c:manualLayout', {}, plot.inner ? x('c:layoutTarget', { val: 'inner' }) : null, x('c:xMode', { val: 'edge' }), x('c:yMode', { val: 'edge' }), x('c:x', { val: plot.x }), x('c:y', { val: plot.y }), x('c:w', { val: plot.width }), x('c:h', { val: plot.height })),
  );
}
