/** Strings of the data tools of the sheets module (formula help, errors, clipboard, sort, filter, find). */
import type { FormulaErrorLabels } from './cell-errors.js';

export interface SheetsDataLabels {
  /** What each formula error means, shown on hover and under the formula bar. */
  readonly errors: FormulaErrorLabels;
  /** Accessible name of the function suggestions, e.g. "Fonctions". */
  readonly functions: string;
  /** Accessible name of the argument hint, e.g. "Arguments de la fonction". */
  readonly functionHint: string;
  /** Accessible name of the data toolbar. */
  readonly toolbar: string;
  readonly sort: string;
  readonly sortTitle: string;
  readonly sortHeader: string;
  readonly sortBy: string;
  readonly sortThenBy: string;
  readonly sortNone: string;
  /** "Colonne B", or the column's title when the range has a header row. */
  readonly sortColumn: (name: string) => string;
  readonly sortOrder: string;
  readonly sortAscending: string;
  readonly sortDescending: string;
  readonly ok: string;
  readonly cancel: string;
  readonly find: string;
  readonly findWhat: string;
  readonly replaceWith: string;
  readonly matchCase: string;
  readonly wholeCell: string;
  readonly findNext: string;
  readonly findPrevious: string;
  readonly replaceOne: string;
  readonly replaceAll: string;
  readonly closeFind: string;
  readonly matchPosition: (n: number, total: number) => string;
  readonly noMatch: string;
  readonly replaced: (count: number) => string;
  /** Accessible name of a validation drop-down, e.g. "Valeurs autorisées". */
  readonly validationList: string;
}
