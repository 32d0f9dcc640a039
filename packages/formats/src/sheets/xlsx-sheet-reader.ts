/**
 * SpreadsheetML worksheet reading (ECMA-376 Part 1, 18.3.1.99 `worksheet`, 18.3.1.73 `sheetData`,
 * 18.3.1.73 `row`, 18.3.1.4 `c` with `t` per 18.18.11 ST_CellType, 18.3.1.96 `v`, 18.3.1.40 `f`
 * incl. shared and array formulas, 18.3.1.53 `is` inline strings). Streamed with saxes: worksheet
 * parts reach tens of megabytes. `dimension` is not trusted: only cells present are stored.
 * Structure: 18.3.1.4 `c@s` (style), 18.3.1.13 `col` widths (characters of the 7 px maximum
 * digit width of Calibri 11, converted to points), 18.3.1.73 `row@ht`/`hidden`, 18.3.1.55
 * `mergeCell`, 18.3.1.66 `pane` (frozen), 18.3.1.93 `tabColor`. Merges are collected as they come
 * (linear in their number); row and column runs are coalesced, so repeated rows cost one run.
 */
import type { Cell, CellRange, CellValue, ColumnRun, FrozenPanes, RowRun } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { NS } from '../xml/namespaces.js';
import { streamXml } from '../xml/xml-parser.js';
import { shiftA1Tokens, tokenizeA1 } from './a1-formula.js';
import type { FormulaToken } from './a1-formula.js';
import { cellErrorOf, errorCodeOf } from './cell-value-text.js';
import { modelFunctionName } from './openformula-names.js';
import { MAX_COLS, MAX_ROWS, SheetGrid } from './sheet-grid.js';
import type { CellBudget } from './sheet-grid.js';
import { decodeXstring } from './sml-shared-strings.js';
import { smlColorOf } from './sml-colors.js';
import type { XlsxStyles } from './xlsx-styles-reader.js';
import { OdfNodeBuilder } from './odf-style-node.js';
import { defaultDateFormat, hasTimeOfDay, isoDateSerial } from './sheet-date-serial.js';
import type { OdfNode } from './odf-style-node.js';

/** Worksheet children kept whole for xlsx-sheet-features.ts (small, after `sheetData`). */
const FEATURE_ELEMENTS = new Set(['dataValidations', 'autoFilter', 'conditionalFormatting', 'pageMargins', 'pageSetup', 'printOptions', 'headerFooter', 'legacyDrawing', 'drawing', 'pageSetUpPr']);

/** What a worksheet part says beside its cells. */
export interface WorksheetProps {
  readonly merges: CellRange[];
  readonly columns: ColumnRun[];
  readonly rowProps: RowRun[];
  frozen?: FrozenPanes;
  tabColor?: string;
  /** Feature elements (validations, filters, page setup...) as small trees, in document order. */
  readonly features: OdfNode[];
}

/** Excel column width (characters, 18.3.1.13) to points: 7 px maximum digit width, 96 dpi. */
export function excelWidthToPoints(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
  return px * 0.75;
}

/** Points to an Excel column width in characters (inverse of {@link excelWidthToPoints}). */
export function pointsToExcelWidth(points: number): number {
  const px = Math.round(points / 0.75);
  return Math.trunc((px / 7) * 256) / 256;
}

/** Parses `A1:B2` (or `A1`) into a range, without allocating on the way; null when malformed. */
export function parseRange(ref: string): CellRange | null {
  const colon = ref.indexOf(':');
  const p = parseRefAt(ref, 0, colon < 0 ? ref.length : colon);
  const q = colon < 0 ? p : parseRefAt(ref, colon + 1, ref.length);
  if (p < 0 || q < 0) return null;
  const [r0, c0, r1, c1] = [Math.floor(p / MAX_COLS), p % MAX_COLS, Math.floor(q / MAX_COLS), q % MAX_COLS];
  return { top: Math.min(r0, r1), left: Math.min(c0, c1), bottom: Math.max(r0, r1), right: Math.max(c0, c1) };
}

/** `$AB$12` between `start` and `end` as row * MAX_COLS + col, or -1. */
function parseRefAt(s: string, start: number, end: number): number {
  let i = start;
  if (s.charCodeAt(i) === 36) i++;
  let col = 0;
  const colStart = i;
  for (; i < end; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3 || col > MAX_COLS) return -1;
  if (s.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  if (i === rowStart || row < 1 || row > MAX_ROWS) return -1;
  return (row - 1) * MAX_COLS + (col - 1);
}

/**
 * The row runs of a sheet whose `sheetFormatPr` says `customHeight` (ECMA-376 Part 1, 18.3.1.81):
 * every row without a height of its own, listed or not, is `height` high. Gaps between the runs
 * become runs of that height, up to the last row; runs without a height take it.
 */
export function withDefaultRowHeight(runs: readonly RowRun[], height: number, rows: number): RowRun[] {
  const out: RowRun[] = [];
  let next = 0;
  for (const run of runs) {
    if (run.first > next) pushRowRun(out, { first: next, last: run.first - 1, height });
    pushRowRun(out, run.height === undefined ? { ...run, height } : run);
    next = Math.max(next, run.last + 1);
  }
  if (next < rows) pushRowRun(out, { first: next, last: rows - 1, height });
  return out;
}

/** Appends a row run, extending the previous one when it is adjacent with equal properties. */
export function pushRowRun(runs: RowRun[], run: RowRun): void {
  const last = runs[runs.length - 1];
  if (last && last.last + 1 === run.first && last.height === run.height && last.hidden === run.hidden) {
    runs[runs.length - 1] = { ...last, last: run.last };
  } else runs.push(run);
}

const enum Capture {
  None,
  Value,
  Formula,
  Inline,
}

interface SharedMaster {
  readonly row: number;
  readonly col: number;
  readonly tokens: readonly FormulaToken[];
}

/** Parses `AB12` quickly to zero-based [row, col]; null when malformed. */
function parseRef(r: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < r.length; i++) {
    const c = r.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i > 3 || i === r.length) return null;
  let row = 0;
  for (; i < r.length; i++) {
    const d = r.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return row > 0 ? [row - 1, col - 1] : null;
}

/**
 * Drops the `_xlfn.`/`_xlws.` future-function prefixes and the `_xlpm.` of LET and LAMBDA names
 * that the file format adds (model keeps plain names), and the `[0]!` before a defined name:
 * external link 0 is the workbook itself (`SUM([0]!Sales)` is `SUM(Sales)`, which ODF and every
 * other reader understand). Used for cell formulas and defined names alike.
 */
export function cleanFormula(text: string): string {
  if (!/_xl(?:fn|ws|pm)\.|\[0\]!/i.test(text)) return text;
  const tokens = tokenizeA1(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const [bang, name] = [tokens[i + 1], tokens[i + 2]];
    if (t.kind === 'other' && t.text === '[0]' && bang?.text === '!' && name?.kind === 'name') {
      i += 1;
      continue;
    }
    out.push(t.kind === 'func' || t.kind === 'name' ? modelFunctionName(t.text) : t.text);
  }
  return out.join('');
}

/** The area an array formula at `row`, `col` fills (its `ref`, 18.3.1.40), as rows x columns. */
function arrayArea(ref: string | undefined, row: number, col: number): { rows: number; cols: number } {
  const [first, last] = (ref ?? '').split(':');
  const start = first ? parseRef(first.replace(/\$/g, '')) : null;
  const end = last ? parseRef(last.replace(/\$/g, '')) : start;
  if (!start || !end || start[0] !== row || start[1] !== col || end[0] < row || end[1] < col) return { rows: 1, cols: 1 };
  return { rows: end[0] - row + 1, cols: end[1] - col + 1 };
}

/**
 * Streams one worksheet part into a grid and the sheet's structure.
 * @param sharedStrings the workbook's shared string table, by index.
 * @param styles the workbook's cell formats (cells keep no style without it).
 * @param theme theme colours, for the tab colour.
 * @param date1904 day numbers count from 1904-01-01 (ISO date cells are converted with it).
 * @throws FormatError `limit-exceeded` (maxCells via `budget`), `malformed-xml`, `forbidden-dtd`.
 */
export function readWorksheet(
  xml: string,
  part: string,
  sharedStrings: readonly string[],
  budget: CellBudget,
  ctx: ReadContext,
  styles?: XlsxStyles,
  theme: readonly string[] = [],
  date1904 = false,
): { grid: SheetGrid; props: WorksheetProps } {
  const grid = new SheetGrid(budget, part);
  const props: WorksheetProps = { merges: [], columns: [], rowProps: [], features: [] };
  let feature: OdfNodeBuilder | null = null;
  let featureDepth = 0;
  let styleIndex = 0;
  let sheetViews = 0;
  let inSheetPr = false;
  /** Height of the rows without one of their own (`sheetFormatPr` with `customHeight`). */
  let defaultHeight: number | undefined;
  const masters = new Map<string, SharedMaster>();
  const diag = ctx.diagnostics;
  let inData = false;
  let row = -1;
  let col = -1;
  let inCell = false;
  let type = 'n';
  let capture = Capture.None;
  let valueText: string | null = null;
  let inlineText: string | null = null;
  let formulaText: string | null = null;
  let formulaType = '';
  let formulaSi: string | undefined;
  let formulaRef: string | undefined;
  let phonetic = 0;
  let skipCell = false;

  const finishCell = (): void => {
    if (skipCell) return;
    let value: CellValue = null;
    const v = valueText;
    switch (type) {
      case 's': {
        if (v !== null && v.trim() !== '') {
          const s = sharedStrings[Number(v)];
          if (s === undefined) diag.warn('bad-shared-string', `Cell ${String(row + 1)}:${String(col + 1)} points to shared string ${v}, which does not exist.`, part);
          value = s ?? null;
        }
        break;
      }
      case 'str':
        value = v !== null ? decodeXstring(v) : null;
        break;
      case 'inlineStr':
        value = inlineText !== null ? decodeXstring(inlineText) : v !== null ? decodeXstring(v) : null;
        break;
      case 'b':
        value = v === null ? null : v.trim() === '1' || v.trim().toLowerCase() === 'true';
        break;
      case 'e':
        if (v !== null) {
          if (!errorCodeOf(v)) diag.add('info', 'unknown-error-code', `The error value ${v} is read as #ERROR!.`, part);
          value = cellErrorOf(v);
        }
        break;
      case 'd': {
        // ISO 8601 date cells (18.17.4.1) become day numbers, as Excel stores them once saved, and
        // show through the cell's date format (or one that fits, when the style has none); a
        // time zone is ignored (Excel shows the wall time). Text that is no date stays text.
        const iso = v !== null ? v.trim() : '';
        const serial = iso !== '' ? isoDateSerial(iso, date1904) : null;
        if (serial !== null) {
          value = serial;
          const own = styles?.table.get(styleIndex) ?? {};
          if (styles && (own.numberFormat === undefined || own.numberFormat === 'General')) {
            styleIndex = styles.table.intern({ ...own, numberFormat: defaultDateFormat(hasTimeOfDay(iso) ? (serial < 1 && serial >= 0 ? 'time' : 'datetime') : 'date', serial) });
          }
        } else value = iso !== '' ? iso : null;
        break;
      }
      default: {
        if (v !== null && v.trim() !== '') {
          const n = Number(v);
          if (Number.isFinite(n)) value = n;
          else {
            diag.warn('bad-number', `The value "${v}" of a numeric cell is not a number; it is kept as text.`, part);
            value = v;
          }
        }
      }
    }
    let formula: string | undefined;
    if (formulaText !== null && formulaType !== 'dataTable') {
      const text = formulaText.trim();
      if (text !== '') {
        formula = '=' + cleanFormula(text);
        if (formulaType === 'shared' && formulaSi !== undefined) masters.set(formulaSi, { row, col, tokens: tokenizeA1(cleanFormula(text)) });
      } else if (formulaType === 'shared' && formulaSi !== undefined) {
        const m = masters.get(formulaSi);
        if (m) formula = '=' + shiftA1Tokens(m.tokens, row - m.row, col - m.col);
        else diag.warn('orphan-shared-formula', `A shared formula (si=${formulaSi}) has no master cell; only its value is kept.`, part);
      }
    } else if (formulaType === 'dataTable') {
      diag.add('info', 'data-table-formula', 'What-if data table formulas are kept as values only.', part);
    }
    if (value === null && formula === undefined) {
      if (styleIndex !== 0) grid.setStyleOnly(row, col, { value: null, style: styleIndex });
      return;
    }
    const cell: Cell =
      styleIndex !== 0 ? (formula !== undefined ? { value, formula, style: styleIndex } : { value, style: styleIndex }) : formula !== undefined ? { value, formula } : { value };
    const matrix = formula !== undefined && formulaType === 'array' ? arrayArea(formulaRef, row, col) : undefined;
    grid.set(row, col, matrix ? { ...cell, matrix } : cell);
  };

  streamXml(
    xml,
    {
      open(tag, depth) {
        if (feature) {
          feature.open(tag);
          return;
        }
        if (tag.uri !== NS.s && tag.uri !== NS.strictS) return;
        if (!inData && FEATURE_ELEMENTS.has(tag.local)) {
          feature = new OdfNodeBuilder();
          featureDepth = depth;
          feature.open(tag);
          return;
        }
        const a = tag.attributes;
        switch (tag.local) {
          case 'sheetData':
            inData = true;
            return;
          case 'row': {
            if (!inData) return;
            const r = a.r?.value;
            const n = r !== undefined ? Number(r) : NaN;
            row = Number.isInteger(n) && n >= 1 ? n - 1 : row + 1;
            col = -1;
            const ht = a.ht?.value;
            const hidden = a.hidden?.value === '1' || a.hidden?.value === 'true';
            const height = ht !== undefined && (a.customHeight?.value === '1' || a.customHeight?.value === 'true') ? Number(ht) : NaN;
            if ((hidden || Number.isFinite(height)) && row < MAX_ROWS) {
              pushRowRun(props.rowProps, { first: row, last: row, ...(Number.isFinite(height) && height >= 0 ? { height } : {}), ...(hidden ? { hidden } : {}) });
            }
            return;
          }
          case 'c': {
            if (!inData) return;
            inCell = true;
            const r = a.r?.value;
            const pos = r !== undefined ? parseRef(r) : null;
            if (pos) [row, col] = [pos[0], pos[1]];
            else {
              if (r !== undefined) diag.warn('bad-cell-reference', `The cell reference "${r}" is malformed; the cell is placed after the previous one.`, part);
              if (row < 0) row = 0;
              col += 1;
            }
            skipCell = row >= MAX_ROWS || col >= MAX_COLS;
            if (skipCell) diag.warn('cell-out-of-range', `A cell beyond row ${String(MAX_ROWS)} or column ${String(MAX_COLS)} was dropped.`, part);
            type = a.t?.value ?? 'n';
            styleIndex = styles ? styles.styleOf(a.s?.value) : 0;
            valueText = null;
            inlineText = null;
            formulaText = null;
            formulaType = '';
            formulaSi = undefined;
            formulaRef = undefined;
            return;
          }
          case 'v':
            if (inCell) {
              capture = Capture.Value;
              valueText = '';
            }
            return;
          case 'f':
            if (inCell) {
              capture = Capture.Formula;
              formulaText = '';
              formulaType = a.t?.value ?? 'normal';
              formulaSi = a.si?.value;
              formulaRef = a.ref?.value;
            }
            return;
          case 'is':
            if (inCell) inlineText = '';
            return;
          case 'rPh':
            phonetic += 1;
            return;
          case 't':
            if (inCell && inlineText !== null && phonetic === 0) capture = Capture.Inline;
            return;
          case 'mergeCell': {
            const range = parseRange(a.ref?.value ?? '');
            if (range && (range.bottom > range.top || range.right > range.left)) props.merges.push(range);
            return;
          }
          case 'sheetFormatPr': {
            const height = Number(a.defaultRowHeight?.value);
            if ((a.customHeight?.value === '1' || a.customHeight?.value === 'true') && Number.isFinite(height) && height >= 0) defaultHeight = height;
            return;
          }
          case 'col': {
            const min = Number(a.min?.value);
            const max = Number(a.max?.value);
            if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) return;
            const width = Number(a.width?.value);
            const hidden = a.hidden?.value === '1' || a.hidden?.value === 'true';
            const style = styles ? styles.styleOf(a.style?.value) : 0;
            if (!hidden && !Number.isFinite(width) && style === 0) return;
            props.columns.push({
              first: min - 1,
              last: Math.min(max, MAX_COLS) - 1,
              ...(Number.isFinite(width) && width >= 0 ? { width: excelWidthToPoints(width) } : {}),
              ...(hidden ? { hidden } : {}),
              ...(style !== 0 ? { style } : {}),
            });
            return;
          }
          case 'sheetView':
            sheetViews += 1;
            return;
          case 'pane': {
            const state = a.state?.value;
            if (sheetViews !== 1 || (state !== 'frozen' && state !== 'frozenSplit')) return;
            const cols = Math.trunc(Number(a.xSplit?.value ?? 0));
            const rows = Math.trunc(Number(a.ySplit?.value ?? 0));
            if (cols >= 0 && rows >= 0 && cols < MAX_COLS && rows < MAX_ROWS && cols + rows > 0) props.frozen = { rows, cols };
            return;
          }
          case 'sheetPr':
            inSheetPr = true;
            return;
          case 'tabColor':
            if (inSheetPr) {
              const color = smlColorOf((name) => a[name]?.value, theme);
              if (color) props.tabColor = color;
            }
            return;
          default:
        }
      },
      close(tag, depth) {
        if (feature) {
          feature.close();
          if (depth === featureDepth) {
            const node = feature.root.children[0];
            if (node) props.features.push(node);
            feature = null;
          }
          return;
        }
        if (tag.uri !== NS.s && tag.uri !== NS.strictS) return;
        switch (tag.local) {
          case 'sheetData':
            inData = false;
            return;
          case 'c':
            if (inCell) finishCell();
            inCell = false;
            return;
          case 'rPh':
            phonetic -= 1;
            return;
          case 'sheetPr':
            inSheetPr = false;
            return;
          case 'v':
          case 'f':
          case 't':
            capture = Capture.None;
            return;
          default:
        }
      },
      text(t) {
        if (feature) {
          feature.text(t);
          return;
        }
        switch (capture) {
          case Capture.Value:
            valueText += t;
            return;
          case Capture.Formula:
            formulaText += t;
            return;
          case Capture.Inline:
            inlineText += t;
            return;
          case Capture.None:
        }
      },
    },
    { part, maxDepth: ctx.limits.maxXmlDepth },
  );
  if (defaultHeight !== undefined) props.rowProps.splice(0, props.rowProps.length, ...withDefaultRowHeight(props.rowProps, defaultHeight, MAX_ROWS));
  return { grid, props };
}
