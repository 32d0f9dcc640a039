/**
 * Data validation rules as the "Validité…" dialog edits them: a form in the user's language
 * (`1,5`, `31/12/2026`, one list entry per line, `=B1` for a formula) <-> the model's rule
 * (operands in Excel syntax, as the files keep them), and the sheet's rules with one applied to
 * (or taken away from) the selection.
 */
import type { CellRange, DataValidation, ValidationOperator, ValidationType } from '@ostal/model';
import { formatNumber, parseLocaleNumber } from './cell-text.js';
import { toCanonicalFormula, toLocalFormula } from './formula-locale.js';
import { dateOfSerial, dateOrder, parseTypedDateTime } from './typed-values.js';

/** The kinds of rule the dialog offers (`any`: no rule). */
export const EDITABLE_TYPES = ['any', 'list', 'whole', 'decimal', 'date', 'time', 'textLength', 'custom'] as const;
export type EditableType = (typeof EDITABLE_TYPES)[number];
export const OPERATORS: readonly ValidationOperator[] = ['between', 'notBetween', 'equal', 'notEqual', 'greaterThan', 'lessThan', 'greaterThanOrEqual', 'lessThanOrEqual'];

export interface ValidityForm {
  readonly type: EditableType;
  readonly operator: ValidationOperator;
  /** Operands as typed (number, date, time, or `=formula`); for `custom`, value1 is the condition (`=A1>0`). */
  readonly value1: string;
  readonly value2: string;
  /** List entries, one a line, or `=range`. */
  readonly list: string;
  readonly allowBlank: boolean;
  readonly showDropdown: boolean;
  readonly showPrompt: boolean;
  readonly promptTitle: string;
  readonly promptText: string;
  readonly showError: boolean;
  readonly errorStyle: 'stop' | 'warning' | 'information';
  readonly errorTitle: string;
  readonly errorText: string;
}

/** Why a form cannot be applied: which field, and what is wrong. */
export interface FormProblem {
  readonly field: 'value1' | 'value2' | 'list';
  readonly kind: 'empty' | 'number' | 'whole' | 'date' | 'time' | 'listComma' | 'formula';
}

export const EMPTY_FORM: ValidityForm = {
  type: 'any',
  operator: 'between',
  value1: '',
  value2: '',
  list: '',
  allowBlank: true,
  showDropdown: true,
  showPrompt: true,
  promptTitle: '',
  promptText: '',
  showError: true,
  errorStyle: 'stop',
  errorTitle: '',
  errorText: '',
};

const two = (n: number) => String(n).padStart(2, '0');

/** An operand as the user reads it. */
function operandText(formula: string | undefined, type: ValidationType, locale: string, date1904: boolean): string {
  if (formula === undefined) return '';
  const f = formula.trim();
  if (!/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(f)) return toLocalFormula(`=${f.replace(/^=/, '')}`, locale);
  const n = Number(f);
  if (type === 'date') {
    const d = dateOfSerial(n, date1904);
    const parts = { day: two(d.day), month: two(d.month), year: String(d.year) };
    return dateOrder(locale).map((p) => parts[p]).join('/');
  }
  if (type === 'time') {
    const minutes = Math.round((n - Math.floor(n)) * 1440);
    return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  }
  return formatNumber(n, locale);
}

/** A custom rule's condition as the user reads it: `=` and the formula in the user's language. */
function conditionText(formula: string | undefined, locale: string): string {
  const f = (formula ?? '').trim().replace(/^=/, '');
  return f === '' ? '' : toLocalFormula(`=${f}`, locale);
}

/**
 * A condition typed for a custom rule, in Excel syntax without `=`; a problem kind when it is empty
 * or cannot be a formula (unbalanced parentheses or quotes, an operator at its end).
 */
function conditionFormula(text: string, locale: string): { formula: string } | FormProblem['kind'] {
  const t = text.trim().replace(/^=/, '').trim();
  if (t === '') return 'empty';
  let depth = 0;
  let quoted = false;
  for (const ch of t) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return 'formula';
  }
  if (quoted || depth !== 0 || /[-+*/^&=<>;,(]$/.test(t)) return 'formula';
  return { formula: toCanonicalFormula(`=${t}`, locale).slice(1) };
}

/** The entries of a quoted list (`"oui,non"` -> oui, non); undefined when the formula is a reference. */
function quotedEntries(formula: string): string[] | undefined {
  const f = formula.trim();
  if (!(f.startsWith('"') && f.endsWith('"') && f.length >= 2)) return undefined;
  return f
    .slice(1, -1)
    .replace(/""/g, '"')
    .split(',')
    .map((s) => s.trim());
}

/** The dialog's form for a rule (EMPTY_FORM's defaults where the rule says nothing). */
export function formOf(rule: DataValidation | undefined, locale: string, date1904 = false): ValidityForm {
  if (!rule) return EMPTY_FORM;
  const type: EditableType = rule.type;
  const entries = type === 'list' && rule.formula1 !== undefined ? quotedEntries(rule.formula1) : undefined;
  const list = type !== 'list' ? '' : entries ? entries.join('\n') : toLocalFormula(`=${(rule.formula1 ?? '').replace(/^=/, '')}`, locale);
  return {
    type,
    operator: rule.operator ?? 'between',
    value1: type === 'list' ? '' : type === 'custom' ? conditionText(rule.formula1, locale) : operandText(rule.formula1, rule.type, locale, date1904),
    value2: type === 'list' || type === 'custom' ? '' : operandText(rule.formula2, rule.type, locale, date1904),
    list,
    allowBlank: rule.allowBlank ?? false,
    showDropdown: !rule.hideDropdown,
    showPrompt: rule.showPrompt ?? false,
    promptTitle: rule.prompt?.title ?? '',
    promptText: rule.prompt?.text ?? '',
    showError: rule.showError ?? false,
    errorStyle: rule.error?.style ?? 'stop',
    errorTitle: rule.error?.title ?? '',
    errorText: rule.error?.text ?? '',
  };
}

/** An operand typed in the form, as the file keeps it; a problem kind when it cannot be read. */
function operandFormula(text: string, type: EditableType, locale: string, date1904: boolean): { formula: string } | FormProblem['kind'] {
  const t = text.trim();
  if (t === '') return 'empty';
  if (t.startsWith('=') && t.length > 1) return { formula: toCanonicalFormula(t, locale).slice(1) };
  if (type === 'date') {
    const parsed = parseTypedDateTime(t, locale, date1904);
    return parsed && parsed.value >= 1 ? { formula: String(Math.floor(parsed.value)) } : 'date';
  }
  if (type === 'time') {
    const parsed = parseTypedDateTime(t, locale, date1904);
    return parsed && parsed.value < 1 ? { formula: String(Math.round(parsed.value * 86_400) / 86_400) } : 'time';
  }
  const n = parseLocaleNumber(t, locale);
  if (n === null) return 'number';
  if ((type === 'whole' || type === 'textLength') && !Number.isInteger(n)) return 'whole';
  return { formula: String(n) };
}

const needsTwo = (op: ValidationOperator) => op === 'between' || op === 'notBetween';

/**
 * The rule a form describes over `ranges` (its operands relative to their first cell); undefined
 * for "any value" (no rule), or the first problem found.
 */
export function ruleOf(form: ValidityForm, ranges: readonly CellRange[], locale: string, date1904 = false): { rule?: DataValidation; problem?: FormProblem } {
  if (form.type === 'any') return {};
  let formula1: string;
  let formula2: string | undefined;
  if (form.type === 'list') {
    const text = form.list.trim();
    if (text.startsWith('=') && text.length > 1) formula1 = toCanonicalFormula(text, locale).slice(1);
    else {
      const entries = text
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (entries.length === 0) return { problem: { field: 'list', kind: 'empty' } };
      if (entries.some((e) => e.includes(','))) return { problem: { field: 'list', kind: 'listComma' } };
      formula1 = `"${entries.join(',').replace(/"/g, '""')}"`;
    }
  } else if (form.type === 'custom') {
    const c = conditionFormula(form.value1, locale);
    if (typeof c === 'string') return { problem: { field: 'value1', kind: c } };
    formula1 = c.formula;
  } else {
    const a = operandFormula(form.value1, form.type, locale, date1904);
    if (typeof a === 'string') return { problem: { field: 'value1', kind: a } };
    formula1 = a.formula;
    if (needsTwo(form.operator)) {
      const b = operandFormula(form.value2, form.type, locale, date1904);
      if (typeof b === 'string') return { problem: { field: 'value2', kind: b } };
      formula2 = b.formula;
    }
  }
  const prompt = { ...(form.promptTitle.trim() ? { title: form.promptTitle.trim() } : {}), ...(form.promptText.trim() ? { text: form.promptText.trim() } : {}) };
  const error = { style: form.errorStyle, ...(form.errorTitle.trim() ? { title: form.errorTitle.trim() } : {}), ...(form.errorText.trim() ? { text: form.errorText.trim() } : {}) };
  const rule: DataValidation = {
    ranges: ranges.map((r) => ({ ...r })),
    type: form.type,
    ...(form.type !== 'list' && form.type !== 'custom' ? { operator: form.operator } : {}),
    formula1,
    ...(formula2 !== undefined ? { formula2 } : {}),
    allowBlank: form.allowBlank,
    ...(form.type === 'list' && !form.showDropdown ? { hideDropdown: true } : {}),
    ...(Object.keys(prompt).length > 0 ? { prompt } : {}),
    showPrompt: form.showPrompt && Object.keys(prompt).length > 0,
    error,
    showError: form.showError,
  };
  return { rule };
}

/** The parts of `r` outside `cut` (up to four rectangles: above, below, left, right). */
export function subtractRange(r: CellRange, cut: CellRange): CellRange[] {
  if (cut.bottom < r.top || cut.top > r.bottom || cut.right < r.left || cut.left > r.right) return [r];
  const out: CellRange[] = [];
  if (cut.top > r.top) out.push({ top: r.top, left: r.left, bottom: cut.top - 1, right: r.right });
  if (cut.bottom < r.bottom) out.push({ top: cut.bottom + 1, left: r.left, bottom: r.bottom, right: r.right });
  const top = Math.max(r.top, cut.top);
  const bottom = Math.min(r.bottom, cut.bottom);
  if (cut.left > r.left) out.push({ top, left: r.left, bottom, right: cut.left - 1 });
  if (cut.right < r.right) out.push({ top, left: cut.right + 1, bottom, right: r.right });
  return out;
}

/**
 * The sheet's rules once `rule` covers `selection`: other rules lose the selected cells (a rule left
 * without cells goes), and `rule` (undefined: none) is added. Rules whose operands are constants
 * keep their meaning when cut; formula operands are relative to the first range, which a cut keeps
 * when it can (the pieces of the first range come first).
 */
export function withValidation(validations: readonly DataValidation[] | undefined, selection: CellRange, rule: DataValidation | undefined): DataValidation[] | undefined {
  const kept: DataValidation[] = [];
  for (const v of validations ?? []) {
    const ranges = v.ranges.flatMap((r) => subtractRange(r, selection));
    if (ranges.length === 0) continue;
    kept.push(ranges.length === v.ranges.length && ranges.every((r, i) => r === v.ranges[i]) ? v : { ...v, ranges });
  }
  const all = rule ? [...kept, rule] : kept;
  return all.length > 0 ? all : undefined;
}

