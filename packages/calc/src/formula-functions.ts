/**
 * The function names a formula calls, read from its Excel A1 text without a full parser: what
 * {@link createCalc} checks against the engine's registry so that an unsupported function is
 * reported by name instead of turning silently into a wrong value.
 */

/** Prefixes OOXML puts before newer functions (`_xlfn.CONCAT`); the formats layer drops most. */
const PREFIXES = /^(_xlfn\.|_xlws\.)+/i;

/**
 * Upper-case names of the functions `formula` calls, each once, in order of first appearance.
 * String literals (`"SUM("`), quoted sheet names (`'My (1)'!A1`) and bracketed parts (structured
 * references) are skipped.
 * @example formulaFunctions('=IF(A1>0,sum(B1:B3),"N(")') // ['IF', 'SUM']
 */
export function formulaFunctions(formula: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i, ch);
      continue;
    }
    if (ch === '[') {
      i = skipBrackets(formula, i);
      continue;
    }
    if (/[A-Za-z_\\]/.test(ch) && (i === 0 || !/[A-Za-z0-9_.$!\\]/.test(formula[i - 1]!))) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_.\\]/.test(formula[j]!)) j += 1;
      let k = j;
      while (k < n && formula[k] === ' ') k += 1;
      if (formula[k] === '(') {
        const name = formula.slice(i, j).replace(PREFIXES, '').toUpperCase();
        if (!seen.has(name)) {
          seen.add(name);
          names.push(name);
        }
      }
      i = j;
      continue;
    }
    i += 1;
  }
  return names;
}

/** Index after a quoted run starting at `start` (a doubled quote is an escaped quote). */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return i;
}

/** Index after a bracketed run starting at `start`, nested brackets included. */
function skipBrackets(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text[i] === '[') depth += 1;
    else if (text[i] === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return i;
}

/**
 * Upper-case names a formula binds to a LAMBDA with LET (`LET(f,LAMBDA(x,x+1),f(2))`): calls of
 * them are calls of that LAMBDA, not of functions. Read from the text (a name, a comma, then
 * LAMBDA), which may also catch an argument before a LAMBDA elsewhere (`MAP(r,LAMBDA(…))`): such
 * a name is called as a function only in a formula that would fail anyway.
 */
export function letLambdaNames(formula: string): Set<string> {
  const names = new Set<string>();
  for (const m of formula.matchAll(/(?:^|[^A-Za-z0-9_.$!])([A-Za-z_][A-Za-z0-9_.]*)\s*,\s*(?:_xlfn\.)?LAMBDA\s*\(/gi)) names.add(m[1]!.toUpperCase());
  return names;
}
