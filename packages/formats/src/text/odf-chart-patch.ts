/**
 * An edited chart of ODF text written as its kept LibreOffice object patched (`odf-chart-source.ts`):
 * the object's own data table (ODF 1.3 Part 3, 11.1 `chart:chart` with its `table:table`: a header
 * row of series names, then one row per category — its name, then one value per series) set to
 * the edited names, categories and values, the title's text set or the title removed, the legend
 * moved or removed, a series' colour, its values shown or hidden and the axes' titles set
 * (`odf-chart-look-patch.ts`); every other style of the object kept. Its replacement picture, now stale, is dropped.
 *
 * Only what keeps the table's shape: the same number of series and categories. The patched
 * object is read back and must say exactly the edited chart, else (another kind, a title or a
 * legend added, series added or removed...) the chart is written from its values.
 */
import type { Chart, ChartSource, ChartSourcePart } from '@ostal/model';
import { decodeText } from '../container/zip-reader.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { descendants, editTree, kid, kids, prefixOf, removeChild } from '../xml/xml-edit-tree.js';
import { LEGEND_POS, legendOf } from '../sheets/ods-charts.js';
import type { EditElement } from '../xml/xml-edit-tree.js';
import { serializeXml } from '../xml/xml-writer.js';
import { sameChart } from '../ooxml/dml-chart-patch.js';
import { chartOfDrawObject } from '../slides/odp-charts.js';
import { literalChart } from '../slides/pptx-charts.js';
import { decodeBase64, encodeBase64 } from './text-media.js';
import { declaredPrefix, patchChartLook } from './odf-chart-look-patch.js';

const NS_CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';
const MAX_DEPTH = 256;

/** The chart of an object's document as the ODF text reader gives it (values as literals). */
export function chartOfObjectXml(xml: string): Chart | undefined {
  const obj: XmlElement = { ns: NS.draw, local: 'object', qname: 'draw:object', attrs: new Map([[`{${NS.xlink}}href`, './o']]), nsDecls: new Map(), children: [] };
  const bytes = new TextEncoder().encode(xml);
  const read = chartOfDrawObject(obj, (p) => (p === 'o/content.xml' ? bytes : undefined), MAX_DEPTH);
  return read && { ...read, series: literalChart(read).series.map(({ bubbleSizes: _b, ...s }) => s) };
}

/** `el`'s first `text:p` says `value` alone. */
function setText(el: EditElement, value: string): void {
  const p = descendants(el, NS.text, 'p')[0];
  if (!p) return;
  p.children = value === '' ? [] : [value];
}

/** Sets a cell of the table to a number (float) or a string; null empties it. */
function setCell(cell: EditElement, value: string | number | null, office: string): void {
  const attrs = { ...cell.attrs };
  delete attrs[`${office}:value`];
  delete attrs[`${office}:value-type`];
  if (typeof value === 'number') Object.assign(attrs, { [`${office}:value-type`]: 'float', [`${office}:value`]: String(value) });
  else if (value !== null) attrs[`${office}:value-type`] = 'string';
  cell.attrs = attrs;
  setText(cell, value === null ? '' : String(value));
}

/** The kept parts of an edited chart's object patched to say `chart`, or undefined when it cannot be. */
export function patchedOdfChartParts(source: ChartSource, chart: Chart): ChartSourcePart[] | undefined {
  const first = source.parts[0];
  if (source.family !== 'odf' || !first) return undefined;
  let root: EditElement;
  let original: string;
  try {
    original = decodeText(decodeBase64(first.data) ?? new Uint8Array());
    root = editTree(parseXml(original, { part: first.path, maxDepth: MAX_DEPTH }));
  } catch {
    return undefined;
  }
  const office = declaredPrefix(root, NS.office);
  const plot = descendants(root, NS_CHART, 'chart')[0];
  const table = plot ? descendants(plot, NS.table, 'table')[0] : undefined;
  if (!office || !plot || !table) return undefined;
  const header = kids(descendants(table, NS.table, 'table-header-rows')[0], NS.table, 'table-row')[0];
  const rows = kids(descendants(table, NS.table, 'table-rows')[0], NS.table, 'table-row');
  const names = kids(header, NS.table, 'table-cell');
  const categories = chart.series[0]?.cachedCategories ?? [];
  if (names.length !== chart.series.length + 1 || rows.length !== categories.length) return undefined;
  chart.series.forEach((s, i) => setCell(names[i + 1]!, s.name ?? '', office));
  rows.forEach((row, r) => {
    const cells = kids(row, NS.table, 'table-cell');
    if (cells.length !== chart.series.length + 1) return;
    setCell(cells[0]!, categories[r] ?? '', office);
    chart.series.forEach((s, i) => setCell(cells[i + 1]!, s.cachedValues?.[r] ?? null, office));
  });
  const title = kid(plot, NS_CHART, 'title');
  if (title && chart.title) setText(title, chart.title);
  else if (title) removeChild(plot, title);
  const legend = kid(plot, NS_CHART, 'legend');
  const position = chart.legend ?? 'right';
  if (legend && position === 'none') removeChild(plot, legend);
  else if (legend) {
    const name = `${prefixOf(legend.name)}:legend-position`;
    if (legendOf(legend.attrs[name]) !== position) {
      // Moved: LibreOffice's own placement of the legend no longer applies.
      const svg = declaredPrefix(root, NS.svg);
      const { [`${svg ?? 'svg'}:x`]: _x, [`${svg ?? 'svg'}:y`]: _y, ...rest } = legend.attrs;
      legend.attrs = { ...rest, [name]: LEGEND_POS[position] };
    }
  }
  // The look the dialog edits (series colours, values shown, axis titles).
  const before = chartOfObjectXml(original);
  if (!before || !patchChartLook(root, plot, before, chart)) return undefined;
  const xml = serializeXml(root);
  // Only a patch that says exactly the edit (anything else: written from the values).
  const back = chartOfObjectXml(xml);
  if (!back || !sameChart(back, chart)) return undefined;
  const patched: ChartSourcePart = { ...first, data: encodeBase64(new TextEncoder().encode(xml)) };
  return [patched, ...source.parts.slice(1).filter((p) => !p.path.startsWith('ObjectReplacements/'))];
}
