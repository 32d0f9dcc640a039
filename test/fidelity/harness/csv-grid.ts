/**
 * The cell-by-cell comparison behind the spreadsheet fidelity score: LibreOffice's CSV export of
 * every sheet (one file per sheet, gathered into one JSON object by {@link gatherSheetCsv}) of
 * the original against the output's.
 */
import { closeSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** A non-empty cell of a CSV: zero-based row and column, and its text. */
export type CsvCell = readonly [row: number, col: number, text: string];

/**
 * An RFC 4180 CSV reader (comma-separated, `"` quoting with `""` escapes, CRLF or LF; a quoted
 * field may hold separators and line breaks) fed in pieces, keeping only non-empty cells:
 * LibreOffice exports every row and column up to a sheet's used area, which for some workbooks
 * is hundreds of megabytes of empty fields.
 */
export class CsvCellReader {
  readonly cells: CsvCell[] = [];
  private row = 0;
  private col = 0;
  private field = '';
  private quoted = false;
  /** The previous piece ended inside a quoted field on a `"` that may start a `""` escape. */
  private pendingQuote = false;
  /** The previous piece ended on a CR (its LF may start the next piece). */
  private pendingCr = false;

  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === '\n') continue;
      }
      if (this.pendingQuote) {
        this.pendingQuote = false;
        if (c === '"') {
          this.field += '"';
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (c === '"') this.pendingQuote = true;
        else this.field += c;
      } else if (c === '"' && this.field === '') this.quoted = true;
      else if (c === ',') this.endField();
      else if (c === '\n' || c === '\r') {
        this.endField();
        this.row += 1;
        this.col = 0;
        this.pendingCr = c === '\r';
      } else this.field += c;
    }
  }

  end(): CsvCell[] {
    if (this.pendingQuote) this.quoted = false;
    if (this.field !== '') this.endField();
    return this.cells;
  }

  private endField(): void {
    if (this.field !== '') this.cells.push([this.row, this.col, this.field]);
    this.field = '';
    this.col += 1;
  }
}

/** The non-empty cells of a CSV text. */
export function csvCells(text: string): CsvCell[] {
  const reader = new CsvCellReader();
  reader.push(text);
  return reader.end();
}

/** The non-empty cells of a CSV file, read in pieces (the file may be larger than a string can be). */
export function csvFileCells(file: string): CsvCell[] {
  const reader = new CsvCellReader();
  const decoder = new StringDecoder('utf8');
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(8 * 1024 * 1024);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      reader.push(decoder.write(buffer.subarray(0, n)));
    }
    reader.push(decoder.end());
  } finally {
    closeSync(fd);
  }
  return reader.end();
}

/** Cells compared and cells equal between two exports of a workbook. */
export interface CellAgreement {
  readonly matched: number;
  readonly total: number;
}

/** Cells keyed `row:col`, leaving out those whose `sheet<TAB>row:col` is in `skip`. */
function cellMap(sheet: string, cells: readonly CsvCell[] | undefined, skip: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [r, c, text] of cells ?? []) {
    const key = `${String(r)}:${String(c)}`;
    if (!skip.has(`${sheet}\t${key}`)) map.set(key, text);
  }
  return map;
}

/**
 * Compares two workbooks' exports (`{ sheet name: non-empty cells }` as JSON, what
 * {@link gatherSheetCsv} writes), cell for cell: every
 * position holding text on either side counts once, and counts as matched when both sides show
 * the same text. A sheet missing on one side leaves all its cells unmatched. Positions in `skip`
 * (`sheet<TAB>row:col`, zero-based) are left out.
 */
export function compareSheets(originalJson: string, outputJson: string, skip: ReadonlySet<string> = new Set()): CellAgreement {
  const a = JSON.parse(originalJson) as Record<string, CsvCell[]>;
  const b = JSON.parse(outputJson) as Record<string, CsvCell[]>;
  let matched = 0;
  let total = 0;
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = cellMap(name, a[name], skip);
    const right = cellMap(name, b[name], skip);
    for (const [key, value] of left) {
      total += 1;
      if (right.get(key) === value) matched += 1;
    }
    for (const key of right.keys()) if (!left.has(key)) total += 1;
  }
  return { matched, total };
}

/**
 * LibreOffice exports each sheet of `<base>.xlsx` to `<base>-<sheet name>.csv` when asked for all
 * sheets; this gathers their non-empty cells into one JSON object (`{ sheet name: cells }`) at
 * `output` (`<base>.csv`), deleting the pieces. False when LibreOffice wrote none.
 */
export function gatherSheetCsv(output: string): boolean {
  const dir = path.dirname(output);
  const base = path.basename(output, '.csv');
  const prefix = `${base}-`;
  const pieces = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.csv')).sort();
  if (pieces.length === 0) return false;
  const sheets: Record<string, CsvCell[]> = {};
  for (const f of pieces) {
    sheets[f.slice(prefix.length, -'.csv'.length)] = csvFileCells(path.join(dir, f));
    rmSync(path.join(dir, f));
  }
  writeFileSync(output, JSON.stringify(sheets));
  return true;
}
