/**
 * What the calculation could not do faithfully, cell by cell. A cell with a diagnostic holds an
 * error value (never a silently wrong number); the diagnostic says why.
 */

/**
 * `unsupported-function`: the formula calls a function Ostal does not compute (the cell holds
 * `#NAME?`); `unknown-name`: it uses a defined name the workbook does not have; `unparsable-formula`:
 * the engine could not read the formula (the cell holds `#ERROR!`); `unavailable-information`: CELL
 * or INFO asks for something the calculation does not know (a column width, a number format, the
 * file's name...; the cell holds `#N/A`).
 */
export type CalcDiagnosticCode = 'unsupported-function' | 'unknown-name' | 'unparsable-formula' | 'unavailable-information';

/** One problem in one formula cell. */
export interface CalcDiagnostic {
  readonly severity: 'warning';
  readonly code: CalcDiagnosticCode;
  /** Sheet name. */
  readonly sheet: string;
  /** A1 name of the cell, e.g. `B3`. */
  readonly cell: string;
  /** The function (`unsupported-function`) or defined name (`unknown-name`) concerned, upper case. */
  readonly name?: string;
  /** One plain English sentence for logs and `ostal inspect`. */
  readonly message: string;
}
