/**
 * Excel tables (ListObjects, ECMA-376 Part 1, 18.5): a named range with a header row, columns
 * named for structured references (`Ventes[Montant]`), optionally a totals row.
 */
import type { CellRange } from './workbook.js';

export interface TableColumn {
  readonly name: string;
  /** Totals row function: `sum`, `average`, `count`, `countNums`, `max`, `min`, `stdDev`, `var`, `custom`. */
  readonly totalsFunction?: string;
  /** Text shown in the totals row instead of a function. */
  readonly totalsLabel?: string;
  /** The totals row formula of a `custom` function, Excel syntax without `=`. */
  readonly totalsFormula?: string;
  /** The formula of a calculated column, Excel syntax without `=`. */
  readonly formula?: string;
}

export interface SheetTable {
  /** The name formulas use (`displayName` in SpreadsheetML). */
  readonly name: string;
  /** The whole table, header and totals rows included. */
  readonly range: CellRange;
  /** False when the table has no header row (absent: it has one). */
  readonly headerRow?: boolean;
  readonly totalsRow?: boolean;
  readonly columns: readonly TableColumn[];
  /** Table style (`TableStyleMedium2`) and its options. */
  readonly style?: { readonly name?: string; readonly rowStripes?: boolean; readonly columnStripes?: boolean; readonly firstColumn?: boolean; readonly lastColumn?: boolean };
  /** The header row shows filter buttons. */
  readonly filterButtons?: boolean;
}
