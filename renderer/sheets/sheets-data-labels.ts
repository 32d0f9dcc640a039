/** Strings of the data tools of the sheets module (formula help, errors, clipboard, sort, filter, find). */
import type { FormulaErrorLabels } from './cell-errors.js';

export interface SheetsDataLabels {
  /** What each formula error means, shown on hover and under the formula bar. */
  readonly errors: FormulaErrorLabels;
  /** Accessible name of the function suggestions, e.g. "Fonctions". */
  readonly functions: string;
  /** Accessible name of the argument hint, e.g. "Arguments de la fonction". */
  readonly functionHint: string;
}
