/**
 * Data labels of ODF chart series (ODF 1.3 Part 3, 17.22 `style:chart-properties`):
 * `chart:data-label-number` (value, percentage, both), `chart:data-label-text` (category),
 * `chart:data-label-series`, `chart:data-label-symbol` (legend key), `chart:label-position` and
 * the `chart:label-separator` paragraph (a `text:line-break` is a line break), plus a percentage
 * number style for labels formatted as `0%` / `0.0%`, <-> the model's {@link ChartDataLabels}.
 */
import type { ChartDataLabels, ChartLabelPosition } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { escapeText } from '../xml/xml-writer.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr, odfChild } from './odf-style-node.js';

const NS_CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';

const ODF_POSITION: Readonly<Record<ChartLabelPosition, string>> = {
  bestFit: 'avoid-overlap',
  bottom: 'bottom',
  center: 'center',
  insideBase: 'near-origin',
  insideEnd: 'inside',
  left: 'left',
  outsideEnd: 'outside',
  right: 'right',
  top: 'top',
};
const POSITION_OF: Readonly<Record<string, ChartLabelPosition>> = Object.fromEntries(Object.entries(ODF_POSITION).map(([k, v]) => [v, k])) as Record<string, ChartLabelPosition>;

/** Decimals of a percent format such as `0%` or `0.00%`, or undefined for any other format. */
function percentDecimals(format: string | undefined): number | undefined {
  const m = format ? /^0(?:\.(0{1,9}))?%$/.exec(format) : null;
  return m ? (m[1]?.length ?? 0) : undefined;
}

/** What a series style needs for its labels: attributes, the separator element, a number style. */
export interface OdfLabelStyle {
  /** Attributes of `style:style` (data style names). */
  readonly styleAttrs: string;
  /** Attributes of `style:chart-properties`. */
  readonly chartAttrs: string;
  /** Children of `style:chart-properties`. */
  readonly chartChildren: string;
  /** A `number:percentage-style` to add to the automatic styles, or ''. */
  readonly numberStyle: string;
}

/** The label parts of a series style named `styleName` (its number style is `<styleName>P`). */
export function odfLabelStyle(labels: ChartDataLabels, styleName: string): OdfLabelStyle {
  const number = labels.value && labels.percent ? 'value-and-percentage' : labels.value ? 'value' : labels.percent ? 'percentage' : 'none';
  const decimals = percentDecimals(labels.numberFormat);
  const numberName = `${styleName}P`;
  const numberStyle =
    decimals !== undefined
      ? `<number:percentage-style style:name="${numberName}"><number:number number:decimal-places="${String(decimals)}" number:min-decimal-places="${String(decimals)}" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>`
      : '';
  const styleAttrs =
    decimals !== undefined ? `${labels.value ? ` style:data-style-name="${numberName}"` : ''}${labels.percent ? ` style:percentage-data-style-name="${numberName}"` : ''}` : '';
  const chartAttrs = [
    decimals !== undefined ? ' chart:link-data-style-to-source="false"' : '',
    ` chart:data-label-number="${number}"`,
    ` chart:data-label-text="${labels.category ? 'true' : 'false'}"`,
    ` chart:data-label-symbol="${labels.legendKey ? 'true' : 'false'}"`,
    ` chart:data-label-series="${labels.seriesName ? 'true' : 'false'}"`,
    labels.position ? ` chart:label-position="${ODF_POSITION[labels.position]}"` : '',
  ].join('');
  const separator =
    labels.separator !== undefined
      ? `<chart:label-separator><text:p>${labels.separator.split('\n').map(escapeText).join('<text:line-break/>')}</text:p></chart:label-separator>`
      : '';
  return { styleAttrs, chartAttrs, chartChildren: separator, numberStyle };
}

/** Text of a paragraph with its line breaks as `\n` and `text:s` as spaces. */
function paragraphText(p: OdfNode): string {
  return p.content
    .map((c) => {
      if (typeof c === 'string') return c;
      if (c.ns === NS.text && c.local === 'line-break') return '\n';
      if (c.ns === NS.text && c.local === 's') return ' '.repeat(Math.min(Number(odfAttr(c, NS.text, 'c') ?? '1') || 1, 100));
      if (c.ns === NS.text && c.local === 'tab') return '\t';
      return paragraphText(c);
    })
    .join('');
}

/** The format code of a `number:percentage-style` named `name` among the document's styles. */
function percentFormat(doc: OdfNode, name: string | undefined): string | undefined {
  if (!name) return undefined;
  for (const section of doc.children) {
    if (section.ns !== NS.office || (section.local !== 'automatic-styles' && section.local !== 'styles')) continue;
    const style = section.children.find((s) => s.ns === NS.number && s.local === 'percentage-style' && odfAttr(s, NS.style, 'name') === name);
    const num = style ? odfChild(style, NS.number, 'number') : undefined;
    if (!num) continue;
    const d = Math.min(Math.max(Number(odfAttr(num, NS.number, 'decimal-places') ?? '0') || 0, 0), 9);
    return d > 0 ? `0.${'0'.repeat(d)}%` : '0%';
  }
  return undefined;
}

/** The data labels a series style says, or undefined when it says nothing about them. */
export function dataLabelsOfOdfStyle(doc: OdfNode, style: OdfNode | undefined): ChartDataLabels | undefined {
  const props = style ? odfChild(style, NS.style, 'chart-properties') : undefined;
  if (!style || !props) return undefined;
  const number = odfAttr(props, NS_CHART, 'data-label-number');
  const text = odfAttr(props, NS_CHART, 'data-label-text');
  const seriesAttr = odfAttr(props, NS_CHART, 'data-label-series');
  const symbol = odfAttr(props, NS_CHART, 'data-label-symbol');
  const sepEl = odfChild(props, NS_CHART, 'label-separator');
  // LibreOffice writes the flags, all off, on series without labels: that is no label.
  if ((number === undefined || number === 'none') && text !== 'true' && seriesAttr !== 'true' && symbol !== 'true' && !sepEl) return undefined;
  const sepP = sepEl ? odfChild(sepEl, NS.text, 'p') : undefined;
  const pos = odfAttr(props, NS_CHART, 'label-position');
  const position = pos ? POSITION_OF[pos] : undefined;
  const value = number === 'value' || number === 'value-and-percentage';
  const percent = number === 'percentage' || number === 'value-and-percentage';
  const numberFormat = percentFormat(doc, percent ? (odfAttr(style, NS.style, 'percentage-data-style-name') ?? odfAttr(style, NS.style, 'data-style-name')) : odfAttr(style, NS.style, 'data-style-name'));
  return {
    ...(value ? { value } : {}),
    ...(percent ? { percent } : {}),
    ...(text === 'true' ? { category: true } : {}),
    ...(seriesAttr === 'true' ? { seriesName: true } : {}),
    ...(symbol === 'true' ? { legendKey: true } : {}),
    ...(sepP ? { separator: paragraphText(sepP) } : {}),
    ...(numberFormat ? { numberFormat } : {}),
    ...(position ? { position } : {}),
  };
}
