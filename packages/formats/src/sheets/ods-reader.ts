/**
 * ODS and flat FODS reading (ODF 1.3 Part 2, 3 for the package; Part 3, 2.2.1 `office:document`
 * for the flat form, and Part 3: 9.1.2 `table:table`, 9.1.3 `table:table-row`
 * with `table:number-rows-repeated`, 9.1.4 `table:table-cell` and 9.1.5 `table:covered-table-cell`
 * with `table:number-columns-repeated`, 19.385-19.389 `office:value-type` and value attributes,
 * 6.1.2-6.1.4 white space, `text:s`, `text:tab`, `text:line-break`; 3.1.3 `office:meta`).
 * Streamed with saxes. Repeats are never expanded for empty cells or rows: an empty run only
 * advances the position, so trailing empty runs cost nothing; repeated content is counted against
 * maxCells before it is materialised.
 */
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, CellValue, DocumentMeta, Sheet, Workbook } from '@ostal/model';
import type { SaxesTagNS } from 'saxes';
import type { ReadContext } from '../codec.js';
import { decodeText } from '../container/zip-reader.js';
import { FormatError } from '../errors.js';
import { OdfPackage } from '../odf/odf-package.js';
import { NS } from '../xml/namespaces.js';
import { streamXml } from '../xml/xml-parser.js';
import { cellErrorOf, errorCodeOf } from './cell-value-text.js';
import { fromOpenFormula } from './openformula.js';
import { CellBudget, MAX_COLS, MAX_ROWS, SheetGrid } from './sheet-grid.js';

const CALCEXT = 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0';
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

  constructor(
    private readonly ctx: ReadContext,
    private readonly budget: CellBudget,
  ) {}

  /**
   * Reads one part.
   * @throws FormatError `limit-exceeded`, `malformed-xml`, `forbidden-dtd`.
   */
  read(xml: string, part: string): void {
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
      switch (type ?? '') {
        case 'float':
        case 'percentage':
        case 'currency': {
          const n = Number(a.value);
          value = Number.isFinite(n) ? n : text === '' ? null : text;
          break;
        }
        case 'date':
          // Dates stay ISO 8601 text: the model has no date type, and text keeps them exact and readable.
          value = a.date ?? (text || null);
          break;
        case 'time': {
          value = a.time !== undefined ? durationText(a.time) : text || null;
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
      if (value !== null || formula !== undefined) {
        if (col < MAX_COLS) rowCells.push({ col, cell: formula !== undefined ? { value, formula } : { value }, repeat: Math.min(repeat, MAX_COLS - col) });
        else diag.warn('cell-out-of-range', `A cell beyond column ${String(MAX_COLS)} was dropped.`, part);
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
            for (const rc of rowCells) for (let c = rc.col; c < rc.col + rc.repeat; c++) grid.set(r, c, rc.cell);
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
          if (metaField === null && (ns === NS.dc || ns === NS.meta)) {
            const field = META_FIELDS[`${ns} ${local}`];
            if (field) {
              metaField = field;
              metaText = '';
            }
            return;
          }
          if (cellDepth > 0) {
            if ((ns === NS.office && local === 'annotation') || ns === NS.draw || (ns === NS.text && local === 'note') || ns === NS.table) {
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
          if (ns === NS.office && local === 'spreadsheet') inSpreadsheet = true;
          else if (ns === NS.table && inSpreadsheet) {
            if (tableDepth === 0 && local === 'table') {
              tableDepth = depth;
              tableName = attrOf(tag, NS.table, 'name') ?? '';
              grid = new SheetGrid(budget, part);
              row = 0;
            } else if (tableDepth > 0 && local === 'table') skipDepth = depth;
            else if (tableDepth > 0 && local === 'table-row') {
              rowRepeat = repeatOf(attrOf(tag, NS.table, 'number-rows-repeated'));
              rowCells = [];
              col = 0;
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
          else if (depth === tableDepth && grid) {
            sheets.push(grid.toSheet(tableName || `Sheet${String(sheets.length + 1)}`));
            tableDepth = 0;
            grid = null;
          }
        },
        text(t) {
          if (skipDepth > 0) return;
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

function finish(reader: OdsBodyReader, ctx: ReadContext, part: string): Workbook {
  const sheets = [...reader.sheets];
  if (sheets.length === 0) {
    ctx.diagnostics.warn('no-sheets', 'The document has no table; an empty sheet was added.', part);
    sheets.push({ name: 'Sheet1', rows: [] });
  }
  const meta: DocumentMeta = { ...reader.meta };
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta, sheets };
}

/**
 * Reads an ODS package (spreadsheet or spreadsheet template).
 * @throws FormatError for an unreadable, encrypted or hostile package, or past maxCells.
 */
export function readOds(bytes: Uint8Array, ctx: ReadContext): Workbook {
  const pkg = OdfPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged);
  if (pkg.mimeType && !pkg.mimeType.includes('spreadsheet')) {
    ctx.diagnostics.warn('unexpected-media-type', `The package says it is ${pkg.mimeType}; reading its tables anyway.`, 'mimetype');
  }
  const reader = new OdsBodyReader(ctx, new CellBudget(ctx.limits.maxCells));
  reader.read(pkg.text('content.xml'), 'content.xml');
  if (pkg.has('meta.xml')) {
    try {
      reader.read(pkg.text('meta.xml'), 'meta.xml');
    } catch (err) {
      if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
      ctx.diagnostics.warn('unreadable-part', 'The document properties (meta.xml) could not be read.', 'meta.xml');
    }
  }
  return finish(reader, ctx, 'content.xml');
}

/**
 * Reads a flat ODF spreadsheet (`.fods`: one XML document).
 * @throws FormatError `malformed-xml`, `forbidden-dtd`, `limit-exceeded`.
 */
export function readFods(bytes: Uint8Array, ctx: ReadContext): Workbook {
  if (bytes.length > ctx.limits.maxEntryInflated) {
    throw new FormatError('limit-exceeded', `The file is larger than ${String(ctx.limits.maxEntryInflated)} bytes (maxEntryInflated).`);
  }
  const reader = new OdsBodyReader(ctx, new CellBudget(ctx.limits.maxCells));
  reader.read(decodeText(bytes), 'document.fods');
  return finish(reader, ctx, 'document.fods');
}
