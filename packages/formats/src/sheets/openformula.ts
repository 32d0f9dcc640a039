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

/** `[2]` of `'[2]My sheet'` or an `[2]` token before a reference: the external link's number. */
const EXTERNAL_INDEX = /^\[(\d+)\]/;

/**
 * OpenFormula text of a reference; sheets are written absolute (`$Sheet2`), as Excel means them.
 * `source` is the other workbook's IRI for an external reference (ODF 1.3 Part 4, 5.8 `Source`).
 */
function ofReference(ref: A1Reference, source?: string): string {
  const prefix = source !== undefined ? `'${source.replace(/'/g, "''")}'#` : '';
  const first = prefix + (ref.sheet !== undefined ? '$' + ofSheet(ref.sheet) : '') + ofEnd(ref.start);
  if (!ref.end && ref.sheet2 === undefined) return `[${first}]`;
  // A 3D reference to one cell is a range between the same cell on two sheets.
  const second = (ref.sheet2 !== undefined ? '$' + ofSheet(ref.sheet2) : '') + ofEnd(ref.end ?? ref.start);
  return `[${first}:${second}]`;
}

/** The reference of an external link (`[1]` then `Sheet1!A1`, or `'[1]My sheet'!A1`), with its target. */
function externalReference(ref: A1Reference, before: string | undefined, targets: readonly string[]): { ref: A1Reference; source: string } | null {
  const quoted = ref.sheet !== undefined ? EXTERNAL_INDEX.exec(ref.sheet) : null;
  const index = quoted ?? (before !== undefined ? EXTERNAL_INDEX.exec(before) : null);
  const source = index ? targets[Number(index[1]) - 1] : undefined;
  if (!index || source === undefined || ref.sheet === undefined) return null;
  return { ref: quoted ? { ...ref, sheet: ref.sheet.slice(quoted[0].length) } : ref, source };
}

/**
 * Translates a model formula (`=SUM(A1:A3)`) to the ODF attribute value (`of:=SUM([.A1:.A3])`).
 * `externals` are the targets of the workbook's external links: `[1]Sheet1!A1` becomes
 * `['file:///x.xlsx'#$Sheet1.A1]`. Never throws: syntax it does not recognise is copied as it is.
 */
export function toOpenFormula(formula: string, externals: readonly string[] = []): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const stack: Bracket[] = [];
  let out = '';
  let pendingFunc = false;
  const tokens = tokenizeA1(body);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'other' && next?.kind === 'ref' && EXTERNAL_INDEX.test(t.text) && externalReference(next.ref, t.text, externals)) continue;
    switch (t.kind) {
      case 'ref': {
        const external = externalReference(t.ref, tokens[i - 1]?.text, externals);
        out += external ? ofReference(external.ref, external.source) : ofReference(t.ref);
        break;
      }
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
  }
  if (m[4] !== undefined) {
    end.row = Number(m[4]) - 1;
    // A whole row's `$8`: the regular expression gives its `$` to the missing column.
    end.rowAbs = m[3] === '$' || (m[2] === undefined && m[1] === '$');
    if (end.row < 0) return null;
  }
  if (sheetText.startsWith("'")) {
    if (!sheetText.endsWith("'") || sheetText.length < 2) return null;
    sheetText = sheetText.slice(1, -1).replace(/''/g, "'");
  } else if (/['#]/.test(sheetText)) return null;
  return sheetText ? { sheet: sheetText, end } : { end };
}

/** Gives the number (from 1) formulas name another workbook by, `[1]`, adding it when new. */
export interface ExternalTargets {
  indexOf(target: string): number;
}

/** `'file:///x.xlsx'#` before a reference (ODF 1.3 Part 4, 5.8 `Source`). */
const OF_SOURCE = /^'((?:[^']|'')*)'#/;

/**
 * Translates the inside of `[...]` to an Excel reference, or null when it has no Excel form. A
 * reference into another workbook becomes `[n]Sheet1!A1` when `externals` numbers it.
 */
function excelReference(inner: string, externals?: ExternalTargets): string | null {
  const source = OF_SOURCE.exec(inner);
  if (source) {
    if (!externals) return null;
    const local = excelReference(inner.slice(source[0].length));
    if (local === null || local === '#REF!' || !local.includes('!')) return null;
    const index = `[${String(externals.indexOf(source[1]!.replace(/''/g, "'")))}]`;
    return local.startsWith("'") ? `'${index}${local.slice(1)}` : index + local;
  }
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
 * to a model formula (`=SUM(A1:A3)`). `msoxl:` formulas are Excel syntax already. References
 * into other workbooks are translated when `externals` numbers them, else kept as issues.
 */
export function fromOpenFormula(attribute: string, externals?: ExternalTargets): FormulaTranslation {
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
      const ref = t.endsWith(']') ? excelReference(t.slice(1, -1), externals) : null;
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
