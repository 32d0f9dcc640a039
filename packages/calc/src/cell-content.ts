/**
 * Model cells to HyperFormula content and HyperFormula results back to model values. Text always
 * goes in with a leading apostrophe so that the engine keeps it as text (`00123`, `TRUE`, `1/2`
 * stay text, as they were in the file); formulas go in as written.
 */
import { DetailedCellError } from 'hyperformula';
import type { CellValue as EngineValue, RawCellContent } from 'hyperformula';
import type { Cell, CellErrorCode, CellValue } from '@ostal/model';
import { engineFormula } from './external-sheets.js';

/** Error codes the model knows; HyperFormula's others (`#CYCLE!`, `#SPILL!`, `#LIC!`) become `#ERROR!`. */
const MODEL_ERRORS: readonly CellErrorCode[] = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!'];

/** Error literals HyperFormula reads back as errors when set as cell content. */
const ENGINE_ERROR_LITERALS = new Set(['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** The model code for an engine error text. */
export function toCellErrorCode(text: string): CellErrorCode {
  return (MODEL_ERRORS as readonly string[]).includes(text) ? (text as CellErrorCode) : '#ERROR!';
}

/**
 * The engine literal for an error code. The engine has none for `#NULL!` and `#ERROR!`; they load
 * as `#VALUE!`, which propagates the same way.
 */
export function engineErrorLiteral(code: CellErrorCode): string {
  return ENGINE_ERROR_LITERALS.has(code) ? code : '#VALUE!';
}

/** Engine content for a stored (non-formula) value. */
export function valueToRaw(value: CellValue): RawCellContent {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : `'${value}`;
  return engineErrorLiteral(value.error);
}

/** Engine content for a model cell: its formula when it has one (stored results are ignored). */
export function cellToRaw(cell: Cell | null): RawCellContent {
  if (!cell) return null;
  if (cell.formula !== undefined) return engineFormula(cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`);
  return valueToRaw(cell.value);
}

/**
 * The model value of an engine result. A formula never yields a blank in Excel or LibreOffice
 * (`=A1` on an empty A1 shows 0), so an empty formula result is 0 when `formula` is true.
 */
export function engineToValue(value: EngineValue, formula = false): CellValue {
  if (value instanceof DetailedCellError) return { error: toCellErrorCode(value.value) };
  if (value === null || value === undefined) return formula ? 0 : null;
  return value;
}
