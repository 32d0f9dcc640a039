/**
 * What `ostal inspect --values` prints: every non-empty cell of every sheet with its (freshly
 * computed) value, and its formula for formula cells.
 */
import type { CellValue, FormatId, Workbook } from '@ostal/model';
import { cellName, cellValueText, forEachCell } from '@ostal/model';

/** A cell in the report: the value as JSON (numbers, strings, booleans, `{ "error": "#DIV/0!" }`). */
export interface ValuesReportCell {
  readonly value: number | string | boolean | { readonly error: string };
  /** For formula cells only, in Excel A1 syntax with `=`. */
  readonly formula?: string;
}

/** One sheet: cells by A1 name, in row-major order. */
export interface ValuesReportSheet {
  readonly name: string;
  readonly cells: Readonly<Record<string, ValuesReportCell>>;
}

/** The JSON `ostal inspect --values --json` prints. */
export interface ValuesReport {
  readonly format: FormatId;
  readonly sheets: readonly ValuesReportSheet[];
}

function jsonValue(value: CellValue): ValuesReportCell['value'] {
  if (value === null) return '';
  if (typeof value === 'object') return { error: value.error };
  return value;
}

/** The report of a (recalculated) workbook: blank cells and empty text are left out, formula cells never. */
export function valuesReport(format: FormatId, workbook: Workbook): ValuesReport {
  return {
    format,
    sheets: workbook.sheets.map((sheet) => {
      const cells: Record<string, ValuesReportCell> = {};
      forEachCell(sheet, (cell, row, col) => {
        if (cell.formula === undefined && (cell.value === null || cell.value === '')) return;
        cells[cellName(row, col)] = cell.formula === undefined ? { value: jsonValue(cell.value) } : { value: jsonValue(cell.value), formula: cell.formula };
      });
      return { name: sheet.name, cells };
    }),
  };
}

/** The human form: one line per cell, `Sheet1!B3 = TRUE  =AND(B8:B95)`. */
export function formatValuesSummary(file: string, report: ValuesReport): string {
  const lines = [`${file}: ${report.format}, values recalculated`];
  for (const sheet of report.sheets) {
    for (const [name, cell] of Object.entries(sheet.cells)) {
      const value = typeof cell.value === 'object' ? cell.value.error : typeof cell.value === 'string' ? JSON.stringify(cell.value) : cellValueText(cell.value);
      lines.push(`  ${sheet.name}!${name} = ${value}${cell.formula !== undefined ? `  ${cell.formula}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
