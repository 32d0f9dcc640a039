/**
 * Data labels of DrawingML chart series (ECMA-376 Part 1, 21.2.2.49 `c:dLbls`) <-> the model's
 * {@link ChartDataLabels}. A series' own `c:dLbls` overrides its chart group's, element by
 * element. Without `c:separator` the label parts are joined the way LibreOffice reads such a file
 * (and as a French PowerPoint shows it): `; `, or a line break for the category and value of a
 * pie or doughnut slice, so the separator is explicit in the model whatever format comes next.
 */
import type { ChartDataLabels, ChartLabelPosition, ChartType } from '@ostal/model';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements, isElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const CHART_NS = new Set(['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart']);

const POSITION_OF: Readonly<Record<string, ChartLabelPosition>> = {
  bestFit: 'bestFit',
  b: 'bottom',
  ctr: 'center',
  inBase: 'insideBase',
  inEnd: 'insideEnd',
  l: 'left',
  outEnd: 'outsideEnd',
  r: 'right',
  t: 'top',
};
const DLBL_POS: Readonly<Record<ChartLabelPosition, string>> = Object.fromEntries(Object.entries(POSITION_OF).map(([k, v]) => [v, k])) as Record<ChartLabelPosition, string>;

function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el ? childElements(el).find((e) => CHART_NS.has(e.ns) && e.local === local) : undefined;
}

function textOf(el: XmlElement): string {
  return el.children.map((n) => (isElement(n) ? textOf(n) : n)).join('');
}

function flag(own: XmlElement | undefined, group: XmlElement | undefined, local: string): boolean | undefined {
  const el = child(own, local) ?? child(group, local);
  if (!el) return undefined;
  const v = attr(el, '', 'val');
  return v === undefined || v === '1' || v === 'true';
}

/**
 * The data labels of a series from its own `c:dLbls` and its group's, or undefined when neither
 * has one (or the labels are deleted).
 */
export function dataLabelsOf(own: XmlElement | undefined, group: XmlElement | undefined, type: ChartType): ChartDataLabels | undefined {
  if (!own && !group) return undefined;
  if (flag(own, group, 'delete')) return undefined;
  const value = flag(own, group, 'showVal');
  const percent = flag(own, group, 'showPercent');
  const category = flag(own, group, 'showCatName');
  const seriesName = flag(own, group, 'showSerName');
  const legendKey = flag(own, group, 'showLegendKey');
  const sepEl = child(own, 'separator') ?? child(group, 'separator');
  const round = type === 'pie' || type === 'doughnut';
  const separator = sepEl ? textOf(sepEl) : round && category === true && (value === true || percent === true) ? '\n' : '; ';
  const fmtEl = child(own, 'numFmt') ?? child(group, 'numFmt');
  const numberFormat = fmtEl && attr(fmtEl, '', 'sourceLinked') !== '1' ? attr(fmtEl, '', 'formatCode') : undefined;
  const posEl = child(own, 'dLblPos') ?? child(group, 'dLblPos');
  const pos = posEl ? attr(posEl, '', 'val') : undefined;
  const position = pos ? POSITION_OF[pos] : undefined;
  return {
    ...(value ? { value } : {}),
    ...(percent ? { percent } : {}),
    ...(category ? { category } : {}),
    ...(seriesName ? { seriesName } : {}),
    ...(legendKey ? { legendKey } : {}),
    separator,
    ...(numberFormat && numberFormat !== 'General' ? { numberFormat } : {}),
    ...(position ? { position } : {}),
  };
}

/** Positions each chart kind accepts (PowerPoint refuses a file with another). */
function positionFits(position: ChartLabelPosition, type: ChartType): boolean {
  if (type === 'pie' || type === 'doughnut') return type === 'pie' ? ['bestFit', 'center', 'insideEnd', 'outsideEnd'].includes(position) : false;
  if (type === 'column' || type === 'bar') return ['center', 'insideBase', 'insideEnd', 'outsideEnd'].includes(position);
  if (type === 'area' || type === 'radar') return false;
  return ['bottom', 'center', 'left', 'right', 'top'].includes(position);
}

/** `c:dLbls` of a series (schema order: numFmt, dLblPos, show flags, separator). */
export function dataLabelsXml(labels: ChartDataLabels | undefined, type: ChartType): XmlOut | null {
  if (!labels) return null;
  const show = (local: string, on: boolean | undefined): XmlOut => x(local, { val: on ? 1 : 0 });
  return x(
    'c:dLbls',
    {},
    labels.numberFormat ? x('c:numFmt', { formatCode: labels.numberFormat, sourceLinked: 0 }) : null,
    labels.position && positionFits(labels.position, type) ? x('c:dLblPos', { val: DLBL_POS[labels.position] }) : null,
    show('c:showLegendKey', labels.legendKey),
    show('c:showVal', labels.value),
    show('c:showCatName', labels.category),
    show('c:showSerName', labels.seriesName),
    show('c:showPercent', labels.percent),
    show('c:showBubbleSize', false),
    labels.separator !== undefined ? x('c:separator', {}, labels.separator) : null,
  );
}
