/**
 * What every Ostal function plugin shares: the HyperFormula value types a plugin sees, small
 * coercions with spreadsheet semantics, and the base class with argument helpers.
 *
 * HyperFormula hands plugins "interpreter values": plain numbers or rich numbers (dates,
 * percentages: objects with `val`), strings, booleans, the `EmptyValue` symbol for a blank cell,
 * `CellError`s, and `SimpleRangeValue`s for ranges. Errors are values, never exceptions.
 */
import { CellError, EmptyValue, ErrorType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { FunctionMetadata } from 'hyperformula';

/** HyperFormula's function-call node and interpreter state (not exported by name; derived here). */
export type PluginAst = Parameters<FunctionPlugin['evaluateAst']>[0];
export type PluginState = Parameters<FunctionPlugin['evaluateAst']>[1];
/** A function call as a plugin method receives it. */
export interface ProcedureNode {
  readonly procedureName: string;
  readonly args: PluginAst[];
}

/** A value a plugin sees or returns. */
export type PluginValue = ReturnType<FunctionPlugin['evaluateAst']>;
/** A value without ranges. */
export type ScalarValue = Exclude<PluginValue, SimpleRangeValue>;

/** The signature every plugin method has. */
export type PluginMethod = (ast: ProcedureNode, state: PluginState) => PluginValue;

/** True for a blank cell. */
export function isEmpty(value: unknown): value is typeof EmptyValue {
  return value === EmptyValue;
}

/** True for a number, plain or rich (date, time, percentage, currency). */
export function isNumberValue(value: unknown): value is number | { val: number } {
  return typeof value === 'number' || (typeof value === 'object' && value !== null && 'val' in value && typeof (value).val === 'number');
}

/** The plain number of a plain or rich number. */
export function toNumber(value: number | { val: number }): number {
  return typeof value === 'number' ? value : value.val;
}

/** A spreadsheet error value. */
export function cellError(type: ErrorType, message?: string): CellError {
  return new CellError(type, message);
}

/**
 * Text typed as a number, the way spreadsheets coerce `"12"`, `" 1.5e3 "`, `"50%"`: null when
 * the text is no number (dates in text are not recognised here).
 */
export function parseNumericText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const percent = trimmed.endsWith('%');
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(body)) return null;
  const n = Number(body);
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

/**
 * Numeric value of a scalar argument given directly (not through a reference): numbers as they
 * are, booleans as 1/0, numeric text parsed, blank as 0; other text is `#VALUE!`.
 */
export function coerceToNumber(value: ScalarValue): number | CellError {
  if (value instanceof CellError) return value;
  if (isNumberValue(value)) return toNumber(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isEmpty(value)) return 0;
  const parsed = parseNumericText(value);
  return parsed === null ? cellError(ErrorType.VALUE, 'Text is not a number.') : parsed;
}

/** Every value of a range, row by row, or the value itself for a scalar. */
export function flatValues(value: PluginValue): ScalarValue[] {
  if (value instanceof SimpleRangeValue) return value.valuesFromTopLeftCorner();
  return [value];
}

/**
 * True when the node is a reference (cell, range, column or row range). Named expressions are
 * not: the only ones a workbook gets are the TRUE and FALSE constants (see calc.ts).
 */
export function isReferenceNode(node: PluginAst): boolean {
  const type = node.type as string;
  return type === 'CELL_REFERENCE' || type === 'CELL_RANGE' || type === 'COLUMN_RANGE' || type === 'ROW_RANGE';
}

/**
 * The base of Ostal's function plugins: HyperFormula's `FunctionPlugin` with helpers for
 * functions that need to see their arguments before coercion (references versus literals).
 */
export abstract class OstalFunctionPlugin extends FunctionPlugin {
  /** Evaluates one argument node. */
  protected evaluateArg(node: PluginAst, state: PluginState): PluginValue {
    return (this.evaluateAst)(node, state);
  }

  /** Metadata of a function of this plugin. */
  protected meta(name: string): FunctionMetadata {
    return this.metadata(name);
  }

  /** `#N/A` wrong-argument-count error, as HyperFormula reports it. */
  protected argumentCountError(): CellError {
    return cellError(ErrorType.NA, 'Wrong number of arguments.');
  }
}
