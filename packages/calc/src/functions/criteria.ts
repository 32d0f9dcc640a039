/**
 * Criteria of COUNTIF, SUMIF, AVERAGEIF and their -IFS forms, as the Excel function reference
 * describes them: an optional operator (`=`, `<>`, `<`, `<=`, `>`, `>=`) before a number, a
 * logical, an error or text; text compared without case, whole cell, with wildcards (`*` any
 * run, `?` one character, `~` escaping the next one) for `=` and `<>`.
 *
 * Blank cells: `""` matches blank cells and empty text, `=` only blank cells, `<>` every cell that
 * is not blank; `<>x` matches blanks too. Numbers stored as text match an `=` number criterion
 * (COUNTIF(A:A, 5) counts the text "5"), but never `<` or `>`.
 */
import { CellError } from 'hyperformula';
import type { ScalarValue } from './plugin-support.js';
import { isEmpty, isNumberValue, parseNumericText, toNumber } from './plugin-support.js';

/** A compiled criterion: true for a matching cell value. */
export type CellPredicate = (value: ScalarValue) => boolean;

type Operator = '=' | '<>' | '<' | '<=' | '>' | '>=';

const OPERATOR = /^(<>|<=|>=|=|<|>)/;
const ERROR_TEXTS = new Set(['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#NULL!']);
const collator = new Intl.Collator('en', { sensitivity: 'accent' });

/** Orders two numbers, texts or logicals with an operator. */
function compare(op: Operator, order: number): boolean {
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    default: {
      const missing: never = op;
      throw new Error(`Missing case for operator ${String(missing)}`);
    }
  }
}

/** `a*b?` -> a whole-text, case-insensitive pattern; `~*` is a literal star. */
export function wildcardPattern(text: string): RegExp {
  let source = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '~' && i + 1 < text.length) {
      i += 1;
      source += escapeRegExp(text[i]!);
    } else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, 'iu');
}

function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function textEquals(operand: string): (text: string) => boolean {
  if (/[*?~]/.test(operand)) {
    const pattern = wildcardPattern(operand);
    return (text) => pattern.test(text);
  }
  return (text) => collator.compare(text, operand) === 0;
}

/** Number criterion: numbers compared, numeric text equal only under `=` / `<>`. */
function numberPredicate(op: Operator, operand: number): CellPredicate {
  return (value) => {
    if (isNumberValue(value)) return compare(op, Math.sign(toNumber(value) - operand));
    if (op === '=' || op === '<>') {
      const asNumber = typeof value === 'string' ? parseNumericText(value) : null;
      const equal = asNumber !== null && asNumber === operand;
      return op === '=' ? equal : !equal;
    }
    return false;
  };
}

function booleanPredicate(op: Operator, operand: boolean): CellPredicate {
  return (value) => {
    if (typeof value === 'boolean') return compare(op, Number(value) - Number(operand));
    return op === '<>';
  };
}

function errorPredicate(op: Operator, operand: string): CellPredicate {
  return (value) => {
    const equal = value instanceof CellError && errorText(value) === operand;
    if (op === '=') return equal;
    if (op === '<>') return !equal;
    return false;
  };
}

function textPredicate(op: Operator, operand: string): CellPredicate {
  if (op === '=' || op === '<>') {
    const equals = textEquals(operand);
    return (value) => {
      const equal = typeof value === 'string' && equals(value);
      return op === '=' ? equal : !equal;
    };
  }
  return (value) => typeof value === 'string' && compare(op, collator.compare(value, operand));
}

/** The error literal of an engine error (`#DIV/0!`). */
function errorText(error: CellError): string {
  const texts: Record<string, string> = { DIV_BY_ZERO: '#DIV/0!', VALUE: '#VALUE!', REF: '#REF!', NAME: '#NAME?', NUM: '#NUM!', NA: '#N/A' };
  return texts[error.type] ?? '#ERROR!';
}

/**
 * Compiles a criterion value (what the criteria argument evaluated to) into a predicate.
 * @example compileCriterion('>=5')(7) // true
 */
export function compileCriterion(criterion: ScalarValue): CellPredicate {
  if (criterion instanceof CellError) return errorPredicate('=', errorText(criterion));
  if (isNumberValue(criterion)) return numberPredicate('=', toNumber(criterion));
  if (typeof criterion === 'boolean') return booleanPredicate('=', criterion);
  if (isEmpty(criterion)) return numberPredicate('=', 0);
  const match = OPERATOR.exec(criterion);
  const op: Operator | null = match ? (match[1] as Operator) : null;
  const operand = match ? criterion.slice(match[1]!.length) : criterion;
  if (operand === '') {
    if (op === null) return (value) => isEmpty(value) || value === '';
    if (op === '=') return (value) => isEmpty(value);
    if (op === '<>') return (value) => !isEmpty(value);
    return () => false;
  }
  const effective = op ?? '=';
  const number = parseNumericText(operand);
  if (number !== null) return numberPredicate(effective, number);
  const upper = operand.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return booleanPredicate(effective, upper === 'TRUE');
  if (ERROR_TEXTS.has(upper)) return errorPredicate(effective, upper);
  return textPredicate(effective, operand);
}
