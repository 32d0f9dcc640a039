/**
 * Charts of PPTX graphic frames (ECMA-376 Part 1, 21.2 in a `p:graphicFrame` whose
 * `a:graphicData` holds `c:chart r:id`): the chart part, already kept with the frame's source
 * parts, parsed into the model's {@link Chart} so that the slide can draw it. References name
 * the chart's embedded workbook; the cached values are what is drawn.
 *
 * A chart edited in Ostal keeps its frame's source: while the chart still says what its kept
 * chart part says, the frame goes back as read; once edited, its chart part is patched
 * (`ooxml/dml-chart-patch.ts`: its look kept, caches, formulas and embedded workbook made to say
 * the edited values) and written under a new name with its new workbook, the other parts (style,
 * colours) as kept; when the patch cannot say the edit, the chart is written from its values.
 */
import type { Chart, KeptPart, OpaqueSource } from '@ostal/model';
import { CT_CHART, NS_CHART, chartOfChartSpace, chartSpaceXml, literalChart } from '../ooxml/dml-chart.js';

export { literalChart };
import { patchChartParts, sameChart } from '../ooxml/dml-chart-patch.js';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { decodeText } from '../container/zip-reader.js';
import { parseXml } from '../xml/xml-parser.js';

/** A chart part larger than this is not parsed (it stays shown by its fallback picture). */
const MAX_CHART_BYTES = 8 * 1024 * 1024;
const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };

/** The chart part of a kept graphic frame. */
function keptChartPart(source: OpaqueSource | undefined): KeptPart | undefined {
  const rel = Object.values(source?.rels ?? {}).find((r) => r.type.endsWith('/chart'));
  return rel ? source?.parts?.find((p) => p.path === rel.path && (p.type === CT_CHART || p.path.endsWith('.xml'))) : undefined;
}

/** The chart of a kept graphic frame, or undefined when there is none the model can express. */
export function chartOfKeptFrame(source: OpaqueSource | undefined, maxDepth: number): Chart | undefined {
  const part = keptChartPart(source);
  return part ? chartOfPart(part, maxDepth) : undefined;
}

/** True when `chart` still says what the kept chart part of `source` says (not edited since read). */
export function keptChartMatches(source: OpaqueSource, chart: Chart): boolean {
  const kept = chartOfKeptFrame(source, 256);
  return kept !== undefined && sameChart(kept, chart);
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

/** FNV-1a of bytes, hex: names a written chart part after its content. */
function hashBytes(data: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const b of data) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A chart part for a model chart (from ODP, or edited), named after its content. */
export function chartPartFor(chart: Chart): { path: string; part: KeptPart } {
  const data = new TextEncoder().encode(chartSpaceXml(literalChart(chart)));
  const path = `ppt/charts/chart-ostal-${hashBytes(data)}.xml`;
  return { path, part: { path, type: CT_CHART, data } };
}

/** `a:graphic` naming the chart part by relationship `relId`. */
export function chartGraphicXml(relId: string): XmlOut {
  return x('a:graphic', {}, x('a:graphicData', { uri: NS_CHART }, x('c:chart', { 'xmlns:c': NS_CHART, 'xmlns:r': NS.r, 'r:id': relId })));
}

/**
 * The kept parts of an edited chart's frame patched to say `chart`: the chart part first, named
 * after its new content, the parts the patch rewrote (the embedded workbook) renamed after it,
 * the others (style, colours) as kept. Undefined when the patch cannot say the edit.
 */
export function patchedChartFor(source: OpaqueSource, chart: Chart): { path: string; parts: KeptPart[] } | undefined {
  const first = keptChartPart(source);
  const read = first ? chartOfPart(first, 256) : undefined;
  if (!first || !read) return undefined;
  // The chart part, then the parts its relationships reach.
  const all = new Map((source.parts ?? []).map((p) => [p.path, p]));
  const reached: KeptPart[] = [first];
  for (let i = 0; i < reached.length; i++) {
    for (const r of reached[i]!.rels ?? []) {
      const next = r.external ? undefined : all.get(r.target);
      if (next && !reached.includes(next)) reached.push(next);
    }
  }
  const patched = patchChartParts(reached, read, chart);
  if (!patched) return undefined;
  const tag = hashBytes(patched[0]!.data);
  const names = new Map<string, string>();
  patched.forEach((p, i) => {
    if (i > 0 && p.data === all.get(p.path)?.data) return;
    const dot = p.path.lastIndexOf('.') > p.path.lastIndexOf('/') ? p.path.lastIndexOf('.') : p.path.length;
    names.set(p.path, i === 0 ? `ppt/charts/chart-ostal-${tag}.xml` : `${p.path.slice(0, dot)}-ostal-${tag}${p.path.slice(dot)}`);
  });
  const parts = patched.map((p) => ({
    ...p,
    path: names.get(p.path) ?? p.path,
    ...(p.rels ? { rels: p.rels.map((r) => (r.external ? r : { ...r, target: names.get(r.target) ?? r.target })) } : {}),
  }));
  return { path: parts[0]!.path, parts };
}
