/**
 * ODS and flat FODS writing (ODF 1.3 Part 2, 3 for the package; Part 3, 3.1.2-3.1.3 and 2.2.1
 * for the documents, and Part 3: 9.1.2 `table:table`, 9.1.6 `table:table-column`,
 * 9.1.3 `table:table-row`, 9.1.4 `table:table-cell`, 19.385-19.389 value types and values,
 * 19.642 `table:formula` in OpenFormula, 6.1.2-6.1.4 `text:p`, `text:s`, `text:tab`). The zip
 * (.ods) and flat (.fods) forms share the body; every file is valid against the OASIS ODF 1.3
 * schema (tested with jing). Serialised as escaped chunks, not an element tree,
 * so large sheets stay cheap; empty runs use the repeat attributes.
 */
import { isCellError, runAt } from '@ostal/model';
import type { Cell, CellRange, DefinedName, DocumentMeta, Sheet, Workbook } from '@ostal/model';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { odfMetaElement } from '../odf/odf-meta.js';
import { escapeAttr, escapeText, serializeXmlFragment } from '../xml/xml-writer.js';
import { numberText, valueText } from './cell-value-text.js';
import { decodeBase64 } from '../text/text-media.js';
import { toOpenFormula } from './openformula.js';
import { automaticStylesXml, cellStyleXml } from './ods-styles-writer.js';
import { OdsConditionalWriter } from './ods-conditional-formats.js';
import { KeptResultStyles } from './ods-kept-results.js';
import { imageFramesXml, imagePath } from './ods-images.js';
import { withoutStructuredReferences } from './xlsx-tables.js';
import type { OdsLayoutNames } from './ods-styles-writer.js';
import { annotationXml, contentValidationsXml, databaseRangesXml, odfRangeAddress, validationName } from './ods-sheet-features.js';
import { pageStylesXml } from './ods-page-setup.js';
import { dataPilotsXml } from './ods-data-pilots.js';
import { externalCacheTablesXml, externalTableStyleXml } from './ods-external-links.js';
import { CHART_FRAME_NS, CHART_MEDIA_TYPE, chartObjectContentXml, chartShapesXml } from './ods-charts.js';

/** One line of text as `text:p` content; spaces that ODF would collapse are written as `text:s`. */
export function paragraphXml(line: string): string {
  const out: string[] = ['<text:p>'];
  const pieces = line.split(/( +|\t)/).filter((p) => p !== '');
  pieces.forEach((p, i) => {
    if (p === '\t') out.push('<text:tab/>');
    else if (p.startsWith(' ')) {
      const k = p.length;
      const edge = i === 0 || i === pieces.length - 1 || pieces[i + 1] === '\t';
      if (edge) out.push(k === 1 ? '<text:s/>' : `<text:s text:c="${String(k)}"/>`);
      else out.push(' ', k === 1 ? '' : k === 2 ? '<text:s/>' : `<text:s text:c="${String(k - 1)}"/>`);
    } else out.push(escapeText(p));
  });
  out.push('</text:p>');
  return out.join('');
}

function textXml(text: string): string {
  return text.split(/\r\n|\r|\n/).map(paragraphXml).join('');
}

/** The error literals of OpenFormula (ODF 1.3 Part 4, 5.12); `#ERROR!` is Ostal's own. */
const OPENFORMULA_ERRORS: ReadonlySet<string> = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/**
 * The cells of row `r` with each error typed in a cell given the formula of its error literal
 * (OpenFormula 5.12), as LibreOffice writes it: a cell showing only the code would be text to
 * LibreOffice, and ERROR.TYPE, ISERROR or IF on it would not see an error (the reader makes it a
 * value again). Not inside an array formula's area, whose result LibreOffice shows there.
 */
function withErrorLiterals(cells: readonly (Cell | null)[] | null | undefined, r: number, matrices: readonly CellRange[]): readonly (Cell | null)[] | null | undefined {
  if (!cells?.some((c) => c !== null && c.formula === undefined && c.value !== null && isCellError(c.value))) return cells;
  return cells.map((c, col) => {
    if (c === null || c.formula !== undefined || c.value === null || !isCellError(c.value) || !OPENFORMULA_ERRORS.has(c.value.error)) return c;
    if (matrices.some((m) => r >= m.top && r <= m.bottom && col >= m.left && col <= m.right)) return c;
    return { ...c, formula: `=${c.value.error}` };
  });
}

/** The areas array formulas fill in `sheet`. */
function matrixAreas(sheet: Sheet): CellRange[] {
  const out: CellRange[] = [];
  sheet.rows.forEach((row, top) => row?.forEach((c, left) => {
    if (c?.formula !== undefined && c.matrix) out.push({ top, left, bottom: top + Math.max(1, c.matrix.rows) - 1, right: left + Math.max(1, c.matrix.cols) - 1 });
  }));
  return out;
}

/** A merged range's anchor: how many columns and rows it spans. */
interface Span {
  readonly cols: number;
  readonly rows: number;
}

/** The attributes and content of one cell with a value, formula or style. */
function cellXml(cell: Cell, repeat: number, out: string[], span?: Span, covered = false, extra = '', note = '', styleName?: string, externals: readonly string[] = []): void {
  const v = cell.value;
  out.push(covered ? '<table:covered-table-cell' : '<table:table-cell');
  if (repeat > 1) out.push(` table:number-columns-repeated="${String(repeat)}"`);
  if (styleName) out.push(` table:style-name="${styleName}"`);
  else if (cell.style) out.push(` table:style-name="ce${String(cell.style)}"`);
  if (extra) out.push(extra);
  if (span) out.push(` table:number-columns-spanned="${String(span.cols)}" table:number-rows-spanned="${String(span.rows)}"`);
  if (cell.formula !== undefined) out.push(` table:formula="${escapeAttr(toOpenFormula(cell.formula, externals))}"`);
  // An array formula: the area its result fills (ODF 1.3 Part 3, 19.683/19.684).
  if (cell.formula !== undefined && cell.matrix) out.push(` table:number-matrix-columns-spanned="${String(Math.max(1, cell.matrix.cols))}" table:number-matrix-rows-spanned="${String(Math.max(1, cell.matrix.rows))}"`);
  let text: string | null = null;
  if (typeof v === 'number' && Number.isFinite(v)) {
    out.push(` office:value-type="float" office:value="${numberText(v)}"`);
    text = numberText(v);
  } else if (typeof v === 'number') {
    // NaN and infinities have no spreadsheet value; they show as the #NUM! error they would be.
    text = '#NUM!';
  } else if (typeof v === 'boolean') {
    out.push(` office:value-type="boolean" office:boolean-value="${String(v)}"`);
    text = valueText(v);
  } else if (typeof v === 'string') {
    // A formula's text result also goes in office:string-value: LibreOffice takes a formula's
    // cached text only from there, and would otherwise recompute (functions it lacks give #NAME?).
    out.push(cell.formula !== undefined ? ` office:value-type="string" office:string-value="${escapeAttr(v)}"` : ' office:value-type="string"');
    text = v;
  } else if (v !== null && isCellError(v)) {
    // ODF 1.3 has no error value type: an error is a cell without value type showing its code,
    // which the reader turns back into the error (a string cell always has a value type).
    text = v.error;
  }
  if (text === null && note === '') {
    out.push('/>');
    return;
  }
  out.push('>', note, text === null ? '' : textXml(text), covered ? '</table:covered-table-cell>' : '</table:table-cell>');
}

/** Merge geometry of one row: anchors by column, covered column intervals. */
interface RowMerges {
  readonly anchors: Map<number, Span>;
  readonly covered: [number, number][];
}

/** Per-column decorations of one row: validation names (as attributes), notes, conditional formats. */
interface RowDecorations {
  attr(col: number): string;
  note(col: number): string;
  /** The conditional formats covering a column ('' for none). */
  cf(col: number): string;
  /** The cell style carrying the formats `key` for model style `base`. */
  cfStyle(base: number, key: string): string;
  readonly width: number;
}

function rowXml(cells: readonly (Cell | null)[], repeatRows: number, out: string[], rowAttrs = '', merges?: RowMerges, deco?: RowDecorations, kept?: KeptResultStyles, externals: readonly string[] = []): void {
  out.push(repeatRows > 1 ? `<table:table-row${rowAttrs} table:number-rows-repeated="${String(repeatRows)}">` : `<table:table-row${rowAttrs}>`);
  let width = Math.max(cells.length, deco?.width ?? 0);
  if (merges) for (const [, right] of merges.covered) width = Math.max(width, right + 1);
  if (merges) for (const [left, span] of merges.anchors) width = Math.max(width, left + span.cols);
  const isCovered = (c: number): boolean => merges !== undefined && merges.covered.some(([l, r]) => c >= l && c <= r);
  const sameDeco = (c: number, attr: string, cf: string): boolean => deco === undefined || (deco.attr(c) === attr && deco.note(c) === '' && deco.cf(c) === cf);
  let c = 0;
  let wrote = false;
  while (c < width) {
    const cell = cells[c] ?? null;
    const span = merges?.anchors.get(c);
    const covered = !span && isCovered(c);
    const attr = deco ? deco.attr(c) : '';
    const note = deco ? deco.note(c) : '';
    const cf = deco ? deco.cf(c) : '';
    const styleOf = (base: number): string | undefined => (cf !== '' ? deco!.cfStyle(base, cf) : undefined);
    const cellStyle = (c: Cell): string | undefined => styleOf(c.style ?? 0) ?? kept?.styleFor(c);
    let run = 1;
    if (span) cellXml(cell ?? { value: null }, 1, out, span, false, attr, note, cell ? cellStyle(cell) : styleOf(0), externals);
    else if (cell === null && note !== '') cellXml({ value: null }, 1, out, undefined, covered, attr, note, styleOf(0));
    else if (cell === null) {
      while (c + run < width && (cells[c + run] ?? null) === null && !merges?.anchors.has(c + run) && isCovered(c + run) === covered && sameDeco(c + run, attr, cf)) run++;
      const rep = run > 1 ? ` table:number-columns-repeated="${String(run)}"` : '';
      const style = cf !== '' ? ` table:style-name="${styleOf(0)!}"` : '';
      if (covered) out.push(`<table:covered-table-cell${rep}${style}${attr}/>`);
      else if (c + run < width || attr !== '' || style !== '') out.push(`<table:table-cell${rep}${style}${attr}/>`);
      else run = width - c;
    } else {
      if (note === '') while (c + run < width && cells[c + run] === cell && !merges?.anchors.has(c + run) && isCovered(c + run) === covered && sameDeco(c + run, attr, cf)) run++;
      cellXml(cell, run, out, undefined, covered, attr, note, cellStyle(cell), externals);
    }
    wrote = true;
    c += run;
  }
  if (!wrote) out.push('<table:table-cell/>');
  out.push('</table:table-row>');
}

/** Decorations of a sheet: notes by row and column, validation ranges by name. */
function sheetDecorations(sheet: Sheet, index: number, cfw?: OdsConditionalWriter): { at(row: number): RowDecorations | undefined; rows: Set<number>; boundaries: Set<number>; end: number } {
  const notes = new Map<number, Map<number, string>>();
  for (const c of sheet.comments ?? []) {
    let row = notes.get(c.row);
    if (!row) {
      row = new Map<number, string>();
      notes.set(c.row, row);
    }
    row.set(c.col, annotationXml(c, paragraphXml));
  }
  const ranges: { range: CellRange; attr: string }[] = [];
  (sheet.validations ?? []).forEach((v, i) => {
    for (const range of v.ranges) ranges.push({ range, attr: ` table:content-validation-name="${validationName(index, i)}"` });
  });
  const boundaries = new Set<number>();
  let end = 0;
  for (const { range } of ranges) {
    boundaries.add(range.top);
    boundaries.add(range.bottom + 1);
    end = Math.max(end, range.bottom + 1);
  }
  for (const r of notes.keys()) end = Math.max(end, r + 1);
  const cfRanges = cfw ? cfw.ranges(index) : [];
  let cfWidth = 0;
  for (const range of cfRanges) {
    boundaries.add(range.top);
    boundaries.add(range.bottom + 1);
    end = Math.max(end, range.bottom + 1);
    cfWidth = Math.max(cfWidth, range.right + 1);
  }
  const byTop = [...ranges].sort((p, q) => p.range.top - q.range.top);
  let active: typeof ranges = [];
  let next = 0;
  return {
    rows: new Set(notes.keys()),
    boundaries,
    end,
    at(row) {
      // Rows are asked for in increasing order: a sweep keeps the ranges crossing `row` (no scan of them all per row).
      while (next < byTop.length && byTop[next]!.range.top <= row) active.push(byTop[next++]!);
      if (active.some((v) => v.range.bottom < row)) active = active.filter((v) => v.range.bottom >= row);
      const rowNotes = notes.get(row);
      const spans = active;
      const cfHere = cfRanges.some((r) => r.top <= row && r.bottom >= row);
      if (!rowNotes && spans.length === 0 && !cfHere) return undefined;
      let width = 0;
      if (cfHere) for (const r of cfRanges) if (r.top <= row && r.bottom >= row) width = Math.max(width, r.right + 1);
      for (const v of spans) width = Math.max(width, v.range.right + 1);
      if (rowNotes) for (const col of rowNotes.keys()) width = Math.max(width, col + 1);
      return {
        width,
        attr: (col) => spans.find((v) => v.range.left <= col && v.range.right >= col)?.attr ?? '',
        note: (col) => rowNotes?.get(col) ?? '',
        cf: (col) => (cfHere && cfw ? cfw.keyAt(index, row, col) : ''),
        cfStyle: (base, key) => cfw!.styleName(index, base, key),
      };
    },
  };
}

/** Merges of a sheet by row: the anchor of each range, and the columns covered in each row. */
function mergesByRow(sheet: Sheet): Map<number, RowMerges> {
  const byRow = new Map<number, RowMerges>();
  const at = (r: number): RowMerges => {
    let m = byRow.get(r);
    if (!m) {
      m = { anchors: new Map(), covered: [] };
      byRow.set(r, m);
    }
    return m;
  };
  for (const m of sheet.merges ?? []) {
    at(m.top).anchors.set(m.left, { cols: m.right - m.left + 1, rows: m.bottom - m.top + 1 });
    if (m.right > m.left) at(m.top).covered.push([m.left + 1, m.right]);
    for (let r = m.top + 1; r <= m.bottom; r++) at(r).covered.push([m.left, m.right]);
  }
  return byRow;
}

function columnsXml(sheet: Sheet, width: number, names: OdsLayoutNames, out: string[]): void {
  // Segments of columns sharing attributes, then split at the print-title columns (9.1.12).
  const segments: { first: number; last: number; attrs: string }[] = [];
  let next = 0;
  const gap = (until: number): void => {
    if (until > next) segments.push({ first: next, last: until - 1, attrs: '' });
    next = Math.max(next, until);
  };
  for (const c of sheet.columns ?? []) {
    if (c.first < next) continue;
    gap(c.first);
    segments.push({
      first: c.first,
      last: c.last,
      attrs: [
        c.width !== undefined && names.column(c.width) ? ` table:style-name="${names.column(c.width)!}"` : '',
        c.hidden ? ' table:visibility="collapse"' : '',
        c.style ? ` table:default-cell-style-name="ce${String(c.style)}"` : '',
      ].join(''),
    });
    next = c.last + 1;
  }
  const titles = sheet.pageSetup?.repeatCols;
  gap(Math.max(width, next === 0 ? 1 : next, titles ? titles.last + 1 : 0));
  const cuts = titles ? [titles.first, titles.last + 1] : [];
  for (const seg of segments) {
    let first = seg.first;
    for (const cut of [...cuts, seg.last + 1]) {
      if (cut <= first || cut > seg.last + 1) continue;
      if (titles && first === titles.first) out.push('<table:table-header-columns>');
      const n = cut - first;
      out.push(`<table:table-column${seg.attrs}${n > 1 ? ` table:number-columns-repeated="${String(n)}"` : ''}/>`);
      if (titles && cut === titles.last + 1) out.push('</table:table-header-columns>');
      first = cut;
    }
  }
}

/** ODF's cell address, as the schema's pattern says it: optional sheet, a column and a row. */
const CELL_ADDRESS = /^(\$?([^. ']+|'([^']|'')+'))?\.\$?[A-Z]+\$?[0-9]+$/;

/** The schema's cellRangeAddress (ODF 1.3 part 3, 19.595): cells, whole columns or whole rows of one document. */
const SHEET = "(\\$?([^. ']+|'([^']|'')+'))?";
const CELL_RANGE_ADDRESS = [
  new RegExp(`^${SHEET}\\.\\$?[A-Z]+:${SHEET}\\.\\$?[A-Z]+$`),
  new RegExp(`^${SHEET}\\.\\$?[0-9]+:${SHEET}\\.\\$?[0-9]+$`),
  new RegExp(`^${SHEET}\\.\\$?[A-Z]+\\$?[0-9]+(:${SHEET}\\.\\$?[A-Z]+\\$?[0-9]+)?$`),
];

/** Defined names as `table:named-expressions` (9.4.11): references as named ranges, others as expressions. */
function namedExpressionsXml(names: readonly DefinedName[], baseSheet: string, out: string[], externals: readonly string[] = []): void {
  if (names.length === 0) return;
  out.push('<table:named-expressions>');
  const base = `$'${baseSheet.replace(/'/g, "''")}'.$A$1`;
  for (const n of names) {
    const of = toOpenFormula('=' + n.formula, externals);
    const range = /^of:=\[([^[\]]+)\]$/.exec(of);
    // A range of another workbook ('file:///…'#$Sheet1.A1) is no cell range address: it stays an expression.
    if (range && /\$?[A-Z]+\$?\d+/.test(range[1]!) && CELL_RANGE_ADDRESS.some((re) => re.test(range[1]!))) {
      const address = range[1]!;
      const first = address.split(':')[0]!;
      // The base must be one cell (ODF 1.3 part 3, 19.639 cellAddress): whole rows or columns take A1 of the base sheet.
      const cell = !first.startsWith('.') && CELL_ADDRESS.test(first) ? first : base;
      out.push(`<table:named-range table:name="${escapeAttr(n.name)}" table:cell-range-address="${escapeAttr(address)}" table:base-cell-address="${escapeAttr(cell)}"/>`);
    } else {
      out.push(`<table:named-expression table:name="${escapeAttr(n.name)}" table:expression="${escapeAttr(of)}" table:base-cell-address="${escapeAttr(base)}"/>`);
    }
  }
  out.push('</table:named-expressions>');
}

/** `table:table` elements for the sheets, as chunks appended to `out`. */
/** Sub-document names of the charts of every sheet (`Object 1`...), in order; null in a flat file. */
function chartObjectNames(sheets: readonly Sheet[], flat: boolean): (i: number, sheet: number) => string | null {
  const firsts: number[] = [];
  let n = 0;
  for (const s of sheets) {
    firsts.push(n);
    n += s.charts?.length ?? 0;
  }
  return (i, sheet) => (flat ? null : `Object ${String(firsts[sheet]! + i + 1)}`);
}

/** Index of picture `i` of sheet `sheet` among every picture of the workbook (names `Pictures/` files). */
function imageIndexes(sheets: readonly Sheet[]): (sheet: number, i: number) => number {
  const firsts: number[] = [];
  let n = 0;
  for (const s of sheets) {
    firsts.push(n);
    n += s.images?.length ?? 0;
  }
  return (sheet, i) => firsts[sheet]! + i;
}

function spreadsheetBodyXml(workbook: Workbook, sheets: readonly Sheet[], names: OdsLayoutNames, out: string[], flat = false, cfw?: OdsConditionalWriter, kept?: KeptResultStyles): void {
  const objectName = chartObjectNames(sheets, flat);
  const imageIndex = imageIndexes(sheets);
  out.push('<office:body><office:spreadsheet>');
  // ODF 1.3 Part 3, 9.4.1: without these, ODF's defaults apply (case-sensitive comparisons,
  // regular expressions in criteria), and COUNTIF("b*") or MATCH would not compute as in Excel
  // and in files LibreOffice itself writes for interoperability.
  out.push(
    // 9.4.2 table:null-date: serial numbers of a 1904 workbook count from 1904-01-01.
    `<table:calculation-settings table:case-sensitive="false" table:search-criteria-must-apply-to-whole-cell="true" table:use-wildcards="true" table:use-regular-expressions="false" table:automatic-find-labels="false"${
      workbook.date1904 ? '><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>' : '/>'
    }`,
    contentValidationsXml(sheets, paragraphXml),
  );
  const defined = (workbook.names ?? []).filter((n) => n.sheet === undefined || n.sheet < sheets.length);
  const externals = (workbook.externalLinks ?? []).map((l) => l.target);
  sheets.forEach((sheet, index) => {
    let width = 1;
    for (const r of sheet.rows) width = Math.max(width, r?.length ?? 0);
    for (const m of sheet.merges ?? []) width = Math.max(width, m.right + 1);
    const area = sheet.pageSetup?.printArea;
    const printRanges = area && area.length > 0 ? ` table:print-ranges="${escapeAttr(area.map((a) => odfRangeAddress(sheet.name, a)).join(' '))}"` : '';
    out.push(`<table:table table:name="${escapeAttr(sheet.name)}" table:style-name="${names.table(sheet)}"${printRanges}>`);
    const charts = chartShapesXml(sheet, (i) => objectName(i, index));
    const images = imageFramesXml(sheet, (i) => (flat ? null : imagePath(sheet.images![i]!, imageIndex(index, i))), sheet.charts?.length ?? 0);
    out.push(images === '' ? charts : charts === '' ? `<table:shapes>${images}</table:shapes>` : charts.replace(/<\/table:shapes>$/, `${images}</table:shapes>`));
    columnsXml(sheet, width, names, out);
    const merges = mergesByRow(sheet);
    const deco = sheetDecorations(sheet, index, cfw);
    const runs = sheet.rowProps ?? [];
    let end = Math.max(sheet.rows.length, deco.end);
    const titles = sheet.pageSetup?.repeatRows;
    if (titles) {
      deco.boundaries.add(titles.first);
      deco.boundaries.add(titles.last + 1);
      end = Math.max(end, titles.last + 1);
    }
    for (const m of sheet.merges ?? []) end = Math.max(end, m.bottom + 1);
    const lastRun = runs[runs.length - 1];
    if (lastRun) end = Math.max(end, lastRun.last + 1);
    const rowAttrs = (r: number): string => {
      const run = runAt(runs, r);
      if (!run) return '';
      const style = run.height !== undefined ? names.row(run.height) : undefined;
      return `${style ? ` table:style-name="${style}"` : ''}${run.hidden ? ' table:visibility="collapse"' : ''}`;
    };
    const matrices = matrixAreas(sheet);
    let r = 0;
    let runIndex = 0;
    while (r < end) {
      if (titles && r === titles.first) out.push('<table:table-header-rows>');
      if (titles && r === titles.last + 1) out.push('</table:table-header-rows>');
      while (runIndex < runs.length && runs[runIndex]!.last < r) runIndex++;
      const cells = withErrorLiterals(sheet.rows[r], r, matrices);
      const rowMerges = merges.get(r);
      if ((cells && cells.some((c) => c !== null)) || rowMerges || deco.rows.has(r)) {
        rowXml(cells ?? [], 1, out, rowAttrs(r), rowMerges, deco.at(r), kept, externals);
        r++;
        continue;
      }
      // An empty stretch: up to the next row with content or merges, or the next change of row properties.
      const next = runs[runIndex];
      const run = next && next.first <= r ? next : undefined;
      let stop = r + 1;
      const limit = Math.min(end, run ? run.last + 1 : (next?.first ?? end));
      while (stop < limit && !(sheet.rows[stop]?.some((c) => c !== null) ?? false) && !merges.has(stop) && !deco.rows.has(stop) && !deco.boundaries.has(stop)) stop++;
      rowXml([], stop - r, out, rowAttrs(r), undefined, deco.at(r));
      r = stop;
    }
    if (titles && end === titles.last + 1) out.push('</table:table-header-rows>');
    if (end === 0) rowXml([], 1, out);
    namedExpressionsXml(
      defined.filter((n) => n.sheet === index),
      sheet.name,
      out,
      externals,
    );
    out.push('</table:table>');
  });
  out.push(externalCacheTablesXml(workbook.externalLinks));
  namedExpressionsXml(
    defined.filter((n) => n.sheet === undefined),
    sheets[0]?.name ?? 'Sheet1',
    out,
    externals,
  );
  out.push(databaseRangesXml(sheets), dataPilotsXml(workbook), '</office:spreadsheet></office:body>');
}

/** View settings (3.10 `office:settings`): frozen panes in LibreOffice's `Tables` config items. */
function settingsXml(sheets: readonly Sheet[]): string {
  const frozen = sheets.filter((s) => s.frozen && (s.frozen.rows > 0 || s.frozen.cols > 0));
  if (frozen.length === 0) return '';
  const item = (name: string, type: string, value: string | number): string => `<config:config-item config:name="${name}" config:type="${type}">${String(value)}</config:config-item>`;
  const entries = frozen.map((s) => {
    const f = s.frozen!;
    return [
      `<config:config-item-map-entry config:name="${escapeAttr(s.name)}">`,
      item('HorizontalSplitMode', 'short', f.cols > 0 ? 2 : 0),
      item('VerticalSplitMode', 'short', f.rows > 0 ? 2 : 0),
      item('HorizontalSplitPosition', 'int', f.cols),
      item('VerticalSplitPosition', 'int', f.rows),
      item('ActiveSplitRange', 'short', 2),
      item('PositionLeft', 'int', 0),
      item('PositionRight', 'int', f.cols),
      item('PositionTop', 'int', 0),
      item('PositionBottom', 'int', f.rows),
      '</config:config-item-map-entry>',
    ].join('');
  });
  return [
    '<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>',
    item('ViewId', 'string', 'view1'),
    '<config:config-item-map-named config:name="Tables">',
    ...entries,
    '</config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings>',
  ].join('');
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';


function namespaces(prefixes: readonly (keyof typeof NS)[]): string {
  return prefixes.map((p) => ` xmlns:${p}="${escapeAttr(NS[p])}"`).join('');
}

const BODY_NS = namespaces(['office', 'style', 'text', 'table', 'fo', 'meta', 'dc', 'of', 'number']);
const CONFIG_NS = ' xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"';

/** `office:meta`, shared with every ODF writer (invalid dates and languages left out). */
function metaXml(meta: DocumentMeta): string {
  return serializeXmlFragment(odfMetaElement(meta));
}

function sheetsOf(workbook: Workbook): Workbook['sheets'] {
  return workbook.sheets.length > 0 ? workbook.sheets : [{ name: 'Sheet1', rows: [] }];
}

/** The body and its automatic styles, ready for content.xml or the flat document. */
function contentParts(source: Workbook, flat = false): { styles: string; common: string; body: string[]; settings: string; layouts: string; masters: string } {
  // ODF has no tables to name in formulas: structured references become the ranges they mean.
  const workbook = withoutStructuredReferences(source);
  const sheets = sheetsOf(workbook);
  const page = pageStylesXml(sheets);
  const { xml, names } = automaticStylesXml(workbook, sheets, page.masterOf);
  const body: string[] = [];
  const cfw = new OdsConditionalWriter(sheets);
  const kept = new KeptResultStyles(workbook);
  spreadsheetBodyXml(workbook, sheets, names, body, flat, cfw, kept);
  // Cell styles with conditional maps, named while the body was written; the styles they apply are common styles.
  const derived = cfw.automaticStylesXml((base, name, maps) => {
    const out: string[] = [];
    // Style 0 is written as no style at all: its copy carries no data style.
    const style = base === 0 ? { ...workbook.styles?.[0], numberFormat: undefined } : (workbook.styles?.[base] ?? {});
    cellStyleXml(style, name, `N${String(base)}`, out, maps, true);
    return out.join('');
  });
  const common = cfw.commonStylesXml((style, name) => {
    const out: string[] = [];
    cellStyleXml(style, name, `${name}N`, out);
    return out.join('');
  });
  const extra = derived + kept.automaticStylesXml() + externalTableStyleXml(workbook.externalLinks);
  const styles = extra === '' ? xml : xml.replace(/<\/office:automatic-styles>$/, `${extra}</office:automatic-styles>`);
  return { styles, common, body, settings: settingsXml(sheets), layouts: page.layouts, masters: page.masters };
}

/** Writes a workbook as an ODS package (content.xml, styles.xml, meta.xml, manifest). */
export function writeOds(workbook: Workbook): Uint8Array {
  const parts = contentParts(workbook);
  const content: string[] = [XML_DECL, `<office:document-content${BODY_NS}${CHART_FRAME_NS} office:version="1.3">`, parts.styles, ...parts.body];
  content.push('</office:document-content>');
  const masters = parts.masters ? `<office:automatic-styles>${parts.layouts}</office:automatic-styles><office:master-styles>${parts.masters}</office:master-styles>` : '';
  const styles = `${XML_DECL}<office:document-styles${BODY_NS} office:version="1.3"><office:styles>${parts.common}</office:styles>${masters}</office:document-styles>`;
  const meta = `${XML_DECL}<office:document-meta${BODY_NS} office:version="1.3">${metaXml(workbook.meta)}</office:document-meta>`;
  const files = [
    { name: 'content.xml', data: content.join('') },
    { name: 'styles.xml', data: styles },
    { name: 'meta.xml', data: meta },
  ];
  if (parts.settings) files.push({ name: 'settings.xml', data: `${XML_DECL}<office:document-settings${BODY_NS}${CONFIG_NS} office:version="1.3">${parts.settings}</office:document-settings>` });
  // Chart sub-documents (ODF 1.3 Part 2, 3.5 embedded objects), named as the frames name them.
  const folders: { path: string; mediaType: string }[] = [];
  let object = 0;
  for (const sheet of sheetsOf(workbook)) {
    for (const chart of sheet.charts ?? []) {
      const name = `Object ${String(++object)}`;
      folders.push({ path: `${name}/`, mediaType: CHART_MEDIA_TYPE });
      files.push({ name: `${name}/content.xml`, data: chartObjectContentXml(sheet, chart) });
    }
  }
  // Pictures (Part 2, 3.6: any file of the package, listed in the manifest with its media type).
  const pictures: { name: string; data: Uint8Array; mediaType: string }[] = [];
  let picture = 0;
  for (const sheet of sheetsOf(workbook)) {
    for (const image of sheet.images ?? []) {
      const data = decodeBase64(image.base64);
      const name = imagePath(image, picture++);
      if (data) pictures.push({ name, data, mediaType: image.mediaType });
    }
  }
  return writeOdfPackage(ODF_MIME.ods, [...files, ...pictures], folders);
}

/** Writes a workbook as a flat ODF spreadsheet (`.fods`), one XML document. */
export function writeFods(workbook: Workbook): Uint8Array {
  const parts = contentParts(workbook, true);
  const out: string[] = [
    XML_DECL,
    `<office:document${BODY_NS}${CONFIG_NS}${CHART_FRAME_NS} office:version="1.3" office:mimetype="${ODF_MIME.ods}">`,
    metaXml(workbook.meta),
    parts.settings,
    `<office:styles>${parts.common}</office:styles>`,
    parts.styles.replace('</office:automatic-styles>', `${parts.layouts}</office:automatic-styles>`),
    parts.masters ? `<office:master-styles>${parts.masters}</office:master-styles>` : '',
    ...parts.body,
  ];
  out.push('</office:document>');
  return new TextEncoder().encode(out.join(''));
}
