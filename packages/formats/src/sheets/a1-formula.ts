/**
 * Excel A1 formula tokens (ECMA-376 Part 1, 18.17 Formulas: 18.17.2 syntax, 18.17.2.3 cell
 * references), enough to move references around without evaluating anything: shared-formula
 * expansion (18.3.1.40 `f`, `t="shared"`) and translation to OpenFormula.
 */
import { columnIndex, columnName } from '@ostal/model';
import { MAX_COLS, MAX_ROWS } from './sheet-grid.js';

/** One end of a reference; `col` is absent for a row range (`1:3`), `row` for a column range (`A:A`). */
export interface RefEnd {
  readonly col?: number;
  readonly colAbs?: boolean;
  readonly row?: number;
  readonly rowAbs?: boolean;
}

/** A cell, range, column range or row range, optionally on another sheet (3D when `sheet2` is set). */
export interface A1Reference {
  readonly sheet?: string;
  readonly sheet2?: string;
  readonly start: RefEnd;
  readonly end?: RefEnd;
}

export type FormulaToken =
  | { readonly kind: 'ref'; readonly text: string; readonly ref: A1Reference }
  | { readonly kind: 'string' | 'number' | 'error' | 'name' | 'space' | 'op' | 'other'; readonly text: string }
  /** A function name; the `(` follows as an `op` token. */
  | { readonly kind: 'func'; readonly text: string };

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_\\][\p{L}\p{N}_.]*(?::[\p{L}_\\][\p{L}\p{N}_.]*)?))!`;
const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})`;
const TAIL = String.raw`(?![\p{L}\p{N}_.(!\[\\])`;
const REF_RE = new RegExp(
  String.raw`(?:${SHEET})?(?:${CELL}(?::${CELL})?|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d{1,7}):(\$?)(\d{1,7}))${TAIL}`,
  'uy',
);
const NUMBER_RE = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME_RE = /[\p{L}_\\][\p{L}\p{N}_.?\\]*/uy;
const ERROR_RE = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|BUSY!|ERROR!)/iy;
const SPACE_RE = /[ \t\r\n\u00A0]+/y;
const OPS = ['<>', '<=', '>=', '(', ')', ',', ';', '{', '}', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ':', '!', '[', ']', '@', '#'];

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function cellEnd(colAbs: string | undefined, col: string | undefined, rowAbs: string | undefined, row: string | undefined): RefEnd | null {
  const end: { col?: number; colAbs?: boolean; row?: number; rowAbs?: boolean } = {};
  if (col !== undefined) {
    const c = columnIndex(col);
    if (c < 0 || c >= MAX_COLS) return null;
    end.col = c;
    end.colAbs = colAbs === '$';
  }
  if (row !== undefined) {
    const r = Number(row) - 1;
    if (r < 0 || r >= MAX_ROWS) return null;
    end.row = r;
    end.rowAbs = rowAbs === '$';
  }
  return end;
}

function parseRef(m: RegExpExecArray): A1Reference | null {
  const g = m.slice(1);
  let sheet: string | undefined;
  let sheet2: string | undefined;
  const rawSheet = g[0] !== undefined ? g[0].replace(/''/g, "'") : g[1];
  if (rawSheet !== undefined) {
    // Sheet names cannot contain ':', so a colon always means a 3D span (`Sheet1:Sheet3!A1`).
    const colon = rawSheet.indexOf(':');
    sheet = colon >= 0 ? rawSheet.slice(0, colon) : rawSheet;
    if (colon >= 0) sheet2 = rawSheet.slice(colon + 1);
  }
  let start: RefEnd | null;
  let end: RefEnd | null = null;
  if (g[3] !== undefined) {
    start = cellEnd(g[2], g[3], g[4], g[5]);
    if (g[7] !== undefined) {
      end = cellEnd(g[6], g[7], g[8], g[9]);
      if (!end) return null;
    }
  } else if (g[11] !== undefined) {
    start = cellEnd(g[10], g[11], undefined, undefined);
    end = cellEnd(g[12], g[13], undefined, undefined);
    if (!end) return null;
  } else {
    start = cellEnd(undefined, undefined, g[14], g[15]);
    end = cellEnd(undefined, undefined, g[16], g[17]);
    if (!end) return null;
  }
  if (!start) return null;
  return { ...(sheet !== undefined ? { sheet } : {}), ...(sheet2 !== undefined ? { sheet2 } : {}), start, ...(end ? { end } : {}) };
}

/** Splits an Excel formula (with or without its leading `=`) into tokens; never throws. */
export function tokenizeA1(formula: string): FormulaToken[] {
  const out: FormulaToken[] = [];
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j += 1;
      }
      out.push({ kind: 'string', text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    let m = sticky(REF_RE, formula, i);
    if (m) {
      const ref = parseRef(m);
      if (ref) {
        out.push({ kind: 'ref', text: m[0], ref });
        i += m[0].length;
        continue;
      }
    }
    if ((m = sticky(ERROR_RE, formula, i))) {
      out.push({ kind: 'error', text: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    if ((m = sticky(NUMBER_RE, formula, i))) {
      out.push({ kind: 'number', text: m[0] });
      i += m[0].length;
      continue;
    }
    if ((m = sticky(NAME_RE, formula, i))) {
      out.push({ kind: formula[i + m[0].length] === '(' ? 'func' : 'name', text: m[0] });
      i += m[0].length;
      continue;
    }
    if ((m = sticky(SPACE_RE, formula, i))) {
      out.push({ kind: 'space', text: m[0] });
      i += m[0].length;
      continue;
    }
    if (ch === '[') {
      // Structured references (`Table1[#All]`, `T[[#Headers],[Col]]`), external workbook indexes
      // (`[1]Sheet1!A1`) and anything bracketed is kept whole, never read as references.
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out.push({ kind: 'other', text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name in front of something that is not a plain reference (a name, an error).
      const q = /'(?:[^']|'')*'!?/y;
      q.lastIndex = i;
      const qm = q.exec(formula);
      const text = qm ? qm[0] : ch;
      out.push({ kind: 'other', text });
      i += text.length;
      continue;
    }
    const op = OPS.find((o) => formula.startsWith(o, i));
    out.push({ kind: op ? 'op' : 'other', text: op ?? ch });
    i += op ? op.length : 1;
  }
  return out;
}

/** `Sheet1`, or `'My sheet'` when the name needs quotes in a formula. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(?:TRUE|FALSE)$/i.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function endText(e: RefEnd): string {
  const col = e.col !== undefined ? `${e.colAbs ? '$' : ''}${columnName(e.col)}` : '';
  const row = e.row !== undefined ? `${e.rowAbs ? '$' : ''}${String(e.row + 1)}` : '';
  return col + row;
}

/** Excel text of a reference: `A1`, `$A$1:B2`, `'My sheet'!A:A`, `Sheet1:Sheet3!1:2`. */
export function formatA1Reference(ref: A1Reference): string {
  let prefix = '';
  if (ref.sheet !== undefined) {
    if (ref.sheet2 === undefined) prefix = quoteSheetName(ref.sheet);
    else {
      // A 3D span is quoted as a whole when either name needs quotes.
      const a = quoteSheetName(ref.sheet);
      const b = quoteSheetName(ref.sheet2);
      prefix = a === ref.sheet && b === ref.sheet2 ? `${a}:${b}` : `'${`${ref.sheet}:${ref.sheet2}`.replace(/'/g, "''")}'`;
    }
    prefix += '!';
  }
  return prefix + endText(ref.start) + (ref.end ? ':' + endText(ref.end) : '');
}

function shiftEnd(e: RefEnd, dr: number, dc: number): RefEnd | null {
  const col = e.col !== undefined && !e.colAbs ? e.col + dc : e.col;
  const row = e.row !== undefined && !e.rowAbs ? e.row + dr : e.row;
  if (col !== undefined && (col < 0 || col >= MAX_COLS)) return null;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return null;
  return { ...e, ...(col !== undefined ? { col } : {}), ...(row !== undefined ? { row } : {}) };
}

/**
 * Moves the relative parts of every reference by `dr` rows and `dc` columns, as Excel does when
 * it fills a shared formula (18.3.1.40): references pushed off the grid become `#REF!`.
 */
export function shiftA1Tokens(tokens: readonly FormulaToken[], dr: number, dc: number): string {
  let s = '';
  for (const t of tokens) {
    if (t.kind !== 'ref') {
      s += t.text;
      continue;
    }
    const start = shiftEnd(t.ref.start, dr, dc);
    const end = t.ref.end ? shiftEnd(t.ref.end, dr, dc) : undefined;
    if (!start || end === null) s += '#REF!';
    else s += formatA1Reference({ ...t.ref, start, ...(end ? { end } : {}) });
  }
  return s;
}
