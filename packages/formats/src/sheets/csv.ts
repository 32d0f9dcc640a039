/**
 * CSV reading and writing (RFC 4180; read leniently): the format has no signature, no encoding and no
 * separator declaration, so all three are guessed. Choices, made for files people actually get:
 * - Encoding: UTF-8 (with or without BOM; UTF-16 when a BOM says so); bytes that are not valid
 *   UTF-8 are decoded as windows-1252, what Excel writes on Western Windows systems.
 * - Separator: `,`, `;` or tab, whichever splits the first lines most consistently (French
 *   Excel writes `;` because `,` is the decimal separator there).
 * - Values: numbers with `.` decimals; with `;` files also French/German forms (`1 234,56`,
 *   `1.234,56`, `12,5`). Integers with leading zeros (`007`, postcodes) stay text, TRUE/FALSE become
 *   booleans, empty fields are empty cells. A leading `=` is NOT a formula: it stays text, so
 *   opening a CSV cannot run anything (CSV injection).
 * - One sheet named `Sheet1`.
 * Writing ({@link CsvWriteOptions}):
 * - One sheet (the first unless told; CSV holds one table); comma separator unless told (`;`
 *   for French users: {@link csvSeparatorForLocale}); CRLF line ends.
 * - UTF-8 with a BOM unless told: without it Excel reads UTF-8 as the ANSI code page and breaks
 *   accents. Numbers use `.` decimals, or `,` with the `;` separator (as French Excel reads them).
 * - Fields are quoted when they contain the separator, a quote, a line break or edge spaces.
 * - Values only: a formula cell writes its cached value.
 * - Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
 *   gets a leading `'`, the OWASP defence against CSV injection; numbers are never altered.
 */
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, CellValue, Workbook } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { valueText } from './cell-value-text.js';
import { CellBudget, MAX_COLS, MAX_ROWS, SheetGrid } from './sheet-grid.js';

/** A CSV field separator Ostal recognises. */
export type CsvSeparator = ',' | ';' | '\t';

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

/** windows-1252 code points for bytes 0x80-0x9F (WHATWG Encoding index); other bytes map to themselves. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes windows-1252 by table: Node's TextDecoder treats that label as Latin-1 and loses `€`, `œ`, curly quotes. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decodes CSV bytes: BOM first, then strict UTF-8, else windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** Counts `sep` outside quotes on each of the first lines. */
function countsPerLine(text: string, sep: string, maxLines: number): number[] {
  const counts: number[] = [];
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === sep) n++;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      counts.push(n);
      n = 0;
    }
  }
  if (counts.length < maxLines && n > 0) counts.push(n);
  return counts.filter((c, i, all) => c > 0 || i < all.length - 1);
}

/** The separator that splits the first 50 lines most consistently; `,` when nothing fits. */
export function detectSeparator(text: string): CsvSeparator {
  let best: CsvSeparator = ',';
  let bestScore = -1;
  for (const sep of SEPARATORS) {
    const counts = countsPerLine(text, sep, 50);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1000 + Math.min(first, 999);
    if (score > bestScore) [best, bestScore] = [sep, score];
  }
  return best;
}

/** Splits CSV text into records of fields (RFC 4180 quotes; CRLF, LF or CR line ends). */
export function parseCsvRecords(text: string, sep: CsvSeparator): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
    } else if (ch === sep) {
      record.push(field);
      field = '';
      wasQuoted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      wasQuoted = false;
    } else field += ch;
  }
  if (field !== '' || wasQuoted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const DOT_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/** The value a CSV field holds: number, boolean, text, or null when empty. Quoted fields are typed too, as Excel does. */
export function csvFieldValue(field: string, sep: CsvSeparator): CellValue {
  if (field === '') return null;
  const t = field.trim();
  if (/^[+-]?0\d/.test(t) && !/^[+-]?0[.,]/.test(t)) return field;
  if (DOT_NUMBER.test(t)) return Number(t);
  if (sep === ';' && COMMA_NUMBER.test(t)) return Number(t.replace(/[ \u00A0\u202F.]/g, '').replace(',', '.'));
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  return field;
}

/**
 * Reads CSV bytes into a one-sheet workbook.
 * @throws FormatError `limit-exceeded` past maxCells.
 */
export function readCsv(bytes: Uint8Array, ctx: ReadContext): Workbook {
  const { text, encoding } = decodeCsv(bytes);
  if (encoding === 'windows-1252') ctx.diagnostics.add('info', 'csv-encoding', 'The file is not UTF-8; it was read as Windows-1252.');
  const sep = detectSeparator(text);
  const grid = new SheetGrid(new CellBudget(ctx.limits.maxCells));
  const records = parseCsvRecords(text, sep);
  if (records.length > MAX_ROWS) ctx.diagnostics.warn('cell-out-of-range', `Lines beyond ${String(MAX_ROWS)} were dropped.`);
  records.slice(0, MAX_ROWS).forEach((fields, r) => {
    if (fields.length > MAX_COLS) ctx.diagnostics.warn('cell-out-of-range', `Fields beyond column ${String(MAX_COLS)} were dropped.`);
    fields.slice(0, MAX_COLS).forEach((f, c) => {
      const value = csvFieldValue(f, sep);
      if (value !== null) grid.set(r, c, { value });
    });
  });
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [grid.toSheet('Sheet1')] };
}

const BOM = '\uFEFF';

/** One field, quoted when RFC 4180 (or a leading/trailing space) requires it. */
export function csvField(text: string, separator: CsvSeparator = ','): string {
  const special = text.includes(separator) || /["\r\n]|^\s|\s$/.test(text);
  return special ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How to write CSV. */
export interface CsvWriteOptions {
  /** Field separator; `,` when absent. */
  readonly separator?: CsvSeparator;
  /** Start with a UTF-8 byte order mark (default true: Excel needs it to read accents). */
  readonly bom?: boolean;
  /** Decimal separator of numbers; `,` with the `;` separator, `.` otherwise, when absent. */
  readonly decimal?: '.' | ',';
  /** Index of the sheet to write (default 0). */
  readonly sheet?: number;
}

/** The separator users of `locale` expect (`;` where `,` is the decimal separator: fr, de, es, it...). */
export function csvSeparatorForLocale(locale: string): CsvSeparator {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

function cellText(cell: Cell | null, decimal: '.' | ','): string {
  if (!cell) return '';
  const v = cell.value;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(v)) return `'${v}`;
  if (typeof v === 'number' && decimal === ',') return valueText(v).replace('.', ',');
  return valueText(v);
}

/** Writes one sheet of `workbook` (the first by default) as UTF-8 CSV, with a BOM unless told otherwise. */
export function writeCsv(workbook: Workbook, options: CsvWriteOptions = {}): Uint8Array {
  const separator = options.separator ?? ',';
  const decimal = options.decimal ?? (separator === ';' ? ',' : '.');
  const sheet = workbook.sheets[options.sheet ?? 0] ?? workbook.sheets[0];
  const lines = (sheet?.rows ?? []).map((row) => (row ?? []).map((c) => csvField(cellText(c, decimal), separator)).join(separator));
  return new TextEncoder().encode((options.bom === false ? '' : BOM) + lines.map((l) => l + '\r\n').join(''));
}
