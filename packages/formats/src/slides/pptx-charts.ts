/**
 * Charts of PPTX graphic frames (ECMA-376 Part 1, 21.2 in a `p:graphicFrame` whose
 * `a:graphicData` holds `c:chart r:id`): the chart part, already kept with the frame's source
 * parts, parsed into the model's {@link Chart} so that the slide can draw it. References name
 * the chart's embedded workbook; the cached values are what is drawn.
 */
import type { Chart, OpaqueSource } from '@ostal/model';
import { CT_CHART, chartOfChartSpace } from '../ooxml/dml-chart.js';
import { decodeText } from '../container/zip-reader.js';
import { parseXml } from '../xml/xml-parser.js';

/** A chart part larger than this is not parsed (it stays shown by its fallback picture). */
const MAX_CHART_BYTES = 8 * 1024 * 1024;
const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };

/** The chart of a kept graphic frame, or undefined when there is none the model can express. */
export function chartOfKeptFrame(source: OpaqueSource | undefined, maxDepth: number): Chart | undefined {
  const rel = Object.values(source?.rels ?? {}).find((r) => r.type.endsWith('/chart'));
  const part = rel ? source?.parts?.find((p) => p.path === rel.path && (p.type === CT_CHART || p.path.endsWith('.xml'))) : undefined;
  if (!part || part.data.length > MAX_CHART_BYTES) return undefined;
  try {
    return chartOfChartSpace(parseXml(decodeText(part.data), { part: part.path, maxDepth }), NO_ANCHOR) ?? undefined;
  } catch {
    // A malformed chart part: the frame keeps its fallback picture.
    return undefined;
  }
}
