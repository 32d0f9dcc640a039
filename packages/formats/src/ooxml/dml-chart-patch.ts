/**
 * An edited chart written from its kept chart part (ECMA-376 Part 1, 21.2.2.29 `c:chartSpace`,
 * from a DOCX or a PPTX) with only what the chart dialog changes replaced, so that its look
 * survives: series colours and outlines (`c:spPr`), fonts (`c:txPr`), data labels, gridlines,
 * axis formats, per-point colours (`c:dPt`), the style and colour parts.
 *
 * Patched: each series' name, category and value caches (`c:tx`, `c:cat`, `c:val`), their
 * formulas set to the cells of a regenerated embedded workbook (`dml-chart-workbook.ts`); series
 * added (cloned from the last one, without its explicit colour: the next theme accent, or the
 * application's automatic colour) or removed (the dialog removes the last ones); the title's text
 * (its run properties kept); the legend shown, hidden or moved; columns turned into bars and back
 * (`c:barDir`); a series' colour chosen in the dialog (its fill, a line's outline, in `c:spPr`; its
 * per-point colours dropped). A pie of pie stays one; a scatter chart's x and y values are its categories and
 * values. Anything else — another kind, a combined, stock or bubble chart, a change the patch
 * does not make (data labels, axis titles) — is left to the from-values writer
 * (`chartSpaceXml`): `patchChartParts` then returns undefined. Part names are the caller's
 * (`text/wml-chart-writer.ts`, `slides/pptx-charts.ts`).
 */
import { formatChartRef } from '@ostal/model';
import type { Chart, ChartSeries, KeptPart } from '@ostal/model';
import { NS_CHART, literalChart } from './dml-chart.js';
import { decodeText } from '../container/zip-reader.js';
import { parseXml } from '../xml/xml-parser.js';
import { NS } from '../xml/namespaces.js';
import { serializeXml } from '../xml/xml-writer.js';
import { cloneTree, descendants, editText, editTree, insertBefore, kid, kids, maker, prefixOf, removeChild, replaceChild } from '../xml/xml-edit-tree.js';
import type { EditElement, EditNode } from '../xml/xml-edit-tree.js';
import { CT_XLSX, chartWorkbook, workbookSheetName } from './dml-chart-workbook.js';

/** A part of a chart's source, its bytes decoded. */
export type ChartPartBytes = KeptPart;

const MAX_DEPTH = 256;
const A = NS.a;
/** Chart groups whose series the patch knows (same series shape: tx, spPr, dPt, dLbls, cat, val). */
const GROUPS = new Set(['barChart', 'bar3DChart', 'lineChart', 'line3DChart', 'areaChart', 'area3DChart', 'pieChart', 'pie3DChart', 'doughnutChart', 'radarChart', 'ofPieChart', 'scatterChart']);
/** What the dialog rewrites in a series: the rest must not have changed. */
const EDITED_SERIES_FIELDS = ['name', 'cachedCategories', 'cachedValues', 'color'];
/** Fill elements of a shape's properties (ECMA-376 Part 1, 20.1.8 EG_FillProperties). */
const FILLS = new Set(['noFill', 'solidFill', 'gradFill', 'blipFill', 'pattFill', 'grpFill']);

/** JSON with keys sorted: equal for equal values whatever the key order. */
function canon(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, e]) => e !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, e]) => `${JSON.stringify(k)}:${canon(e)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function without(o: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/** True when two charts say the same (whatever the order of their keys). */
export function sameChart(a: Chart, b: Chart): boolean {
  return canon(a) === canon(b);
}

const barLike = (t: string): boolean => t === 'column' || t === 'bar';

/** True when `next` differs from `old` only by what the patch writes. */
function patchable(old: Chart, next: Chart): boolean {
  if (next.type !== old.type && !(barLike(next.type) && barLike(old.type))) return false;
  if (canon(without(old, ['title', 'legend', 'type', 'series'])) !== canon(without(next, ['title', 'legend', 'type', 'series']))) return false;
  return next.series.every((s, i) => canon(without(s, EDITED_SERIES_FIELDS)) === canon(old.series[i] ? without(old.series[i], EDITED_SERIES_FIELDS) : {}));
}

const val = (el: EditElement | undefined): string | undefined => el?.attrs.val;
const numeric = (t: string): boolean => t.trim() !== '' && Number.isFinite(Number(t));

/** The edits of one `c:chartSpace` tree `root`, its formulas naming cells of sheet `sheet`. */
class ChartPatch {
  readonly c: ReturnType<typeof maker>;
  readonly a: ReturnType<typeof maker>;
  numericCategories = false;
  /** A scatter chart: categories are the x values (`c:xVal`), values the y values (`c:yVal`). */
  xy = false;

  constructor(
    readonly root: EditElement,
    readonly sheet: string,
  ) {
    this.c = maker(NS_CHART, prefixOf(root.name));
    const aPrefix = descendants(root, A, 'p')[0]?.name ?? descendants(root, A, 'bodyPr')[0]?.name;
    this.a = maker(A, aPrefix ? prefixOf(aPrefix) : 'a');
  }

  private ref(top: number, left: number, bottom = top, right = left): string {
    return formatChartRef({ sheet: this.sheet, range: { top, left, bottom, right } });
  }

  private f(text: string): EditElement {
    return this.c('f', {}, text);
  }

  private pts(values: readonly (string | number | null)[]): EditElement[] {
    return values.flatMap((v, i) => (v === null ? [] : [this.c('pt', { idx: i }, this.c('v', {}, String(v)))]));
  }

  /** Sets a series' name to `name`, from cell (0, col). */
  private name(ser: EditElement, name: string, col: number): void {
    const tx = this.c('tx', {}, this.c('strRef', {}, this.f(this.ref(0, col)), this.c('strCache', {}, this.c('ptCount', { val: 1 }), ...this.pts([name]))));
    const old = kid(ser, NS_CHART, 'tx');
    if (old) replaceChild(ser, old, tx);
    else insertBefore(ser, tx, (e) => e.local !== 'idx' && e.local !== 'order');
  }

  /** Sets a series' categories, from rows 1.. of column A. */
  private categories(ser: EditElement, categories: readonly string[]): void {
    const tag = this.xy ? 'xVal' : 'cat';
    const old = kid(ser, NS_CHART, tag);
    if (categories.length === 0) {
      if (old) removeChild(ser, old);
      return;
    }
    const range = this.ref(1, 0, categories.length, 0);
    const cat = this.numericCategories
      ? this.c(tag, {}, this.c('numRef', {}, this.f(range), this.numCache(old, categories.map((t) => (numeric(t) ? Number(t) : null)))))
      : this.c(tag, {}, this.c('strRef', {}, this.f(range), this.c('strCache', {}, this.c('ptCount', { val: categories.length }), ...this.pts(categories))));
    if (old) replaceChild(ser, old, cat);
    else insertBefore(ser, cat, (e) => ['val', 'yVal', 'smooth', 'shape', 'extLst'].includes(e.local));
  }

  /** A `c:numCache` of `values` keeping the format code the kept source gave. */
  private numCache(old: EditElement | undefined, values: readonly (number | null)[]): EditElement {
    const src = old ? (kid(old, NS_CHART, 'numRef') ?? kid(old, NS_CHART, 'numLit')) : undefined;
    const code = kid(kid(src, NS_CHART, 'numCache') ?? src, NS_CHART, 'formatCode');
    return this.c('numCache', {}, this.c('formatCode', {}, code ? editText(code) : 'General'), this.c('ptCount', { val: values.length }), ...this.pts(values));
  }

  /** Sets a series' values, from rows 1.. of column `col`. */
  private values(ser: EditElement, values: readonly (number | null)[], col: number): void {
    const tag = this.xy ? 'yVal' : 'val';
    const old = kid(ser, NS_CHART, tag);
    const v = this.c(tag, {}, this.c('numRef', {}, this.f(this.ref(1, col, Math.max(1, values.length), col)), this.numCache(old, values)));
    if (old) replaceChild(ser, old, v);
    else insertBefore(ser, v, (e) => e.local === 'smooth' || e.local === 'shape' || e.local === 'extLst');
    // Per-point looks of points that are gone.
    const gone = (e: EditElement): boolean => Number(val(kid(e, NS_CHART, 'idx'))) >= values.length;
    for (const dPt of kids(ser, NS_CHART, 'dPt')) if (gone(dPt)) removeChild(ser, dPt);
    const labels = kid(ser, NS_CHART, 'dLbls');
    for (const one of kids(labels, NS_CHART, 'dLbl')) if (gone(one)) removeChild(labels!, one);
  }

  /** A new series made from `last`: its look less its explicit colour, its per-point parts and its id. */
  private added(last: EditElement, idx: number): EditElement {
    const ser = cloneTree(last);
    for (const e of kids(ser, NS_CHART)) if (['dPt', 'trendline', 'errBars', 'extLst'].includes(e.local)) removeChild(ser, e);
    const labels = kid(ser, NS_CHART, 'dLbls');
    for (const one of kids(labels, NS_CHART, 'dLbl')) removeChild(labels!, one);
    const idxEl = kid(ser, NS_CHART, 'idx');
    if (idxEl) idxEl.attrs.val = String(idx);
    // The next theme accent after the cloned one; without one, Word's automatic colour.
    const looks = [kid(ser, NS_CHART, 'spPr'), kid(kid(ser, NS_CHART, 'marker'), NS_CHART, 'spPr')].filter((e): e is EditElement => e !== undefined);
    for (const spPr of looks) {
      const accents = descendants(spPr, A, 'schemeClr').filter((s) => /^accent[1-6]$/.test(s.attrs.val ?? ''));
      const others = [...descendants(spPr, A, 'srgbClr'), ...descendants(spPr, A, 'sysClr'), ...descendants(spPr, A, 'prstClr'), ...descendants(spPr, A, 'scrgbClr'), ...descendants(spPr, A, 'hslClr')];
      if (accents.length > 0 && others.length === 0) {
        for (const s of accents) s.attrs.val = `accent${String((Number(s.attrs.val!.slice(6)) % 6) + 1)}`;
      } else {
        const parent = spPr === looks[0] ? ser : kid(ser, NS_CHART, 'marker')!;
        removeChild(parent, spPr);
      }
    }
    return ser;
  }

  /** Sets a series' colour: its fill, or its outline's for a line; its per-point colours dropped (one colour chosen for the series). */
  private color(ser: EditElement, color: string, lined: boolean): void {
    const solid = (): EditElement => this.a('solidFill', {}, this.a('srgbClr', { val: color.replace('#', '').toUpperCase() }));
    let spPr = kid(ser, NS_CHART, 'spPr');
    if (!spPr) {
      spPr = this.c('spPr');
      insertBefore(ser, spPr, (e) => !['idx', 'order', 'tx'].includes(e.local));
    }
    const target = lined ? (kid(spPr, A, 'ln') ?? this.a('ln')) : spPr;
    if (lined && !kid(spPr, A, 'ln')) spPr.children.push(target);
    const at = target.children.findIndex((c) => typeof c === 'object' && c.ns === A && FILLS.has(c.local));
    if (at >= 0) target.children[at] = solid();
    else if (lined) target.children.unshift(solid());
    else insertBefore(target, solid(), (e) => !['xfrm', 'custGeom', 'prstGeom'].includes(e.local));
    for (const dPt of kids(ser, NS_CHART, 'dPt')) removeChild(ser, dPt);
  }

  /** Replaces the series of `group` by those of `next` (`old`: what they said), `kept` being the group's series in `c:order` order. */
  series(group: EditElement, kept: readonly EditElement[], next: Chart, old: Chart): void {
    const lined = group.local === 'lineChart' || group.local === 'line3DChart' || group.local === 'scatterChart' || (group.local === 'radarChart' && val(kid(group, NS_CHART, 'radarStyle')) !== 'filled');
    const categories = next.series.find((s) => (s.cachedCategories?.length ?? 0) > 0)?.cachedCategories ?? [];
    this.xy = group.local === 'scatterChart';
    const firstCat = kid(kept[0], NS_CHART, this.xy ? 'xVal' : 'cat');
    this.numericCategories = firstCat !== undefined && (kid(firstCat, NS_CHART, 'numRef') ?? kid(firstCat, NS_CHART, 'numLit')) !== undefined && categories.every((t) => t === '' || numeric(t));
    let idx = Math.max(...kept.map((s) => Number(val(kid(s, NS_CHART, 'idx'))) || 0));
    const written = next.series.map((s: ChartSeries, i) => {
      const ser = i < kept.length ? kept[i]! : this.added(kept[kept.length - 1]!, ++idx);
      const order = kid(ser, NS_CHART, 'order');
      if (order) order.attrs.val = String(i);
      this.name(ser, s.name ?? `Series${String(i + 1)}`, i + 1);
      this.categories(ser, s.cachedCategories ?? []);
      this.values(ser, s.cachedValues ?? [], i + 1);
      if (s.color && s.color.toUpperCase() !== old.series[i]?.color?.toUpperCase()) this.color(ser, s.color, lined);
      return ser;
    });
    const isSer = (c: EditNode): boolean => typeof c === 'object' && c.ns === NS_CHART && c.local === 'ser';
    const at = group.children.findIndex(isSer);
    group.children = [...group.children.slice(0, at), ...written, ...group.children.slice(at).filter((c) => !isSer(c))];
  }

  /** The chart's title text set to `text` (none: removed), the first run's properties kept. */
  title(chart: EditElement, text: string | undefined): void {
    const old = kid(chart, NS_CHART, 'title');
    let deleted = kid(chart, NS_CHART, 'autoTitleDeleted');
    if (!deleted) {
      deleted = this.c('autoTitleDeleted', { val: 0 });
      insertBefore(chart, deleted, (e) => e.local !== 'title');
    }
    deleted.attrs.val = text ? '0' : '1';
    if (!text) {
      if (old) removeChild(chart, old);
      return;
    }
    const title = old ?? this.c('title', {}, this.c('overlay', { val: 0 }));
    if (!old) chart.children.unshift(title);
    const rich = kid(kid(title, NS_CHART, 'tx'), NS_CHART, 'rich');
    const para = kids(rich, A, 'p')[0];
    const run = para ? descendants(para, A, 'r')[0] : undefined;
    const rPr = kid(run, A, 'rPr');
    const pPr = kid(para, A, 'pPr') ?? kid(kids(kid(title, NS_CHART, 'txPr'), A, 'p')[0], A, 'pPr');
    const end = kid(para, A, 'endParaRPr');
    const newRun = this.a('r', {}, ...(rPr ? [cloneTree(rPr)] : []), this.a('t', {}, text));
    const p = this.a('p', {}, ...[pPr ? cloneTree(pPr) : undefined, newRun, end].filter((e): e is EditElement => e !== undefined));
    if (rich) {
      rich.children = rich.children.filter((ch) => typeof ch === 'string' || ch.ns !== A || ch.local !== 'p');
      rich.children.push(p);
      return;
    }
    const bodyPr = kid(kid(title, NS_CHART, 'txPr'), A, 'bodyPr');
    const tx = this.c('tx', {}, this.c('rich', {}, bodyPr ? cloneTree(bodyPr) : this.a('bodyPr'), this.a('lstStyle'), p));
    const oldTx = kid(title, NS_CHART, 'tx');
    if (oldTx) replaceChild(title, oldTx, tx);
    else title.children.unshift(tx);
  }

  /** The legend shown at `position` or hidden. */
  legend(chart: EditElement, position: Chart['legend']): void {
    const old = kid(chart, NS_CHART, 'legend');
    if (position === 'none') {
      if (old) removeChild(chart, old);
      return;
    }
    const pos = { right: 'r', left: 'l', top: 't', bottom: 'b' }[position ?? 'right'];
    if (!old) {
      insertBefore(chart, this.c('legend', {}, this.c('legendPos', { val: pos }), this.c('overlay', { val: 0 })), (e) => ['plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'].includes(e.local));
      return;
    }
    // A manual layout would keep it where it was.
    for (const layout of kids(old, NS_CHART, 'layout')) removeChild(old, layout);
    const legendPos = kid(old, NS_CHART, 'legendPos');
    if (legendPos) legendPos.attrs.val = pos;
    else old.children.unshift(this.c('legendPos', { val: pos }));
  }

  /** Columns turned into bars or back: the bar direction and the two axes' sides. */
  direction(plot: EditElement, group: EditElement, type: Chart['type']): void {
    const dir = kid(group, NS_CHART, 'barDir');
    if (dir) dir.attrs.val = type === 'bar' ? 'bar' : 'col';
    const ids = kids(group, NS_CHART, 'axId').map(val);
    for (const axis of kids(plot, NS_CHART)) {
      if (!ids.includes(val(kid(axis, NS_CHART, 'axId')))) continue;
      const side = axis.local === 'catAx' || axis.local === 'dateAx' ? (type === 'bar' ? 'l' : 'b') : axis.local === 'valAx' ? (type === 'bar' ? 'b' : 'l') : undefined;
      const axPos = kid(axis, NS_CHART, 'axPos');
      if (side && axPos) axPos.attrs.val = side;
    }
  }
}

/** The relationship id `c:externalData` names (its `r:id`). */
function externalId(el: EditElement): string | undefined {
  return Object.entries(el.attrs).find(([k]) => k.endsWith(':id'))?.[1];
}

/**
 * The kept parts `parts` of a chart (the chart part first) patched to describe `chart`, `read`
 * being what the kept chart part says (the chart part rewritten, the embedded workbook
 * regenerated, the others as kept), or undefined when the patch cannot say the edit.
 */
export function patchChartParts(parts: readonly ChartPartBytes[], read: Chart, edited: Chart): ChartPartBytes[] | undefined {
  const first = parts[0];
  const old = literalChart(read);
  const chart = literalChart(edited);
  if (!first || !patchable(old, chart)) return undefined;
  let root: EditElement;
  try {
    root = editTree(parseXml(decodeText(first.data), { part: first.path, maxDepth: MAX_DEPTH }));
  } catch {
    return undefined;
  }
  const chartEl = kid(root, NS_CHART, 'chart');
  const plot = kid(chartEl, NS_CHART, 'plotArea');
  const groups = kids(plot, NS_CHART).filter((g) => g.local.endsWith('Chart'));
  const group = groups[0];
  if (root.ns !== NS_CHART || !chartEl || !plot || groups.length !== 1 || !group || !GROUPS.has(group.local)) return undefined;
  const kept = kids(group, NS_CHART, 'ser').sort((p, q) => Number(val(kid(p, NS_CHART, 'order')) ?? 0) - Number(val(kid(q, NS_CHART, 'order')) ?? 0));
  if (kept.length === 0 || kept.length !== old.series.length || chart.series.length === 0) return undefined;
  const patch = new ChartPatch(root, workbookSheetName(root));
  patch.series(group, kept, chart, old);
  const autoTitle = kid(chartEl, NS_CHART, 'title') !== undefined && kid(kid(chartEl, NS_CHART, 'title'), NS_CHART, 'tx') === undefined;
  if (chart.title !== old.title || (autoTitle && (chart.series.length !== 1 || chart.title !== chart.series[0]!.name))) patch.title(chartEl, chart.title);
  if ((chart.legend ?? 'right') !== (old.legend ?? 'right')) patch.legend(chartEl, chart.legend);
  if (chart.type !== old.type) patch.direction(plot, group, chart.type);
  // The embedded workbook: regenerated from the chart's table; any other data source dropped.
  const external = kid(root, NS_CHART, 'externalData');
  const rel = external ? first.rels?.find((r) => r.id === externalId(external)) : undefined;
  const target = rel && !rel.external ? parts.find((p) => p.path === rel.target) : undefined;
  let rels = first.rels;
  let out = parts;
  if (target && target.type === CT_XLSX) {
    const workbook = chartWorkbook(chart, patch.sheet, patch.numericCategories);
    out = parts.map((p) => (p === target ? { ...p, data: workbook } : p));
  } else if (external) {
    removeChild(root, external);
    rels = first.rels?.filter((r) => r !== rel);
    const stillNamed = (path: string): boolean => parts.some((p) => p !== first && p.rels?.some((r) => r.target === path));
    out = parts.filter((p) => p !== target || stillNamed(p.path));
  }
  const data = new TextEncoder().encode(serializeXml(root));
  return out.map((p) => (p === first ? { path: p.path, type: p.type, data, ...(rels && rels.length > 0 ? { rels } : {}) } : p));
}
