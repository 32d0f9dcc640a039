/**
 * Whether an entry obeys the cell's data validation (ECMA-376 Part 1, 18.3.1.32 `dataValidation`;
 * ODF 1.3 9.4.5 `table:content-validation`): a value of a list, a whole or decimal number, a date
 * or a time within bounds, a text of some length. What the file says to show when it does not
 * (stop refuses, warning and information ask) comes with the verdict. Pure: operands are
 * evaluated by the caller (the engine).
 */
import type { CellValue, DataValidation, ValidationOperator } from '@ostal/model';
import type { RawContent } from './cell-text.js';
import { shiftFormula, truthy } from './conditional-extras.js';

/** The validation rule covering a cell that checks entries (type other than `any`), if any. */
export function validationAt(validations: readonly DataValidation[] | undefined, row: number, col: number): DataValidation | undefined {
  return validations?.find((v) => v.type !== 'any' && v.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right));
}

/** The validation with an input message to show when a cell is selected. */
export function promptAt(validations: readonly DataValidation[] | undefined, row: number, col: number): { title?: string; text: string } | undefined {
  const v = validations?.find((x) => x.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right));
  if (!v || v.showPrompt === false || !v.prompt?.text) return undefined;
  return { ...(v.prompt.title ? { title: v.prompt.title } : {}), text: v.prompt.text };
}

/** What the checker needs from the workbook. */
export interface ValidationContext {
  /** Value of an operand formula (Excel syntax without `=`), relative to the rule's first cell. */
  readonly evaluate: (formula: string) => CellValue;
  /** Choices of a list rule, as cells show them. */
  readonly choices: (validation: DataValidation) => string[];
  /** How a value is shown (to compare with list choices). */
  readonly shown: (value: number | boolean) => string;
  /**
   * Value of a custom rule's formula (already moved to the entry's cell) with the entry in the
   * cell, as Excel and LibreOffice judge it; without it custom rules let entries pass.
   */
  readonly withEntry?: (formula: string) => CellValue;
  /**
   * The value a formula entry computes in its cell (with the entry in place), checked against
   * the rule as a typed value would be; without it formula entries pass.
   */
  readonly entryValue?: () => CellValue;
}

/**
 * A custom rule's formula for one cell of its ranges: written for the top-left cell of the first
 * range, its relative references move with the cell (`=COUNTIF($A:$A;A2)=1` on A3 reads A3).
 */
export function customFormulaAt(validation: DataValidation, row: number, col: number): string | undefined {
  const formula = validation.formula1?.trim().replace(/^=/, '');
  const first = validation.ranges[0];
  if (!formula || !first) return undefined;
  return shiftFormula(formula, row - first.top, col - first.left);
}

function compare(op: ValidationOperator | undefined, x: number, a: number, b: number | undefined): boolean {
  switch (op ?? 'between') {
    case 'between':
      return b !== undefined && x >= Math.min(a, b) && x <= Math.max(a, b);
    case 'notBetween':
      return b !== undefined && (x < Math.min(a, b) || x > Math.max(a, b));
    case 'equal':
      return x === a;
    case 'notEqual':
      return x !== a;
    case 'greaterThan':
      return x > a;
    case 'lessThan':
      return x < a;
    case 'greaterThanOrEqual':
      return x >= a;
    case 'lessThanOrEqual':
      return x <= a;
  }
}

function operand(ctx: ValidationContext, formula: string | undefined): number | undefined {
  if (formula === undefined || formula.trim() === '') return undefined;
  const direct = Number(formula);
  if (Number.isFinite(direct) && formula.trim() !== '') return direct;
  const value = ctx.evaluate(formula.replace(/^=/, ''));
  return typeof value === 'number' ? value : undefined;
}

/**
 * True when `raw` (what was typed, as engine content) is allowed in the cell at `row`, `col`.
 * Empty entries pass when blanks are allowed; a formula is judged by the value it computes in the
 * cell; a `custom` rule's formula is computed with the entry (value or formula) in place and must
 * give TRUE or a number other than 0 (an error refuses).
 */
export function entryAllowed(validation: DataValidation, raw: RawContent, ctx: ValidationContext, row = validation.ranges[0]?.top ?? 0, col = validation.ranges[0]?.left ?? 0): boolean {
  if (raw === null || raw === '') return validation.allowBlank !== false;
  if (typeof raw === 'string' && raw.startsWith('=') && validation.type !== 'custom') {
    // A formula is judged by what it computes, as Excel does: an error is refused.
    if (!ctx.entryValue) return true;
    const value = ctx.entryValue();
    if (value !== null && typeof value === 'object') return false;
    // A computed text is a text (the apostrophe keeps `=...` or `12` from being read again).
    return entryAllowed(validation, typeof value === 'string' && value !== '' ? `'${value}` : value, ctx, row, col);
  }
  const text = typeof raw === 'string' ? raw.replace(/^'/, '') : undefined;
  switch (validation.type) {
    case 'any':
      return true;
    case 'custom': {
      const formula = customFormulaAt(validation, row, col);
      if (formula === undefined || !ctx.withEntry) return true;
      return truthy(ctx.withEntry(formula));
    }
    case 'list': {
      const shown = text ?? ctx.shown(raw as number | boolean);
      const wanted = shown.trim().toLocaleLowerCase();
      return ctx.choices(validation).some((c) => c.trim().toLocaleLowerCase() === wanted || (typeof raw === 'number' && Number(c.replace(',', '.')) === raw));
    }
    case 'textLength': {
      const length = (text ?? ctx.shown(raw as number | boolean)).length;
      const a = operand(ctx, validation.formula1);
      return a !== undefined && compare(validation.operator, length, a, operand(ctx, validation.formula2));
    }
    case 'whole':
    case 'decimal':
    case 'date':
    case 'time': {
      if (typeof raw !== 'number') return false;
      if (validation.type === 'whole' && !Number.isInteger(raw)) return false;
      const a = operand(ctx, validation.formula1);
      if (a === undefined) return true;
      // Times compare on the time of day.
      const x = validation.type === 'time' && raw >= 1 ? raw - Math.floor(raw) : raw;
      return compare(validation.operator, x, a, operand(ctx, validation.formula2));
    }
  }
}

/** How a refused entry is reported: the file's style, title and text (or none when the rule shows no alert). */
export interface ValidationAlert {
  readonly style: 'stop' | 'warning' | 'information';
  readonly title?: string;
  readonly text?: string;
}

/**
 * The alert for an entry that breaks `validation`. A rule read from a file that says to show no
 * alert lets the entry in (as Excel and LibreOffice do): undefined.
 */
export function alertFor(validation: DataValidation): ValidationAlert | undefined {
  if (validation.showError !== true) return undefined;
  const style = validation.error?.style ?? 'stop';
  return { style, ...(validation.error?.title ? { title: validation.error.title } : {}), ...(validation.error?.text ? { text: validation.error.text } : {}) };
}

/** Bounds of a rule for the default message ("un nombre entier entre 1 et 10"). */
export function ruleBounds(validation: DataValidation, ctx: ValidationContext): { a?: number; b?: number } {
  const a = operand(ctx, validation.formula1);
  const b = operand(ctx, validation.formula2);
  return { ...(a !== undefined ? { a } : {}), ...(b !== undefined ? { b } : {}) };
}
