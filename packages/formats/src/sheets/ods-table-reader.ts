/**
 * One `table:table` of a streamed ODS part (ODF 1.3 Part 3: 9.1.2 tables, 9.1.3 rows with
 * `table:number-rows-repeated`, 9.1.4/9.1.5 cells and covered cells with
 * `table:number-columns-repeated`, 9.1.6 columns, 19.681/19.682 spans as merges, 9.1.7-9.1.9
 * header rows and columns) into a model sheet: cell values from their value types, formulas,
 * styles, merges, column and row runs, notes, validation ranges, conditional format ranges and the
 * page setup. Repeats are never expanded for empty cells or rows: an empty run only advances the
 * position, so trailing empty runs cost nothing; repeated content is counted against maxCells
 * before it is materialised. Styled empty cells are kept only in short runs: whole formatted rows
 * or columns would cost a cell each.
 */
import { runAt } from '@ostal/model';
import type { Cell, CellComment, CellRange, CellValue, ColumnRun, RowRun, Sheet } from '@ostal/model';
import type { SaxesTagNS } from 'saxes';
import type { ReadContext } from '../codec.js';
import { NS } from '../xml/namespaces.js';
import { errorCodeOf, localizedErrorCodeOf, odfErrorCodeOf } from './cell-value-text.js';
import { fromOpenFormula } from './openformula.js';
import type { ExternalTargets } from './openformula.js';
import { MAX_COLS, MAX_ROWS, SheetGrid, mergeExtent } from './sheet-grid.js';
import type { CellBudget } from './sheet-grid.js';
import { odfAttr } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';
import { pageSetupOfOdf } from './ods-page-setup.js';
import type { OdsStyles } from './ods-styles-reader.js';
import { defaultDateFormat, durationDays, hasTimeOfDay, isoDateSerial } from './sheet-date-serial.js';
import type { OdsFrame } from './ods-charts.js';
import { RangeCollector, conditionalFormatsOfCalcext } from './ods-conditional-formats.js';
import type { ConditionalContext } from './ods-conditional-formats.js';
import { parseRange, pushRowRun } from './xlsx-sheet-reader.js';
import { durationText, repeatOf, tagAttr } from './ods-cell-content.js';
import type { CellAttrs } from './ods-cell-content.js';

/** A formula that is only an error literal (OpenFormula 5.12). */
const ERROR_LITERAL = /^=\s*(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A)\s*$/i;

/** Longest run of styled empty cells kept as cells (longer runs format whole rows or columns). */
const MAX_STYLED_EMPTY_RUN = 64;

/** `$Sheet1.$A$1:.$B$2` (ODF 1.3 Part 3, 9.2.5 cell range address) in Excel syntax, or null. */
export function excelRangeOfOdf(address: string): string | null {
  const t = fromOpenFormula(`of:=[${address.trim()}]`);
  return t.issues.length === 0 && t.formula.startsWith('=') ? t.formula.slice(1) : null;
}

interface RowCell {
  readonly col: number;
  readonly cell: Cell;
  readonly repeat: number;
  /** The cell has a style and no content. */
  readonly styleOnly: boolean;
}

/** What the table reader needs from the part being read. */
export interface OdsTableContext {
  readonly ctx: ReadContext;
  readonly budget: CellBudget;
  readonly styles: OdsStyles;
  readonly part: string;
  /** The document counts day numbers from 1904-01-01 (read before the tables). */
  date1904(): boolean;
  /** Numbers the other workbooks formulas refer to. */
  readonly externals?: ExternalTargets;
}

/** A table read: its sheet, and what the package reader resolves once the whole document is read. */
export interface OdsTableResult {
  readonly sheet: Sheet;
  /** Cells naming each content validation. */
  readonly validations: Map<string, CellRange[]>;
  /** `draw:frame`s holding objects (charts) or pictures. */
  readonly frames: OdsFrame[];
  /** Drawings met inside cells or tables and skipped. */
  readonly drawings: number;
}

/** The state of one table while it streams. */
export class OdsTableReader {
  readonly name: string;
  private readonly style: string | undefined;
  private readonly printRanges: string | undefined;
  private readonly grid: SheetGrid;
  /** Position of the current row and cell. */
  row = 0;
  col = 0;
  private rowRepeat = 1;
  private rowCells: RowCell[] = [];
  private readonly merges: CellRange[] = [];
  private readonly columns: ColumnRun[] = [];
  private readonly rowProps: RowRun[] = [];
  private readonly columnStyles: { first: number; last: number; style: number; name: string }[] = [];
  private colCursor = 0;
  // Conditional formats: cells whose style has maps, or LibreOffice's calcext element of the table.
  private readonly cfCells = new RangeCollector();
  calcextFormats: OdfNode | undefined;
  private cfRangesDropped = false;
  private headerRowsStart = -1;
  private headerColsStart = -1;
  private repeatRows: { first: number; last: number } | undefined;
  private repeatCols: { first: number; last: number } | undefined;
  private readonly notes: CellComment[] = [];
  private readonly validations = new Map<string, CellRange[]>();
  private tooManyRanges = false;
  /** Drawings skipped in the table. */
  drawings = 0;
  /** Frames captured in the table. */
  readonly frames: OdsFrame[] = [];

  constructor(
    tag: SaxesTagNS,
    /** Depth of the `table:table` element. */
    readonly depth: number,
    private readonly env: OdsTableContext,
  ) {
    this.name = tagAttr(tag, NS.table, 'name') ?? '';
    this.style = tagAttr(tag, NS.table, 'style-name');
    this.printRanges = tagAttr(tag, NS.table, 'print-ranges');
    this.grid = new SheetGrid(env.budget, env.part);
  }

  /** `table:table-column`: widths, visibility and default cell styles of a run of columns. */
  openColumn(tag: SaxesTagNS): void {
    const styles = this.env.styles;
    const repeat = repeatOf(tagAttr(tag, NS.table, 'number-columns-repeated'));
    const first = this.colCursor;
    this.colCursor += repeat;
    if (first >= MAX_COLS) return;
    const last = Math.min(this.colCursor, MAX_COLS) - 1;
    const width = styles.layout('table-column', tagAttr(tag, NS.table, 'style-name')).width;
    const hidden = tagAttr(tag, NS.table, 'visibility') === 'collapse' || tagAttr(tag, NS.table, 'visibility') === 'filter';
    const styleName = tagAttr(tag, NS.table, 'default-cell-style-name');
    const style = styles.cellStyleIndex(styleName);
    if (styleName !== undefined && (style !== 0 || styles.mapsOf(styleName).length > 0)) this.columnStyles.push({ first, last, style, name: styleName });
    if (width === undefined && !hidden) return;
    const prev = this.columns[this.columns.length - 1];
    if (prev && prev.last + 1 === first && prev.width === width && prev.hidden === (hidden || undefined)) this.columns[this.columns.length - 1] = { ...prev, last };
    else this.columns.push({ first, last, ...(width !== undefined ? { width } : {}), ...(hidden ? { hidden } : {}) });
  }

  /** `table:table-row` opened: its repeat, height and visibility. */
  openRow(tag: SaxesTagNS): void {
    this.rowRepeat = repeatOf(tagAttr(tag, NS.table, 'number-rows-repeated'));
    this.rowCells = [];
    this.col = 0;
    const height = this.env.styles.layout('table-row', tagAttr(tag, NS.table, 'style-name')).height;
    const vis = tagAttr(tag, NS.table, 'visibility');
    const hidden = vis === 'collapse' || vis === 'filter';
    if ((height !== undefined || hidden) && this.row < MAX_ROWS) {
      pushRowRun(this.rowProps, { first: this.row, last: Math.min(this.row + this.rowRepeat, MAX_ROWS) - 1, ...(height !== undefined ? { height } : {}), ...(hidden ? { hidden } : {}) });
    }
  }

  /** `table:table-row` closed: its cells go into the grid, once per repeat. */
  closeRow(): void {
    const { budget, part } = this.env;
    const grid = this.grid;
    if (this.rowCells.length > 0) {
      if (this.row >= MAX_ROWS) this.env.ctx.diagnostics.warn('cell-out-of-range', `Rows beyond row ${String(MAX_ROWS)} were dropped.`, part);
      else {
        const n = Math.min(this.rowRepeat, MAX_ROWS - this.row);
        const last = this.rowCells[this.rowCells.length - 1]!;
        // Check the whole repeated block before materialising any of it.
        budget.check(n * (last.col + last.repeat), part);
        for (let r = this.row; r < this.row + n; r++) {
          for (const rc of this.rowCells) {
            for (let c = rc.col; c < rc.col + rc.repeat; c++) {
              if (rc.styleOnly) grid.setStyleOnly(r, c, rc.cell);
              else grid.set(r, c, rc.cell);
            }
          }
        }
      }
    }
    this.row += this.rowRepeat;
  }

  openHeaderRows(): void {
    this.headerRowsStart = this.row;
  }

  closeHeaderRows(): void {
    if (this.headerRowsStart >= 0 && this.row > this.headerRowsStart && this.row <= MAX_ROWS) this.repeatRows = { first: this.headerRowsStart, last: this.row - 1 };
    this.headerRowsStart = -1;
  }

  openHeaderColumns(): void {
    this.headerColsStart = this.colCursor;
  }

  closeHeaderColumns(): void {
    if (this.headerColsStart >= 0 && this.colCursor > this.headerColsStart && this.colCursor <= MAX_COLS) this.repeatCols = { first: this.headerColsStart, last: this.colCursor - 1 };
    this.headerColsStart = -1;
  }

  /** A cell (or covered cell) closed, with the text of its paragraphs and its note. */
  closeCell(a: CellAttrs, text: string, note: CellComment | null): void {
    const { styles, part } = this.env;
    const diag = this.env.ctx.diagnostics;
    const { row, col, rowRepeat } = this;
    const repeat = repeatOf(a.repeat);
    const type = a.type;
    const formulaAttr = a.formula;
    let value: CellValue = null;
    // A date or time becomes a day number; a style without a number format gets one to show it.
    let dateKind: 'date' | 'datetime' | 'time' | null = null;
    switch (type ?? '') {
      case 'float':
      case 'percentage':
      case 'currency': {
        const n = Number(a.value);
        value = Number.isFinite(n) ? n : text === '' ? null : text;
        break;
      }
      case 'date': {
        const serial = a.date !== undefined ? isoDateSerial(a.date, this.env.date1904()) : null;
        if (serial !== null) {
          value = serial;
          dateKind = hasTimeOfDay(a.date!) ? 'datetime' : 'date';
        } else value = a.date ?? (text || null);
        break;
      }
      case 'time': {
        const days = a.time !== undefined ? durationDays(a.time) : null;
        if (days !== null) {
          value = days;
          dateKind = 'time';
        } else value = a.time !== undefined ? durationText(a.time) : text || null;
        break;
      }
      case 'boolean': {
        value = a.boolean === 'true' || a.boolean === '1';
        break;
      }
      case 'string':
        value = a.string ?? text;
        break;
      default: {
        // No value type: an error result (LibreOffice marks it with calcext; a formula's may show
        // in another language, `#NV`, or numbered, `Err:502`), or plain text. A formula's other
        // results are only those its `office:string-value` or `office:boolean-value` states: its
        // text alone is no result (LibreOffice computes such a formula again, `of:=(2)` showing
        // "2" is the number 2, not text).
        if (formulaAttr !== undefined) {
          const code = odfErrorCodeOf(text);
          value = code ? { error: code } : a.string !== undefined ? a.string : a.boolean !== undefined ? a.boolean === 'true' || a.boolean === '1' : null;
        } else if (text !== '') value = errorCodeOf(text) ? { error: errorCodeOf(text)! } : text;
      }
    }
    if (a.calcextType === 'error') value = { error: odfErrorCodeOf(text) ?? '#ERROR!' };
    // Microsoft Office writes an error result as the number 0 showing the error's code, in the user's language (`#NV`).
    else if (typeof value === 'number' && formulaAttr !== undefined && text.startsWith('#')) {
      const code = localizedErrorCodeOf(text);
      if (code) value = { error: code };
    }
    let formula: string | undefined;
    if (formulaAttr !== undefined && formulaAttr.trim() !== '') {
      const t = fromOpenFormula(formulaAttr, this.env.externals);
      formula = t.formula;
      for (const issue of t.issues) diag.warn('formula-translation', `A formula was kept partly untranslated: ${issue}.`, part);
      // `of:=#N/A` is how an error typed in a cell is written (LibreOffice, Ostal): the error itself.
      const literal = ERROR_LITERAL.exec(formula);
      if (literal) {
        value = { error: errorCodeOf(literal[1]!)! };
        formula = undefined;
      }
    }
    const styleName = a.styleName ?? runAt(this.columnStyles, col)?.name;
    let style = a.styleName !== undefined ? styles.cellStyleIndex(a.styleName) : (runAt(this.columnStyles, col)?.style ?? 0);
    if (dateKind !== null && typeof value === 'number') {
      const own = styles.table.get(style);
      if (own.numberFormat === undefined || own.numberFormat === 'General') style = styles.table.intern({ ...own, numberFormat: defaultDateFormat(dateKind, value) });
    }
    const maps = styleName !== undefined ? styles.mapsOf(styleName) : [];
    if (maps.length > 0 && col < MAX_COLS && row < MAX_ROWS) {
      const added = this.cfCells.add(maps, { top: row, left: col, bottom: Math.min(row + rowRepeat, MAX_ROWS) - 1, right: Math.min(col + repeat, MAX_COLS) - 1 });
      if (!added && !this.cfRangesDropped) {
        this.cfRangesDropped = true;
        diag.warn('conditional-format-ranges-dropped', 'A conditional format covers too many separate ranges; some cells lose it.', part);
      }
    }
    const keepStyled = style !== 0 && repeat * rowRepeat <= MAX_STYLED_EMPTY_RUN;
    if (value !== null || formula !== undefined || keepStyled) {
      const plain: Cell = style !== 0 ? (formula !== undefined ? { value, formula, style } : { value, style }) : formula !== undefined ? { value, formula } : { value };
      const matrix = formula !== undefined && (a.matrixCols !== undefined || a.matrixRows !== undefined) ? { rows: Math.min(repeatOf(a.matrixRows), MAX_ROWS - row), cols: Math.min(repeatOf(a.matrixCols), MAX_COLS - col) } : undefined;
      const cell: Cell = matrix ? { ...plain, matrix } : plain;
      if (col < MAX_COLS) this.rowCells.push({ col, cell, repeat: Math.min(repeat, MAX_COLS - col), styleOnly: value === null && formula === undefined });
      else diag.warn('cell-out-of-range', `A cell beyond column ${String(MAX_COLS)} was dropped.`, part);
    }
    if (note && col < MAX_COLS && row < MAX_ROWS) this.notes.push({ ...note, row, col });
    if (a.validation && col < MAX_COLS && row < MAX_ROWS) {
      this.addValidationCell(a.validation, { top: row, left: col, bottom: Math.min(row + rowRepeat, MAX_ROWS) - 1, right: Math.min(col + repeat, MAX_COLS) - 1 });
    }
    const cs = repeatOf(a.colSpan);
    const rs = repeatOf(a.rowSpan);
    if ((cs > 1 || rs > 1) && col < MAX_COLS && row < MAX_ROWS) {
      this.merges.push({ top: row, left: col, bottom: Math.min(row + rs, MAX_ROWS) - 1, right: Math.min(col + cs, MAX_COLS) - 1 });
    }
    this.col += repeat;
  }

  /** Cells naming a validation: rectangles grow down or right, bounded at 10,000 per validation. */
  private addValidationCell(name: string, range: CellRange): void {
    const list0 = this.validations.get(name);
    const list = list0 ?? [];
    if (!list0) this.validations.set(name, list);
    const last = list[list.length - 1];
    if (last && last.top === range.top && last.bottom === range.bottom && last.right + 1 === range.left) list[list.length - 1] = { ...last, right: range.right };
    else if (last && last.left === range.left && last.right === range.right && last.bottom + 1 === range.top) list[list.length - 1] = { ...last, bottom: range.bottom };
    else if (list.length < 10_000) list.push(range);
    else if (!this.tooManyRanges) {
      this.tooManyRanges = true;
      this.env.ctx.diagnostics.warn('validation-ranges-dropped', 'A content validation covers too many separate ranges; some cells lose it.', this.env.part);
    }
    const [p, q] = [list[list.length - 2], list[list.length - 1]!];
    if (p && p.left === q.left && p.right === q.right && p.bottom + 1 === q.top) list.splice(list.length - 2, 2, { ...p, bottom: q.bottom });
  }

  /** The table closed: the sheet (named `Sheet{index + 1}` when the table has no name). */
  finish(index: number): OdsTableResult {
    const { styles, part } = this.env;
    const diag = this.env.ctx.diagnostics;
    const layout = styles.layout('table', this.style);
    const master = layout.masterPage !== undefined ? styles.masterPages.get(layout.masterPage) : undefined;
    const layoutName = master ? odfAttr(master, NS.style, 'page-layout-name') : undefined;
    const printArea = (this.printRanges ?? '')
      .trim()
      .split(/\s+/)
      .filter((p) => p !== '')
      .map((p) => excelRangeOfOdf(p))
      .map((e) => (e ? parseRange(e.replace(/^.*!/, '')) : null));
    const page: Record<string, unknown> = {
      ...(master ? pageSetupOfOdf(master, layoutName !== undefined ? styles.pageLayouts.get(layoutName) : undefined) : {}),
      ...(printArea.length > 0 && printArea.every((r) => r !== null) ? { printArea } : {}),
      ...(this.repeatRows ? { repeatRows: this.repeatRows } : {}),
      ...(this.repeatCols ? { repeatCols: this.repeatCols } : {}),
    };
    const cfContext: ConditionalContext = {
      rangeOf: (address) => {
        const excel = excelRangeOfOdf(address);
        return excel ? parseRange(excel.replace(/^.*!/, '')) : null;
      },
      styleOf: (name) => styles.conditionStyle(name),
      dropped: (what) => diag.warn('conditional-format-dropped', `A conditional format rule of the sheet "${this.name}" is not kept (${what}).`, part),
    };
    // LibreOffice writes its calcext formats and, for other readers, maps on the cell styles: the former say more.
    const conditionalFormats = this.calcextFormats ? conditionalFormatsOfCalcext(this.calcextFormats, cfContext) : this.cfCells.formats(cfContext);
    const merges = this.merges;
    const sheet: Sheet = {
      ...this.grid.toSheet(this.name || `Sheet${String(index + 1)}`, mergeExtent(merges)),
      ...(merges.length > 0 ? { merges } : {}),
      ...(this.columns.length > 0 ? { columns: this.columns } : {}),
      ...(this.rowProps.length > 0 ? { rowProps: this.rowProps } : {}),
      ...(layout.hidden ? { visibility: 'hidden' as const } : {}),
      ...(layout.tabColor ? { tabColor: layout.tabColor } : {}),
      ...(this.notes.length > 0 ? { comments: this.notes } : {}),
      ...(conditionalFormats.length > 0 ? { conditionalFormats } : {}),
      ...(Object.keys(page).length > 0 ? { pageSetup: page } : {}),
    };
    return { sheet, validations: this.validations, frames: this.frames, drawings: this.drawings };
  }
}
