/**
 * Charts of the main document part (ECMA-376 Part 1, 21.2.2.27 `c:chart r:id` in a
 * `wp:inline`/`wp:anchor` graphic; 21.2.2.29 `c:chartSpace` parts). Mirrors
 * `wml-chart-reader.ts`.
 *
 * A chart still matching its kept DOCX parts is written back with them: new part names
 * (`word/charts/chartN.xml`, its styles, colours and embedded workbook beside it), their
 * relationships re-pointed, their content types kept. An edited chart with kept parts is written
 * from them patched (`ooxml/dml-chart-patch.ts`: its look kept, its caches, formulas and embedded
 * workbook made to say the edited values) when the edit is one the patch can say. Any other chart
 * (edited otherwise, from ODT, from a Strict file) is written from the model as a new
 * `c:chartSpace` part with its data as literals.
 */
import { keptChartParts } from '@ostal/model';
import type { Chart, ChartSource } from '@ostal/model';
import { CT_CHART, NS_CHART, REL_CHART, chartSpaceXml, literalChart } from '../ooxml/dml-chart.js';
import { patchChartParts } from '../ooxml/dml-chart-patch.js';
import type { ChartPartBytes } from '../ooxml/dml-chart-patch.js';
import { relativeTarget } from '../ooxml/kept-parts.js';
import type { OpcPartOut } from '../ooxml/opc-writer.js';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { chartOfPart } from '../slides/pptx-charts.js';
import { decodeBase64 } from './text-media.js';
import { ofPieAsPie } from './wml-chart-reader.js';

const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const MAX_DEPTH = 256;

/** The kept parts with their bytes, or undefined when one cannot be decoded. */
function decodedParts(kept: ChartSource['parts']): ChartPartBytes[] | undefined {
  const out: ChartPartBytes[] = [];
  for (const p of kept) {
    const data = decodeBase64(p.data);
    if (!data) return undefined;
    out.push({ path: p.path, type: p.type, data, ...(p.rels ? { rels: p.rels } : {}) });
  }
  return out;
}

/** The kept parts of `source` patched to describe `chart`, or undefined when the patch cannot say the edit. */
function patchedChartParts(source: ChartSource, chart: Chart): ChartPartBytes[] | undefined {
  const parts = decodedParts(source.parts);
  const first = parts?.[0];
  const read = first ? (chartOfPart(first, MAX_DEPTH) ?? ofPieAsPie(first)) : undefined;
  return parts && read ? patchChartParts(parts, read, chart) : undefined;
}

/** The name a kept part of chart `n` is written under (the chart part itself: `word/charts/chartN.xml`). */
function keptName(path: string, n: number, first: boolean): string {
  if (first) return `word/charts/chart${String(n)}.xml`;
  const base = path.slice(path.lastIndexOf('/') + 1);
  return `${path.includes('/embeddings/') ? 'word/embeddings' : 'word/charts'}/chart${String(n)}-${base}`;
}

/** The kept parts under their new names, or undefined when they cannot be written whole. */
function keptParts(kept: readonly ChartPartBytes[], n: number): OpcPartOut[] | undefined {
  const names = new Map(kept.map((p, i) => [p.path, keptName(p.path, n, i === 0)]));
  const out: OpcPartOut[] = [];
  for (const p of kept) {
    const data = p.data;
    const name = names.get(p.path)!;
    const rels = [];
    for (const r of p.rels ?? []) {
      if (r.external) {
        rels.push({ id: r.id, type: r.type, target: r.target, external: true });
        continue;
      }
      const target = names.get(r.target);
      if (target === undefined) return undefined;
      rels.push({ id: r.id, type: r.type, target: relativeTarget(name, target) });
    }
    out.push({ name, contentType: p.type, data, ...(rels.length > 0 ? { rels } : {}) });
  }
  return out;
}

/** Allocates the chart parts of one package and the relationships the main part needs for them. */
export class WmlChartParts {
  /** Relationships of the main part (targets relative to `word/`). */
  readonly rels: { readonly id: string; readonly type: string; readonly target: string }[] = [];
  /** Chart parts and the parts they need. */
  readonly parts: OpcPartOut[] = [];

  /** Writes the parts of a `chart` node's attrs; returns the relationship id naming its chart part. */
  add(attrs: Readonly<Record<string, unknown>>): string {
    const n = this.rels.length + 1;
    const id = `rIdChart${String(n)}`;
    const chart = attrs.chart as Chart;
    const read = attrs.source as ChartSource | null;
    const source = read?.family === 'ooxml' ? read : null;
    const kept = keptChartParts(attrs);
    // Unchanged: the kept parts as they were; edited: patched when the patch can say the edit.
    const bytes = kept ? decodedParts(kept) : source ? patchedChartParts(source, chart) : undefined;
    const parts = (bytes && keptParts(bytes, n)) ?? [{ name: keptName('', n, true), contentType: CT_CHART, data: chartSpaceXml(literalChart(chart)) }];
    this.parts.push(...parts);
    this.rels.push({ id, type: REL_CHART, target: parts[0]!.name.slice('word/'.length) });
    return id;
  }
}

/** `a:graphic` naming a chart part by relationship `relId`. */
export function wmlChartGraphic(relId: string): XmlOut {
  return x('a:graphic', { 'xmlns:a': NS_A }, x('a:graphicData', { uri: NS_CHART }, x('c:chart', { 'xmlns:c': NS_CHART, 'xmlns:r': NS.r, 'r:id': relId })));
}
