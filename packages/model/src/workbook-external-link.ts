/**
 * Other workbooks a workbook's formulas read (ECMA-376 Part 1, 18.14 external links; ODF 1.3
 * Part 4, 5.8 external references `['file:///x.xlsx'#$Sheet1.A1]`, their results kept in
 * `table:table-source` tables of mode `copy-results-only`, Part 3, 9.2.13). Formulas name a link
 * by its position from 1, in Excel syntax: `[1]Sheet1!$A$7`, `'[1]My sheet'!A1`.
 */
import type { CellValue } from './workbook.js';

/** A cell of another workbook as the file last saw it. */
export interface ExternalCell {
  /** Zero-based. */
  readonly row: number;
  /** Zero-based. */
  readonly col: number;
  readonly value: CellValue;
}

/** A sheet of another workbook: its name and the cells the formulas read, row-major. */
export interface ExternalSheet {
  readonly name: string;
  readonly cells: readonly ExternalCell[];
}

/** Another workbook: where it is, and the values its referenced cells had. */
export interface ExternalLink {
  /** Its address as the file gives it (`file:///D:/data/x.xlsx`, a relative path). */
  readonly target: string;
  readonly sheets: readonly ExternalSheet[];
}
