/**
 * A sheet's cells packed into a few flat arrays, to cross from the document worker to the page.
 * Structured cloning a workbook's cells one object at a time cost about as much as reading the
 * file (0.5–2 s for 400,000 cells, half of it on the page's main thread); the packed form moves
 * as transferred buffers plus one table of distinct strings, and the page rebuilds the same cells
 * in one tight loop.
 *
 * Only plain model cells are packed (`value`, optional `formula` and `style`); a sheet holding
 * anything else is left to the structured clone, so no cell can come back different.
 */
import type { Cell, CellErrorCode, CellValue, OstalDocument } from '@ostal/model';

type Rows = ((Cell | null)[] | null)[];

/** One sheet's `rows`, packed (see {@link packRows}). */
export interface PackedRows {
  /** Cells in each row; -1 for a row stored as null. */
  readonly lengths: Int32Array;
  /** For each cell slot: the value's kind (low 3 bits), then {@link HAS_FORMULA} and {@link HAS_STYLE}. */
  readonly kinds: Uint8Array;
  /** Number values, in cell order. */
  readonly numbers: Float64Array;
  /** Indexes into `strings` (text values, error codes, then formulas) and style numbers, in cell order. */
  readonly indexes: Int32Array;
  /** Distinct strings, each once. */
  readonly strings: readonly string[];
}

const NO_CELL = 0;
const NULL_VALUE = 1;
const NUMBER = 2;
const TEXT = 3;
const TRUE = 4;
const FALSE = 5;
const ERROR = 6;
const HAS_FORMULA = 8;
const HAS_STYLE = 16;

/** True when `cell` is a plain model cell the packed form holds exactly. */
function packable(cell: Cell): boolean {
  let keys = 1;
  if (cell.formula !== undefined) {
    if (typeof cell.formula !== 'string') return false;
    keys += 1;
  }
  if (cell.style !== undefined) {
    if (!Number.isInteger(cell.style) || cell.style < 0 || cell.style > 0x7fffffff) return false;
    keys += 1;
  }
  if (Object.keys(cell).length !== keys || !('value' in cell)) return false;
  const v = cell.value;
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return true;
  return typeof v === 'object' && Object.keys(v).length === 1 && typeof v.error === 'string';
}

/** A growing Int32 list (styles and string indexes), cut to its length at the end. */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(n: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = n;
  }
}

/**
 * Packs a sheet's rows; undefined when a cell is not a plain model cell (the sheet then travels as
 * it is). The buffers of the result can be transferred.
 */
export function packRows(rows: readonly (readonly (Cell | null)[] | null)[]): PackedRows | undefined {
  let slots = 0;
  for (const row of rows) slots += row?.length ?? 0;
  const lengths = new Int32Array(rows.length);
  const kinds = new Uint8Array(slots);
  const numbers = new Float64Array(slots);
  let numberCount = 0;
  const indexes = new IntList();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  let slot = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) {
      lengths[r] = -1;
      continue;
    }
    lengths[r] = row.length;
    for (let c = 0; c < row.length; c++, slot++) {
      const cell = row[c];
      if (!cell) continue; // NO_CELL (null or a hole)
      if (!packable(cell)) return undefined;
      const v = cell.value;
      let kind: number;
      if (v === null) kind = NULL_VALUE;
      else if (typeof v === 'number') {
        kind = NUMBER;
        numbers[numberCount++] = v;
      } else if (typeof v === 'string') {
        kind = TEXT;
        indexes.push(intern(v));
      } else if (typeof v === 'boolean') kind = v ? TRUE : FALSE;
      else {
        kind = ERROR;
        indexes.push(intern(v.error));
      }
      if (cell.formula !== undefined) {
        kind |= HAS_FORMULA;
        indexes.push(intern(cell.formula));
      }
      if (cell.style !== undefined) {
        kind |= HAS_STYLE;
        indexes.push(cell.style);
      }
      kinds[slot] = kind;
    }
  }
  return { lengths, kinds, numbers: numbers.slice(0, numberCount), indexes: indexes.data.slice(0, indexes.length), strings };
}

/** The buffers of packed rows, to hand over with `postMessage` instead of copying them. */
export function packedBuffers(packed: readonly (PackedRows | undefined)[]): ArrayBuffer[] {
  return packed.flatMap((p) => (p ? [p.lengths.buffer, p.kinds.buffer, p.numbers.buffer, p.indexes.buffer] : [])) as ArrayBuffer[];
}

/** The rows {@link packRows} packed, as plain model cells again. */
export function unpackRows(packed: PackedRows): Rows {
  const { lengths, kinds, numbers, indexes, strings } = packed;
  const rows: Rows = new Array<(Cell | null)[] | null>(lengths.length);
  let slot = 0;
  let n = 0;
  let i = 0;
  for (let r = 0; r < lengths.length; r++) {
    const length = lengths[r]!;
    if (length < 0) {
      rows[r] = null;
      continue;
    }
    const row = new Array<Cell | null>(length);
    for (let c = 0; c < length; c++, slot++) {
      const kind = kinds[slot]!;
      if (kind === NO_CELL) {
        row[c] = null;
        continue;
      }
      let value: CellValue;
      switch (kind & 7) {
        case NUMBER:
          value = numbers[n++]!;
          break;
        case TEXT:
          value = strings[indexes[i++]!]!;
          break;
        case TRUE:
          value = true;
          break;
        case FALSE:
          value = false;
          break;
        case ERROR:
          value = { error: strings[indexes[i++]!]! as CellErrorCode };
          break;
        default:
          value = null;
      }
      if ((kind & HAS_FORMULA) !== 0) {
        const formula = strings[indexes[i++]!]!;
        row[c] = (kind & HAS_STYLE) !== 0 ? { value, formula, style: indexes[i++]! } : { value, formula };
      } else row[c] = (kind & HAS_STYLE) !== 0 ? { value, style: indexes[i++]! } : { value };
    }
    rows[r] = row;
  }
  return rows;
}

/**
 * A document ready to post: a workbook's sheets with their rows packed (`packed[i]` for sheet i,
 * whose `rows` are then left empty); any other document as it is.
 */
export function packDocument(document: OstalDocument): { document: OstalDocument; packed?: (PackedRows | undefined)[] } {
  if (document.kind !== 'workbook') return { document };
  const packed = document.sheets.map((sheet) => packRows(sheet.rows));
  if (packed.every((p) => p === undefined)) return { document };
  const sheets = document.sheets.map((sheet, i) => (packed[i] ? { ...sheet, rows: [] } : sheet));
  return { document: { ...document, sheets }, packed };
}

/** The document {@link packDocument} posted, its rows unpacked. */
export function unpackDocument(document: OstalDocument, packed: readonly (PackedRows | undefined)[] | undefined): OstalDocument {
  if (!packed || document.kind !== 'workbook') return document;
  const sheets = document.sheets.map((sheet, i) => {
    const p = packed[i];
    return p ? { ...sheet, rows: unpackRows(p) } : sheet;
  });
  return { ...document, sheets };
}
