/**
 * Charts of PPTX graphic frames (ECMA-376 Part 1, 21.2 in a `p:graphicFrame` whose
 * `a:graphicData` holds `c:chart r:id`): the chart part, already kept with the frame's source
 * parts, parsed into the model's {@link Chart} so that the slide can draw it. References name
 * the chart's embedded workbook; the cached values are what is drawn.
 */
import type { Chart, KeptPart, OpaqueSource } from '@ostal/model';
import { CT_CHART, NS_CHART, chartOfChartSpace, chartSpaceXml } from '../ooxml/dml-chart.js';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { decodeText } from '../container/zip-reader.js';
import { parseXml } from '../xml/xml-parser.js';

/** A chart part larger than this is not parsed (it stays shown by its fallback picture). */
const MAX_CHART_BYTES = 8 * 1024 * 1024;
const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };

/** The chart of a kept graphic frame, or undefined when there is none the model can express. */
export function chartOfKeptFrame(source: OpaqueSource | undefined, maxDepth: number): Chart | undefined {
  const rel = Object.values(source?.rels ?? {}).find((r) => r.type.endsWith('/chart'));
  const part = rel ? source?.parts?.find((p) => p.path === rel.path && (p.type === CT_CHART || p.path.endsWith('.xml'))) : undefined;
  return part ? chartOfPart(part, maxDepth) : undefined;
}

/** The chart of a chart part's bytes, or undefined when it is too big, malformed or not a chart the model can express. */
export function chartOfPart(part: Pick<KeptPart, 'path' | 'data'>, maxDepth: number): Chart | undefined {
  if (part.data.length > MAX_CHART_BYTES) return undefined;
  try {
    const chart = chartOfChartSpace(parseXml(decodeText(part.data), { part: part.path, maxDepth }), NO_ANCHOR);
    // A series without a name (no `c:tx`, or a name cell without cached text) is shown as `Series1`,
    // `Series2`... (PowerPoint, LibreOffice): name it so in other formats, which have no cells to look in.
    return chart ? { ...chart, series: chart.series.map((s, i) => (s.name === undefined ? { ...s, name: `Series${String(i + 1)}` } : s)) } : undefined;
  } catch {
    // A malformed chart part: the frame keeps its fallback picture.
    return undefined;
  }
}

/** The chart with its data as literals: a slide has no cells for references to reach. */
export function literalChart(chart: Chart): Chart {
  return {
    ...chart,
    series: chart.series.map((s) => {
      const { nameRef: _n, categories: _c, values: _v, ...rest } = s;
      return rest;
    }),
  };
}

/** FNV-1a of a string, hex: names a written chart part after its content. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A chart part for a model chart (from ODP, or edited), named after its content. */
export function chartPartFor(chart: Chart): { path: string; part: KeptPart } {
  const xml = chartSpaceXml(literalChart(chart));
  const path = `ppt/charts/chart-ostal-${hash(xml)}.xml`;
  return { path, part: { path, type: CT_CHART, data: new TextEncoder().encode(xml) } };
}

/** `a:graphic` naming the chart part by relationship `relId`. */
export function chartGraphicXml(relId: string): XmlOut {
  return x('a:graphic', {}, x('a:graphicData', { uri: NS_CHART }, x('c:chart', { 'xmlns:c': NS_CHART, 'xmlns:r': NS.r, 'r:id': relId })));
}
