/**
 * A plot area placed by hand in ODF charts (ODF 1.3 Part 3, 19.x `svg:x`, `svg:y`, `svg:width`,
 * `svg:height` on `chart:plot-area`, lengths in the chart's own frame `chart:chart` `svg:width` x
 * `svg:height`) <-> {@link ChartPlotArea}, whose fractions are of the chart's size. ODF has no
 * inner/outer choice: the rectangle is written as given and read as the outer one.
 */
import type { ChartPlotArea } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr } from './odf-style-node.js';
import { odfLengthPt } from './odf-length.js';

const pt = (n: number): string => `${String(Math.round(n * 1000) / 1000)}pt`;
const round = (n: number): number => Math.round(n * 10000) / 10000;

/** The `chart:plot-area` geometry attributes for a chart of `width` x `height` points ('' when placed by the application). */
export function odfPlotAreaAttrs(plot: ChartPlotArea | undefined, width: number, height: number): string {
  if (!plot) return '';
  return ` svg:x="${pt(plot.x * width)}" svg:y="${pt(plot.y * height)}" svg:width="${pt(plot.width * width)}" svg:height="${pt(plot.height * height)}"`;
}

/** The plot area of `plot` in fractions of `chart`'s size, when both give their geometry. */
export function plotAreaOfOdf(chart: OdfNode, plot: OdfNode): ChartPlotArea | undefined {
  const len = (n: OdfNode, local: string): number | undefined => odfLengthPt(odfAttr(n, NS.svg, local));
  const [cw, ch] = [len(chart, 'width'), len(chart, 'height')];
  const [x, y, w, h] = [len(plot, 'x'), len(plot, 'y'), len(plot, 'width'), len(plot, 'height')];
  if (!cw || !ch || x === undefined || y === undefined || !w || !h || x < 0 || y < 0 || w <= 0 || h <= 0) return undefined;
  if ((x + w) / cw > 1.0001 || (y + h) / ch > 1.0001) return undefined;
  return { x: round(x / cw), y: round(y / ch), width: round(w / cw), height: round(h / ch) };
}
