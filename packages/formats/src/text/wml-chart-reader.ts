/**
 * Charts of WordprocessingML drawings (ECMA-376 Part 1, 20.4 `wp:inline`/`wp:anchor` whose
 * `a:graphicData` holds 21.2.2.27 `c:chart r:id`): the chart part named by the relationship is
 * parsed into the model's chart (`dml-chart.ts`, data as literals), and kept with the parts its
 * relationships reach (styles, colours, embedded workbook) so that an unchanged chart is written
 * back to DOCX as it was, and an edited one patched (`ooxml/dml-chart-patch.ts`). Strict chart parts
 * are not kept (the DOCX writer writes Transitional): their charts are written from the model.
 *
 * Never throws: a chart part that is missing, too big or malformed reads as no chart (the caller
 * drops the drawing with its diagnostic).
 */
import { chartSig } from '@ostal/model';
import type { Chart, ChartSource, KeptPart } from '@ostal/model';
import { NS_CHART_STRICT } from '../ooxml/dml-chart.js';
import { keptPartsOf } from '../ooxml/kept-parts.js';
import type { OpcPackage } from '../ooxml/opc-package.js';
import { decodeText } from '../container/zip-reader.js';
import { chartOfPart, literalChart } from '../slides/pptx-charts.js';
import { encodeBase64 } from './text-media.js';

/** A chart a drawing names: the model's chart and the parts kept for it (null: none kept). */
export interface WmlChartTarget {
  readonly chart: Chart;
  readonly source: ChartSource | null;
}

/** Resolves a chart relationship id of the part. */
export type WmlCharts = (relId: string) => WmlChartTarget | undefined;

/** Deepest chart XML read. */
const MAX_DEPTH = 256;
/** Kept parts of one chart beyond this size in all are not kept (the chart is written from the model). */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;

/** The chart part and its parts; `complete` false when one of them could not be read. */
function readParts(pkg: OpcPackage, path: string): { parts: KeptPart[]; complete: boolean } {
  let failed = false;
  const parts = keptPartsOf(pkg, path, (_part, _what, fn) => {
    try {
      return fn();
    } catch {
      failed = true;
      return undefined;
    }
  });
  return { parts, complete: !failed };
}

/**
 * A "pie of pie" or "bar of pie" chart (21.2.2.126 `c:ofPieChart`, which the model cannot say)
 * read as the pie it starts from: drawn and converted as a pie, while its kept parts still
 * write it back to DOCX as it was. Undefined for any other chart the model cannot express.
 */
export function ofPieAsPie(part: KeptPart): Chart | undefined {
  if (part.data.length > MAX_KEPT_BYTES) return undefined;
  const text = decodeText(part.data);
  if (!/<(\w+:)?ofPieChart\b/.test(text)) return undefined;
  const pie = text.replace(/(<\/?)((?:\w+:)?)ofPieChart\b/g, '$1$2pieChart');
  return chartOfPart({ path: part.path, data: new TextEncoder().encode(pie) }, MAX_DEPTH);
}

/** The chart of relationship `id` of part `part`, or undefined. */
function chartTarget(pkg: OpcPackage, part: string, id: string): WmlChartTarget | undefined {
  const rel = pkg.relationships(part).find((r) => r.id === id);
  if (!rel || rel.external || !rel.type.endsWith('/chart') || !pkg.has(rel.target)) return undefined;
  const { parts, complete } = readParts(pkg, rel.target);
  const first = parts[0];
  if (first?.path !== rel.target) return undefined;
  const parsed = chartOfPart(first, MAX_DEPTH) ?? ofPieAsPie(first);
  if (!parsed) return undefined;
  const chart = literalChart(parsed);
  const strict = decodeText(first.data.subarray(0, 4096)).includes(NS_CHART_STRICT);
  const size = parts.reduce((n, p) => n + p.data.length, 0);
  if (strict || !complete || size > MAX_KEPT_BYTES) return { chart, source: null };
  const kept = parts.map((p) => ({ path: p.path, type: p.type, data: encodeBase64(p.data), ...(p.rels ? { rels: p.rels } : {}) }));
  return { chart, source: { family: 'ooxml', parts: kept, sig: chartSig(chart) } };
}

/** Chart relationships of `part`, each read once. */
export function docxChartTargets(pkg: OpcPackage, part: string): WmlCharts {
  const read = new Map<string, WmlChartTarget | undefined>();
  return (id) => {
    if (read.has(id)) return read.get(id);
    let target: WmlChartTarget | undefined;
    try {
      target = chartTarget(pkg, part, id);
    } catch {
      target = undefined;
    }
    read.set(id, target);
    return target;
  };
}
