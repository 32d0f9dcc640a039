/**
 * What of a chart axis shows, in ODF: the axis style's `chart:display-label` (labels) and
 * `chart:visible` (the whole axis), both on `style:chart-properties` (ODF 1.3 Part 3, 20.x).
 * LibreOffice reads an axis without a style, or whose style does not say `chart:display-label`,
 * as an axis WITHOUT labels, so every axis written gets a style saying it; its own files say
 * `chart:display-label="true"`, and `chart:visible="false"` for an axis PowerPoint deleted.
 * Read, an axis without a style shows its labels (what older Ostal files meant).
 */
import type { ChartAxisHidden } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr, odfChild } from './odf-style-node.js';

const NS_CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';

/** What an axis style hides (undefined: the axis and its labels show). */
export function axisHiddenOfOdfStyle(style: OdfNode | undefined): ChartAxisHidden | undefined {
  const props = style ? odfChild(style, NS.style, 'chart-properties') : undefined;
  if (!props) return undefined;
  if (odfAttr(props, NS_CHART, 'visible') === 'false') return 'axis';
  return odfAttr(props, NS_CHART, 'display-label') === 'false' ? 'labels' : undefined;
}

/**
 * The automatic style of an axis: its labels shown unless hidden, with the data style the
 * labels take (`dataStyle`, linked to the source) when given.
 */
export function odfAxisStyle(name: string, hidden: ChartAxisHidden | undefined, dataStyle?: string): string {
  const data = dataStyle ? ` style:data-style-name="${dataStyle}"` : '';
  const link = dataStyle ? ' chart:link-data-style-to-source="true"' : '';
  const visible = hidden === 'axis' ? ' chart:visible="false"' : '';
  return `<style:style style:name="${name}" style:family="chart"${data}><style:chart-properties chart:display-label="${hidden ? 'false' : 'true'}"${link}${visible}/></style:style>`;
}
