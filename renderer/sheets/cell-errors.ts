/**
 * Formula errors as other suites show them, with an explanation a person can act on. French
 * users read `#NOM?` and `#VALEUR!` (the French names); a circular reference shows `Err:522`, as
 * LibreOffice does, instead of hanging or a bare `#ERROR!`.
 */
import type { CellValue } from '@ostal/model';
import type { CellDisplay } from './grid-adapter.js';
import { localErrorCode } from './formula-locale.js';

/** The families of errors a formula can give. */
export type FormulaErrorKind = 'divZero' | 'name' | 'value' | 'num' | 'na' | 'ref' | 'null' | 'cycle' | 'spill' | 'other';

/** One explanation per error family, in the user's language. */
export type FormulaErrorLabels = Readonly<Record<FormulaErrorKind, string>>;

const BY_ENGINE_TYPE: Readonly<Record<string, FormulaErrorKind>> = {
  DIV_BY_ZERO: 'divZero',
  NAME: 'name',
  VALUE: 'value',
  NUM: 'num',
  NA: 'na',
  REF: 'ref',
  CYCLE: 'cycle',
  SPILL: 'spill',
};

const BY_CODE: Readonly<Record<string, FormulaErrorKind>> = {
  '#DIV/0!': 'divZero',
  '#NAME?': 'name',
  '#VALUE!': 'value',
  '#NUM!': 'num',
  '#N/A': 'na',
  '#REF!': 'ref',
  '#NULL!': 'null',
};

/**
 * The family of an error from the engine's error type (`CYCLE`, `DIV_BY_ZERO`...) when there is
 * one, else from the stored code (`#DIV/0!`).
 */
export function formulaErrorKind(engineType: string | undefined, code: string): FormulaErrorKind {
  return (engineType !== undefined ? BY_ENGINE_TYPE[engineType] : undefined) ?? BY_CODE[code] ?? 'other';
}

/** The text a cell with this error shows in `locale`. */
export function formulaErrorText(kind: FormulaErrorKind, code: string, locale: string): string {
  if (kind === 'cycle') return 'Err:522';
  return localErrorCode(code, locale);
}

/**
 * A cell's display with its error named as `locale` names it and explained in a tooltip;
 * displays without an error come back unchanged.
 */
export function withErrorExplained(
  shown: CellDisplay,
  value: CellValue,
  engineType: string | undefined,
  locale: string,
  labels: FormulaErrorLabels,
): CellDisplay {
  if (!shown.error || value === null || typeof value !== 'object') return shown;
  const kind = formulaErrorKind(engineType, value.error);
  return { ...shown, text: formulaErrorText(kind, value.error, locale), tooltip: labels[kind] };
}

/** What the error a cell computes means, or undefined when it computes no error. */
export function errorExplanation(value: CellValue, engineType: string | undefined, labels: FormulaErrorLabels): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  return labels[formulaErrorKind(engineType, value.error)];
}
