/**
 * OpenFormula <-> Excel A1 formula translation (ODF 1.3 Part 4: 5.8 references `[.A1]`,
 * `[$Sheet2.A1:.B2]`, 5.3 `;` argument separator, 5.10 inline arrays `{1;2|3;4}`, 6.4 union `~`
 * and intersection `!`; ECMA-376 Part 1, 18.17 for the Excel side). The model keeps formulas in
 * Excel syntax, so ODF readers call {@link fromOpenFormula} and writers {@link toOpenFormula}.
 */
import { formatA1Reference, tokenizeA1 } from './a1-formula.js';
import type { A1Reference, RefEnd } from './a1-formula.js';
import { excelToOpenFormulaName, openFormulaToExcelName } from './openformula-names.js';
import { isoWeekNumWithMode } from './openformula-calls.js';
import { columnIndex, columnName } from '@ostal/model';

/** What a translation produced, and what it could not translate faithfully. */
export interface FormulaTranslation {
  /** Excel formula with its leading `=`. */
  readonly formula: string;
  /** Human-readable notes on parts kept verbatim (external references, unknown syntax). */
  readonly issues: readonly string[];
}

type Bracket = 'func' | 'paren' | 'array';

function ofSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function ofEnd(e: RefEnd): string {
  const col = e.col !== undefined ? `${e.colAbs ? '$' : ''}${columnName(e.col)}` : '';
  const row = e.row !== undefined ? `${e.rowAbs ? '$' : ''}${String(e.row + 1)}` : '';
  return `.${col}${row}`;
}

/** OpenFormula text of a reference; sheets are written absolute (`$Sheet2`), as Excel means them. */
function ofReference(ref: A1Reference): string {
  const first = (ref.sheet !== undefined ? '$' + ofSheet(ref.sheet) : '') + ofEnd(ref.start);
  if (!ref.end && ref.sheet2 === undefined) return `[${first}]`;
  // A 3D reference to one cell is a range between the same cell on two sheets.
  const second = (ref.sheet2 !== undefined ? '$' + ofSheet(ref.sheet2) : '') + ofEnd(ref.end ?? ref.start);
  return `[${first}:${second}]`;
}

/**
 * Translates a model formula (`=SUM(A1:A3)`) to the ODF attribute value (`of:=SUM([.A1:.A3])`).
 * Never throws: syntax it does not recognise is copied as it is.
 */
export function toOpenFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const stack: Bracket[] = [];
  let out = '';
  let pendingFunc = false;
  for (const t of tokenizeA1(body)) {
    switch (t.kind) {
      case 'ref':
        out += ofReference(t.ref);
        break;
      case 'func':
        out += excelToOpenFormulaName(t.text);
        pendingFunc = true;
        continue;
      case 'name':
        out += /^(TRUE|FALSE)$/i.test(t.text) ? `${t.text.toUpperCase()}()` : t.text;
        break;
      case 'op': {
        const top = stack[stack.length - 1];
        if (t.text === '(') stack.push(pendingFunc ? 'func' : 'paren');
        else if (t.text === '{') stack.push('array');
        else if (t.text === ')' || t.text === '}') stack.pop();
        if (t.text === ',') out += top === 'func' || top === 'array' ? ';' : '~';
        else if (t.text === ';') out += top === 'array' ? '|' : ';';
        else out += t.text;
        break;
      }
      case 'other':
        out += t.text;
        // A quoted function name (`'DURATION'(...)`, as some files spell an unknown function):
        // its arguments are still separated by `;`, not joined by the union operator.
        if (/^'(?:[^']|'')*'$/.test(t.text)) {
          pendingFunc = true;
          continue;
        }
        break;
      case 'string':
      case 'number':
      case 'error':
      case 'space':
        out += t.text;
        break;
    }
    pendingFunc = false;
  }
  return `of:=${out}`;
}

/** Parses one end of an OpenFormula reference: `$'My sheet'.$A$1`, `.A`, `.3`. */
function parseOfEnd(text: string): { sheet?: string; end: RefEnd } | null {
  let dot = -1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === '.' && !quoted) dot = i;
  }
  if (dot < 0) return null;
  let sheetText = text.slice(0, dot).replace(/^\$/, '');
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d{1,7})?$/.exec(text.slice(dot + 1));
  if (!m || (m[2] === undefined && m[4] === undefined)) return null;
  const end: { col?: number; colAbs?: boolean; row?: number; rowAbs?: boolean } = {};
  if (m[2] !== undefined) {
    end.col = columnIndex(m[2]);
    end.colAbs = m[1] === '$';
  } else if (m[1] === '$') return null;
  if (m[4] !== undefined) {
    end.row = Number(m[4]) - 1;
    end.rowAbs = m[3] === '$';
    if (end.row < 0) return null;
  }
  if (sheetText.startsWith("'")) {
    if (!sheetText.endsWith("'") || sheetText.length < 2) return null;
    sheetText = sheetText.slice(1, -1).replace(/''/g, "'");
  } else if (/['#]/.test(sheetText)) return null;
  return sheetText ? { sheet: sheetText, end } : { end };
}

/** Translates the inside of `[...]` to an Excel reference, or null when it has no Excel form. */
function excelReference(inner: string): string | null {
  if (/#REF!/i.test(inner)) return '#REF!';
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "'") quoted = !quoted;
    else if (inner[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  const a = parseOfEnd(colon >= 0 ? inner.slice(0, colon) : inner);
  const b = colon >= 0 ? parseOfEnd(inner.slice(colon + 1)) : undefined;
  if (!a || b === null) return null;
  const threeD = b?.sheet !== undefined && a.sheet !== undefined && b.sheet !== a.sheet;
  const sameCell = b !== undefined && JSON.stringify(a.end) === JSON.stringify(b.end);
  const ref: A1Reference = {
    ...(a.sheet !== undefined ? { sheet: a.sheet } : {}),
    ...(threeD ? { sheet2: b.sheet } : {}),
    start: a.end,
    ...(b && !(threeD && sameCell) ? { end: b.end } : {}),
  };
  return formatA1Reference(ref);
}

const OF_TOKEN = /"(?:[^"]|"")*"?|\[(?:'(?:[^']|'')*'|[^\]'])*\]?|#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[\p{L}_][\p{L}\p{N}_.]*|\s+|<>|<=|>=|[\s\S]/uy;

/**
 * Translates an ODF `table:formula` value (`of:=SUM([.A1:.A3])`, also the legacy `oooc:` form)
 * to a model formula (`=SUM(A1:A3)`). `msoxl:` formulas are Excel syntax already.
 */
export function fromOpenFormula(attribute: string): FormulaTranslation {
  const pm = /^([A-Za-z][\w.-]*):(?==)/.exec(attribute);
  const prefix = pm?.[1]?.toLowerCase();
  let body = pm ? attribute.slice(pm[0].length) : attribute;
  body = body.startsWith('=') ? body.slice(1) : body;
  if (prefix === 'msoxl') return { formula: `=${body}`, issues: [] };
  const issues: string[] = [];
  const stack: Bracket[] = [];
  let out = '';
  OF_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (OF_TOKEN.lastIndex < body.length && (m = OF_TOKEN.exec(body))) {
    const t = m[0];
    const next = body[OF_TOKEN.lastIndex];
    if (t.startsWith('[')) {
      const ref = t.endsWith(']') ? excelReference(t.slice(1, -1)) : null;
      if (ref === null) issues.push(`reference ${t} has no Excel equivalent`);
      out += ref ?? t;
    } else if (/^(?:TRUE|FALSE)$/i.test(t) && next === '(' && body[OF_TOKEN.lastIndex + 1] === ')') {
      // OpenFormula spells the logical constants as functions; Excel's usual form is the bare name.
      out += t.toUpperCase();
      OF_TOKEN.lastIndex += 2;
    } else if (/^[\p{L}_]/u.test(t) && next === '(') {
      out += openFormulaToExcelName(t);
      stack.push('func');
      out += '(';
      OF_TOKEN.lastIndex += 1;
    } else if (t === '(') {
      stack.push('paren');
      out += t;
    } else if (t === '{') {
      stack.push('array');
      out += t;
    } else if (t === ')' || t === '}') {
      stack.pop();
      out += t;
    } else if (t === '$' && body[OF_TOKEN.lastIndex] === '$' && /[\p{L}_']/u.test(body[OF_TOKEN.lastIndex + 1] ?? '')) {
      // `$$Name` (OpenFormula 5.11): a named expression spelt out as one; Excel has the bare name.
      OF_TOKEN.lastIndex += 1;
    } else if (t === ';') out += ',';
    else if (t === '|') out += stack[stack.length - 1] === 'array' ? ';' : t;
    else if (t === '~') out += ',';
    else if (t === '!') out += ' ';
    else out += t;
  }
  return { formula: isoWeekNumWithMode(`=${out}`), issues };
}
