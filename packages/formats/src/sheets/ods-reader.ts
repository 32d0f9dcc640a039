/**
 * ODS and flat FODS reading (ODF 1.3 Part 2, 3 for the package; Part 3, 2.2.1 `office:document`
 * for the flat form, and Part 3: 9.1.2 `table:table`, 9.1.3 `table:table-row`
 * with `table:number-rows-repeated`, 9.1.4 `table:table-cell` and 9.1.5 `table:covered-table-cell`
 * with `table:number-columns-repeated`, 19.385-19.389 `office:value-type` and value attributes,
 * 6.1.2-6.1.4 white space, `text:s`, `text:tab`, `text:line-break`; 3.1.3 `office:meta`).
 * This file is the streamed reader of one part; ods-package-reader.ts reads the package.
 * Streamed with saxes. Repeats are never expanded for empty cells or rows: an empty run only
 * advances the position, so trailing empty runs cost nothing; repeated content is counted against
 * maxCells before it is materialised.
 * Structure and styles: 16.2 styles (office:styles from styles.xml, office:automatic-styles) via
 * ods-styles-reader.ts; 19.681/19.682 `table:number-columns-spanned`/`rows-spanned` (merges);
 * 9.1.6 `table:table-column` widths, visibility, default cell style; 9.1.3 row styles and
 * visibility; 9.4.11-9.4.13 `table:named-expressions`; frozen panes from the settings
 * (3.10 `office:settings`, the LibreOffice `Tables` config items). Styled empty cells are kept
 * only in short runs: whole formatted rows or columns would cost a cell each.
 */
import { runAt } from '@ostal/model';
import type { Cell, CellComment, CellRange, CellValue, ColumnRun, DefinedName, DocumentMeta, FrozenPanes, RowRun, Sheet } from '@ostal/model';
import type { SaxesTagNS } from 'saxes';
import type { ReadContext } from '../codec.js';
import { NS } from '../xml/namespaces.js';
import { streamXml } from '../xml/xml-parser.js';
import { cellErrorOf, errorCodeOf } from './cell-value-text.js';
import { fromOpenFormula } from './openformula.js';
import { MAX_COLS, MAX_ROWS, SheetGrid, mergeExtent } from './sheet-grid.js';
import type { CellBudget } from './sheet-grid.js';
import { OdfNodeBuilder, odfAttr } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';
import { pageSetupOfOdf } from './ods-page-setup.js';

function attrOf2(node: OdfNode, local: string): string | undefined {
  return odfAttr(node, NS.table, local);
}
import { OdsStyles } from './ods-styles-reader.js';
import { defaultDateFormat, durationDays, hasTimeOfDay, isoDateSerial } from './sheet-date-serial.js';
import type { OdsFrame } from './ods-charts.js';
import { CALCEXT, RangeCollector, conditionalFormatsOfCalcext } from './ods-conditional-formats.js';
import type { ConditionalContext } from './ods-conditional-formats.js';

/** Frames captured per table at most (each is small; pictures and shapes are not kept anyway). */
const MAX_FRAMES = 500;
import { parseRange, pushRowRun } from './xlsx-sheet-reader.js';

const CONFIG = 'urn:oasis:names:tc:opendocument:xmlns:config:1.0';
/** Longest run of styled empty cells kept as cells (longer runs format whole rows or columns). */
const MAX_STYLED_EMPTY_RUN = 64;

/** `$Sheet1.$A$1:.$B$2` (ODF 1.3 Part 3, 9.2.5 cell range address) in Excel syntax, or null. */
export function excelRangeOfOdf(address: string): string | null {
  const t = fromOpenFormula(`of:=[${address.trim()}]`);
  return t.issues.length === 0 && t.formula.startsWith('=') ? t.formula.slice(1) : null;
}

/** Longest run one `text:s` may expand to; a hostile `text:c="1e9"` must not allocate a gigabyte. */
const MAX_SPACES = 1024;

const META_FIELDS: Readonly<Record<string, keyof DocumentMeta>> = {
  [`${NS.dc} title`]: 'title',
  [`${NS.dc} creator`]: 'creator',
  [`${NS.meta} initial-creator`]: 'creator',
  [`${NS.meta} creation-date`]: 'created',
  [`${NS.dc} date`]: 'modified',
  [`${NS.dc} language`]: 'language',
};

interface RowCell {
  readonly col: number;
  readonly cell: Cell;
  readonly repeat: number;
  /** The cell has a style and no content. */
  readonly styleOnly: boolean;
}

function attrOf(tag: SaxesTagNS, ns: string, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    if (a.local === local && a.uri === ns) return a.value;
  }
  return undefined;
}

/** The cell attributes the reader uses, gathered in one pass (cells are the hot path). */
interface CellAttrs {
  repeat?: string;
  type?: string;
  value?: string;
  date?: string;
  time?: string;
  boolean?: string;
  string?: string;
  formula?: string;
  calcextType?: string;
  styleName?: string;
  colSpan?: string;
  rowSpan?: string;
  validation?: string;
}

function cellAttrs(tag: SaxesTagNS): CellAttrs {
  const out: CellAttrs = {};
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    if (a.uri === NS.office) {
      if (a.local === 'value-type') out.type = a.value;
      else if (a.local === 'value') out.value = a.value;
      else if (a.local === 'date-value') out.date = a.value;
      else if (a.local === 'time-value') out.time = a.value;
      else if (a.local === 'boolean-value') out.boolean = a.value;
      else if (a.local === 'string-value') out.string = a.value;
    } else if (a.uri === NS.table) {
      if (a.local === 'number-columns-repeated') out.repeat = a.value;
      else if (a.local === 'formula') out.formula = a.value;
      else if (a.local === 'style-name') out.styleName = a.value;
      else if (a.local === 'number-columns-spanned') out.colSpan = a.value;
      else if (a.local === 'number-rows-spanned') out.rowSpan = a.value;
      else if (a.local === 'content-validation-name') out.validation = a.value;
    } else if (a.uri === CALCEXT && a.local === 'value-type') out.calcextType = a.value;
  }
  return out;
}

function repeatOf(value: string | undefined): number {
  const n = value === undefined ? 1 : Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** `PT12H30M05S` (xsd:duration) as `12:30:05`; other text is returned unchanged. */
export function durationText(d: string): string {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(d.trim());
  if (!m) return d;
  const hours = Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0);
  const sec = m[4] ?? '0';
  const [whole, frac] = sec.split('.');
  const pad = (n: string | number): string => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(m[3] ?? 0)}:${pad(whole ?? '0')}${frac ? '.' + frac : ''}`;
}

/** Streams ODF spreadsheet XML (content.xml, meta.xml, or a whole flat .fods) into sheets and metadata. */
export class OdsBodyReader {
  readonly sheets: Sheet[] = [];
  readonly meta: Partial<Record<keyof DocumentMeta, string>> = {};
  readonly styles = new OdsStyles();
  readonly names: DefinedName[] = [];
  /** The document counts day numbers from 1904-01-01 (`table:null-date`). */
  date1904 = false;
  /** Frozen panes by sheet name, from the view settings. */
  readonly frozen = new Map<string, FrozenPanes>();
  /** Notes by sheet index. */
  readonly comments = new Map<number, CellComment[]>();
  /** Cells naming each content validation, by sheet index then validation name. */
  readonly validationRanges = new Map<number, Map<string, CellRange[]>>();
  /** `table:content-validation` elements by name, and `table:database-range` elements. */
  readonly validationNodes = new Map<string, OdfNode>();
  readonly databaseRanges: OdfNode[] = [];
  /** `draw:frame`s holding objects (charts), by sheet index. */
  readonly frames = new Map<number, OdsFrame[]>();

  constructor(
    private readonly ctx: ReadContext,
    private readonly budget: CellBudget,
  ) {}

  /**
   * Reads one part.
   * @throws FormatError `limit-exceeded`, `malformed-xml`, `forbidden-dtd`.
   */
  read(xml: string, part: string): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the stream handlers below need the reader
    const self = this;
    const { ctx, budget, meta, sheets } = this;
    const diag = ctx.diagnostics;
    let inSpreadsheet = false;
    let tableDepth = 0;
    let grid: SheetGrid | null = null;
    let tableName = '';
    let row = 0;
    let rowRepeat = 1;
    let rowCells: RowCell[] = [];
    let col = 0;
    let cellDepth = 0;
    let cellTag: CellAttrs | null = null;
    let paragraphs: string[] = [];
    let inPara = false;
    let pendingSpace = false;
    let skipDepth = 0;
    let metaField: keyof DocumentMeta | null = null;
    let metaText = '';
    const styles = this.styles;
    let styleBuilder: OdfNodeBuilder | null = null;
    let styleDepth = 0;
    // Per table: merges, column and row runs, column default cell styles.
    let merges: CellRange[] = [];
    let columns: ColumnRun[] = [];
    let rowProps: RowRun[] = [];
    let columnStyles: { first: number; last: number; style: number; name: string }[] = [];
    // Conditional formats: cells whose style has maps, or LibreOffice's calcext element of the table.
    let cfCells = new RangeCollector();
    let cfBuilder: OdfNodeBuilder | null = null;
    let cfDepth = 0;
    let calcextFormats: OdfNode | undefined;
    let cfRangesDropped = false;
    let colCursor = 0;
    let tableStyle: string | undefined;
    let printRanges: string | undefined;
    let headerRowsStart = -1;
    let headerColsStart = -1;
    let repeatRows: { first: number; last: number } | undefined;
    let repeatCols: { first: number; last: number } | undefined;
    // View settings: `Tables` > entry per sheet > split items.
    let tablesDepth = 0;
    let settingsSheet: string | null = null;
    let settingItem: string | null = null;
    let settingText = '';
    let split: Record<string, number> = {};
    // A note being read inside a cell (office:annotation), and the note of the current cell.
    let note: { author: string; date: string; paras: string[]; field: 'author' | 'date' | null; inP: boolean; depth: number; visible: boolean } | null = null;
    let cellNote: CellComment | null = null;
    let sheetNotes: CellComment[] = [];
    let sheetValidations = new Map<string, CellRange[]>();
    let tooManyRanges = false;
    let drawings = 0;
    // Spreadsheet-level elements kept whole: content validations, database ranges.
    let feature: OdfNodeBuilder | null = null;
    let featureDepth = 0;
    // A frame holding an object (a chart, maybe), captured whole; the frames of the current table.
    let frame: { builder: OdfNodeBuilder; depth: number; cell?: { row: number; col: number } } | null = null;
    let sheetFrames: OdsFrame[] = [];

    const addValidationCell = (name: string, range: CellRange): void => {
      let list = sheetValidations.get(name);
      if (!list) sheetValidations.set(name, (list = []));
      const last = list[list.length - 1];
      if (last && last.top === range.top && last.bottom === range.bottom && last.right + 1 === range.left) list[list.length - 1] = { ...last, right: range.right };
      else if (last && last.left === range.left && last.right === range.right && last.bottom + 1 === range.top) list[list.length - 1] = { ...last, bottom: range.bottom };
      else if (list.length < 10_000) list.push(range);
      else if (!tooManyRanges) {
        tooManyRanges = true;
        diag.warn('validation-ranges-dropped', 'A content validation covers too many separate ranges; some cells lose it.', part);
      }
      const [p, q] = [list[list.length - 2], list[list.length - 1]!];
      if (p && p.left === q.left && p.right === q.right && p.bottom + 1 === q.top) list.splice(list.length - 2, 2, { ...p, bottom: q.bottom });
    };

    const append = (s: string): void => {
      if (pendingSpace) paragraphs[paragraphs.length - 1] += ' ';
      pendingSpace = false;
      paragraphs[paragraphs.length - 1] += s;
    };

    const finishCell = (a: CellAttrs): void => {
      const repeat = repeatOf(a.repeat);
      const type = a.type;
      const text = paragraphs.join('\n');
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
          const serial = a.date !== undefined ? isoDateSerial(a.date, self.date1904) : null;
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
        default:
          // No value type: an error result (LibreOffice marks it with calcext), or plain text.
          if (text !== '') value = errorCodeOf(text) ? cellErrorOf(text) : text;
      }
      if (a.calcextType === 'error') value = cellErrorOf(text);
      let formula: string | undefined;
      if (formulaAttr !== undefined && formulaAttr.trim() !== '') {
        const t = fromOpenFormula(formulaAttr);
        formula = t.formula;
        for (const issue of t.issues) diag.warn('formula-translation', `A formula was kept partly untranslated: ${issue}.`, part);
      }
      const styleName = a.styleName ?? runAt(columnStyles, col)?.name;
      let style = a.styleName !== undefined ? styles.cellStyleIndex(a.styleName) : (runAt(columnStyles, col)?.style ?? 0);
      if (dateKind !== null && typeof value === 'number') {
        const own = styles.table.get(style);
        if (own.numberFormat === undefined || own.numberFormat === 'General') style = styles.table.intern({ ...own, numberFormat: defaultDateFormat(dateKind, value) });
      }
      const maps = styleName !== undefined ? styles.mapsOf(styleName) : [];
      if (maps.length > 0 && col < MAX_COLS && row < MAX_ROWS) {
        const added = cfCells.add(maps, { top: row, left: col, bottom: Math.min(row + rowRepeat, MAX_ROWS) - 1, right: Math.min(col + repeat, MAX_COLS) - 1 });
        if (!added && !cfRangesDropped) {
          cfRangesDropped = true;
          diag.warn('conditional-format-ranges-dropped', 'A conditional format covers too many separate ranges; some cells lose it.', part);
        }
      }
      const keepStyled = style !== 0 && repeat * rowRepeat <= MAX_STYLED_EMPTY_RUN;
      if (value !== null || formula !== undefined || keepStyled) {
        const cell: Cell = style !== 0 ? (formula !== undefined ? { value, formula, style } : { value, style }) : formula !== undefined ? { value, formula } : { value };
        if (col < MAX_COLS) rowCells.push({ col, cell, repeat: Math.min(repeat, MAX_COLS - col), styleOnly: value === null && formula === undefined });
        else diag.warn('cell-out-of-range', `A cell beyond column ${String(MAX_COLS)} was dropped.`, part);
      }
      if (cellNote && col < MAX_COLS && row < MAX_ROWS) sheetNotes.push({ ...cellNote, row, col });
      cellNote = null;
      if (a.validation && col < MAX_COLS && row < MAX_ROWS) {
        addValidationCell(a.validation, { top: row, left: col, bottom: Math.min(row + rowRepeat, MAX_ROWS) - 1, right: Math.min(col + repeat, MAX_COLS) - 1 });
      }
      const cs = repeatOf(a.colSpan);
      const rs = repeatOf(a.rowSpan);
      if ((cs > 1 || rs > 1) && col < MAX_COLS && row < MAX_ROWS) {
        merges.push({ top: row, left: col, bottom: Math.min(row + rs, MAX_ROWS) - 1, right: Math.min(col + cs, MAX_COLS) - 1 });
      }
      col += repeat;
    };

    const flushRow = (): void => {
      if (rowCells.length > 0 && grid) {
        if (row >= MAX_ROWS) diag.warn('cell-out-of-range', `Rows beyond row ${String(MAX_ROWS)} were dropped.`, part);
        else {
          const n = Math.min(rowRepeat, MAX_ROWS - row);
          const last = rowCells[rowCells.length - 1]!;
          // Check the whole repeated block before materialising any of it.
          budget.check(n * (last.col + last.repeat), part);
          for (let r = row; r < row + n; r++) {
            for (const rc of rowCells) {
              for (let c = rc.col; c < rc.col + rc.repeat; c++) {
                if (rc.styleOnly) grid.setStyleOnly(r, c, rc.cell);
                else grid.set(r, c, rc.cell);
              }
            }
          }
        }
      }
      row += rowRepeat;
    };

    streamXml(
      xml,
      {
        open(tag, depth) {
          if (skipDepth > 0) return;
          const ns = tag.uri;
          const local = tag.local;
          if (styleBuilder) {
            styleBuilder.open(tag);
            return;
          }
          if (feature) {
            feature.open(tag);
            return;
          }
          if (frame) {
            frame.builder.open(tag);
            return;
          }
          if (cfBuilder) {
            cfBuilder.open(tag);
            return;
          }
          if (tableDepth > 0 && cellDepth === 0 && ns === CALCEXT && local === 'conditional-formats') {
            cfBuilder = new OdfNodeBuilder();
            cfDepth = depth;
            cfBuilder.open(tag);
            return;
          }
          if (tableDepth > 0 && ns === NS.draw && local === 'frame' && !note && sheetFrames.length < MAX_FRAMES) {
            frame = { builder: new OdfNodeBuilder(), depth, ...(cellDepth > 0 ? { cell: { row, col } } : {}) };
            frame.builder.open(tag);
            return;
          }
          if (note) {
            if (ns === NS.dc && local === 'creator') note.field = 'author';
            else if (ns === NS.dc && local === 'date') note.field = 'date';
            else if (ns === NS.text && local === 'p') {
              note.paras.push('');
              note.inP = true;
            } else if (note.inP && ns === NS.text && local === 's') note.paras[note.paras.length - 1] += ' '.repeat(Math.min(repeatOf(attrOf(tag, NS.text, 'c')), MAX_SPACES));
            else if (note.inP && ns === NS.text && local === 'tab') note.paras[note.paras.length - 1] += '\t';
            else if (note.inP && ns === NS.text && local === 'line-break') note.paras[note.paras.length - 1] += '\n';
            return;
          }
          if (inSpreadsheet && tableDepth === 0 && ns === NS.table && (local === 'content-validations' || local === 'database-ranges')) {
            feature = new OdfNodeBuilder();
            featureDepth = depth;
            feature.open(tag);
            return;
          }
          if (ns === NS.office && (local === 'styles' || local === 'automatic-styles' || local === 'master-styles') && !inSpreadsheet) {
            styleBuilder = new OdfNodeBuilder();
            styleDepth = depth;
            return;
          }
          if (ns === CONFIG) {
            const name = attrOf(tag, CONFIG, 'name');
            if (local === 'config-item-map-named' && name === 'Tables') tablesDepth = depth;
            else if (tablesDepth > 0 && local === 'config-item-map-entry' && depth === tablesDepth + 1 && name) {
              settingsSheet = name;
              split = {};
            } else if (settingsSheet !== null && local === 'config-item' && name) {
              settingItem = name;
              settingText = '';
            }
            return;
          }
          if (metaField === null && (ns === NS.dc || ns === NS.meta)) {
            const field = META_FIELDS[`${ns} ${local}`];
            if (field) {
              metaField = field;
              metaText = '';
            }
            return;
          }
          if (cellDepth > 0) {
            if (ns === NS.office && local === 'annotation') {
              note = { author: '', date: '', paras: [], field: null, inP: false, depth, visible: attrOf(tag, NS.office, 'display') === 'true' };
            } else if (ns === NS.draw || (ns === NS.text && local === 'note') || ns === NS.table) {
              if (ns === NS.draw) drawings += 1;
              skipDepth = depth;
            } else if (ns === NS.text) {
              if ((local === 'p' || local === 'h') && !inPara) {
                paragraphs.push('');
                inPara = true;
                pendingSpace = false;
              } else if (inPara && local === 's') {
                append(' '.repeat(Math.min(repeatOf(attrOf(tag, NS.text, 'c')), MAX_SPACES)));
              } else if (inPara && local === 'tab') append('\t');
              else if (inPara && local === 'line-break') append('\n');
            }
            return;
          }
          if (tableDepth > 0 && ns === NS.draw) {
            drawings += 1;
            skipDepth = depth;
            return;
          }
          if (ns === NS.office && local === 'spreadsheet') inSpreadsheet = true;
          else if (ns === NS.table && inSpreadsheet) {
            if (tableDepth === 0 && local === 'table') {
              tableDepth = depth;
              tableName = attrOf(tag, NS.table, 'name') ?? '';
              tableStyle = attrOf(tag, NS.table, 'style-name');
              printRanges = attrOf(tag, NS.table, 'print-ranges');
              repeatRows = undefined;
              repeatCols = undefined;
              grid = new SheetGrid(budget, part);
              sheetNotes = [];
              sheetFrames = [];
              drawings = 0;
              sheetValidations = new Map();
              row = 0;
              merges = [];
              columns = [];
              rowProps = [];
              columnStyles = [];
              colCursor = 0;
              cfCells = new RangeCollector();
              calcextFormats = undefined;
            } else if (tableDepth > 0 && local === 'table') skipDepth = depth;
            else if (tableDepth > 0 && local === 'table-header-rows') headerRowsStart = row;
            else if (tableDepth > 0 && local === 'table-header-columns') headerColsStart = colCursor;
            else if (tableDepth > 0 && local === 'table-column') {
              const repeat = repeatOf(attrOf(tag, NS.table, 'number-columns-repeated'));
              const first = colCursor;
              colCursor += repeat;
              if (first >= MAX_COLS) return;
              const last = Math.min(colCursor, MAX_COLS) - 1;
              const width = styles.layout('table-column', attrOf(tag, NS.table, 'style-name')).width;
              const hidden = attrOf(tag, NS.table, 'visibility') === 'collapse' || attrOf(tag, NS.table, 'visibility') === 'filter';
              const styleName = attrOf(tag, NS.table, 'default-cell-style-name');
              const style = styles.cellStyleIndex(styleName);
              if (styleName !== undefined && (style !== 0 || styles.mapsOf(styleName).length > 0)) columnStyles.push({ first, last, style, name: styleName });
              if (width === undefined && !hidden) return;
              const prev = columns[columns.length - 1];
              if (prev && prev.last + 1 === first && prev.width === width && prev.hidden === (hidden || undefined)) columns[columns.length - 1] = { ...prev, last };
              else columns.push({ first, last, ...(width !== undefined ? { width } : {}), ...(hidden ? { hidden } : {}) });
            } else if (tableDepth > 0 && local === 'table-row') {
              rowRepeat = repeatOf(attrOf(tag, NS.table, 'number-rows-repeated'));
              rowCells = [];
              col = 0;
              const height = styles.layout('table-row', attrOf(tag, NS.table, 'style-name')).height;
              const vis = attrOf(tag, NS.table, 'visibility');
              const hidden = vis === 'collapse' || vis === 'filter';
              if ((height !== undefined || hidden) && row < MAX_ROWS) {
                pushRowRun(rowProps, { first: row, last: Math.min(row + rowRepeat, MAX_ROWS) - 1, ...(height !== undefined ? { height } : {}), ...(hidden ? { hidden } : {}) });
              }
            } else if (tableDepth === 0 && local === 'null-date') {
              // 9.4.2: the day serial number 0 stands for; 1904-01-01 is old Mac Excel's epoch.
              const d = attrOf(tag, NS.table, 'date-value') ?? '';
              if (d.startsWith('1904-01-01')) self.date1904 = true;
              else if (d !== '' && !d.startsWith('1899-12-30')) diag.warn('null-date-ignored', `Day numbers counting from ${d} are read as counting from 1899-12-30.`, part);
            } else if (local === 'named-range' || local === 'named-expression') {
              const name = attrOf(tag, NS.table, 'name');
              const scope = tableDepth > 0 ? sheets.length : undefined;
              const range = local === 'named-range' ? attrOf(tag, NS.table, 'cell-range-address') : undefined;
              const expr = local === 'named-expression' ? attrOf(tag, NS.table, 'expression') : undefined;
              const formula = range !== undefined ? excelRangeOfOdf(range) : expr !== undefined ? fromOpenFormula(expr).formula.replace(/^=/, '') : null;
              if (name && formula) self.names.push({ name, formula, ...(scope !== undefined ? { sheet: scope } : {}) });
              else if (name) diag.warn('defined-name-dropped', `The name "${name}" could not be translated; it is dropped.`, part);
            } else if (tableDepth > 0 && (local === 'table-cell' || local === 'covered-table-cell')) {
              cellDepth = depth;
              cellTag = cellAttrs(tag);
              paragraphs = [];
              inPara = false;
            }
          }
        },
        close(tag, depth) {
          if (skipDepth > 0) {
            if (depth === skipDepth) skipDepth = 0;
            return;
          }
          if (styleBuilder) {
            if (depth === styleDepth) {
              styles.register(styleBuilder.root);
              styleBuilder = null;
            } else styleBuilder.close();
            return;
          }
          if (cfBuilder) {
            cfBuilder.close();
            if (depth === cfDepth) {
              calcextFormats = cfBuilder.root.children[0];
              cfBuilder = null;
            }
            return;
          }
          if (frame) {
            frame.builder.close();
            if (depth === frame.depth) {
              const node = frame.builder.root.children[0];
              if (node) sheetFrames.push({ node, ...(frame.cell ? { cell: frame.cell } : {}) });
              frame = null;
            }
            return;
          }
          if (feature) {
            feature.close();
            if (depth === featureDepth) {
              for (const node of feature.root.children[0]?.children ?? []) {
                if (node.ns !== NS.table) continue;
                const name = node.local === 'content-validation' ? attrOf2(node, 'name') : undefined;
                if (name) self.validationNodes.set(name, node);
                else if (node.local === 'database-range') self.databaseRanges.push(node);
              }
              feature = null;
            }
            return;
          }
          if (note) {
            if (depth === note.depth) {
              const text = note.paras.join('\n');
              if (text.trim() !== '' || note.author !== '') {
                cellNote = { row: 0, col: 0, text, ...(note.author.trim() ? { author: note.author.trim() } : {}), ...(note.date.trim() ? { date: note.date.trim() } : {}), ...(note.visible ? { visible: true } : {}) };
              }
              note = null;
            } else if (tag.uri === NS.dc) note.field = null;
            else if (tag.uri === NS.text && tag.local === 'p') note.inP = false;
            return;
          }
          if (tag.uri === CONFIG) {
            if (settingItem !== null && tag.local === 'config-item') {
              const v = Number(settingText.trim());
              if (Number.isFinite(v)) split[settingItem] = v;
              settingItem = null;
            } else if (settingsSheet !== null && tag.local === 'config-item-map-entry' && depth === tablesDepth + 1) {
              // Mode 2 is a frozen split; the position counts columns (horizontal) or rows (vertical).
              const cols = split.HorizontalSplitMode === 2 ? Math.trunc(split.HorizontalSplitPosition ?? 0) : 0;
              const rows = split.VerticalSplitMode === 2 ? Math.trunc(split.VerticalSplitPosition ?? 0) : 0;
              if ((cols > 0 || rows > 0) && cols < MAX_COLS && rows < MAX_ROWS) self.frozen.set(settingsSheet, { rows: Math.max(0, rows), cols: Math.max(0, cols) });
              settingsSheet = null;
            } else if (tag.local === 'config-item-map-named' && depth === tablesDepth) tablesDepth = 0;
            return;
          }
          if (metaField !== null) {
            if (tag.uri === NS.dc || tag.uri === NS.meta) {
              const text = metaText.trim();
              if (text !== '' && meta[metaField] === undefined) meta[metaField] = text;
              metaField = null;
            }
            return;
          }
          if (cellDepth > 0) {
            if (depth === cellDepth) {
              if (cellTag) finishCell(cellTag);
              cellDepth = 0;
              cellTag = null;
            } else if (tag.uri === NS.text && (tag.local === 'p' || tag.local === 'h')) {
              inPara = false;
              pendingSpace = false;
            }
            return;
          }
          if (tag.uri === NS.office && tag.local === 'spreadsheet') inSpreadsheet = false;
          else if (tableDepth > 0 && tag.uri === NS.table && tag.local === 'table-row') flushRow();
          else if (tableDepth > 0 && tag.uri === NS.table && tag.local === 'table-header-rows') {
            if (headerRowsStart >= 0 && row > headerRowsStart && row <= MAX_ROWS) repeatRows = { first: headerRowsStart, last: row - 1 };
            headerRowsStart = -1;
          } else if (tableDepth > 0 && tag.uri === NS.table && tag.local === 'table-header-columns') {
            if (headerColsStart >= 0 && colCursor > headerColsStart && colCursor <= MAX_COLS) repeatCols = { first: headerColsStart, last: colCursor - 1 };
            headerColsStart = -1;
          }
          else if (depth === tableDepth && grid) {
            const layout = styles.layout('table', tableStyle);
            const master = layout.masterPage !== undefined ? styles.masterPages.get(layout.masterPage) : undefined;
            const layoutName = master ? odfAttr(master, NS.style, 'page-layout-name') : undefined;
            const printArea = (printRanges ?? '')
              .trim()
              .split(/\s+/)
              .filter((p) => p !== '')
              .map((p) => excelRangeOfOdf(p))
              .map((e) => (e ? parseRange(e.replace(/^.*!/, '')) : null));
            const page: Record<string, unknown> = {
              ...(master ? pageSetupOfOdf(master, layoutName !== undefined ? styles.pageLayouts.get(layoutName) : undefined) : {}),
              ...(printArea.length > 0 && printArea.every((r) => r !== null) ? { printArea } : {}),
              ...(repeatRows ? { repeatRows } : {}),
              ...(repeatCols ? { repeatCols } : {}),
            };
            const cfContext: ConditionalContext = {
              rangeOf: (address) => {
                const excel = excelRangeOfOdf(address);
                return excel ? parseRange(excel.replace(/^.*!/, '')) : null;
              },
              styleOf: (name) => styles.conditionStyle(name),
              dropped: (what) => diag.warn('conditional-format-dropped', `A conditional format rule of the sheet "${tableName}" is not kept (${what}).`, part),
            };
            // LibreOffice writes its calcext formats and, for other readers, maps on the cell styles: the former say more.
            const conditionalFormats = calcextFormats ? conditionalFormatsOfCalcext(calcextFormats, cfContext) : cfCells.formats(cfContext);
            sheets.push({
              ...grid.toSheet(tableName || `Sheet${String(sheets.length + 1)}`, mergeExtent(merges)),
              ...(merges.length > 0 ? { merges } : {}),
              ...(columns.length > 0 ? { columns } : {}),
              ...(rowProps.length > 0 ? { rowProps } : {}),
              ...(layout.hidden ? { visibility: 'hidden' as const } : {}),
              ...(layout.tabColor ? { tabColor: layout.tabColor } : {}),
              ...(sheetNotes.length > 0 ? { comments: sheetNotes } : {}),
              ...(conditionalFormats.length > 0 ? { conditionalFormats } : {}),
              ...(Object.keys(page).length > 0 ? { pageSetup: page } : {}),
            });
            if (sheetValidations.size > 0) self.validationRanges.set(sheets.length - 1, sheetValidations);
            if (sheetFrames.length > 0) self.frames.set(sheets.length - 1, sheetFrames);
            if (drawings > 0) diag.warn('drawing-dropped', `The ${String(drawings)} chart(s), image(s) or shape(s) of the sheet "${tableName}" are not kept.`, part);
            tableDepth = 0;
            grid = null;
          }
        },
        text(t) {
          if (skipDepth > 0) return;
          if (styleBuilder) {
            styleBuilder.text(t);
            return;
          }
          if (feature) {
            feature.text(t);
            return;
          }
          if (frame) {
            frame.builder.text(t);
            return;
          }
          if (note) {
            if (note.field) note[note.field] += t;
            else if (note.inP) note.paras[note.paras.length - 1] += t.replace(/[\r\n]+/g, '');
            return;
          }
          if (settingItem !== null) {
            settingText += t;
            return;
          }
          if (metaField !== null) {
            metaText += t;
            return;
          }
          if (!inPara || cellDepth === 0) return;
          if (!/[ \t\r\n]/.test(t)) {
            append(t);
            return;
          }
          // ODF 1.3 Part 3, 6.1.2: white space collapses; text:s carries significant spaces.
          for (const piece of t.split(/([ \t\r\n]+)/)) {
            if (piece === '') continue;
            if (/^[ \t\r\n]/.test(piece)) {
              if (paragraphs[paragraphs.length - 1] !== '') pendingSpace = true;
            } else append(piece);
          }
        },
      },
      { part, maxDepth: ctx.limits.maxXmlDepth },
    );
  }
}
