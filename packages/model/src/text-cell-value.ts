/**
 * Typed values of text table cells: ODF cells may hold a number, a percentage, an amount of
 * money, a date, a time or a truth value besides their paragraphs (ODF 1.3 Part 3, 19.385
 * `office:value-type` with 19.382-19.384 `office:value`/`office:date-value`/`office:time-value`,
 * 19.378 `office:boolean-value`, 19.379 `office:currency`), shown through the cell style's data
 * style. The model keeps the value on the cell (`value` attribute of `table_cell` and
 * `table_header`) with the display format as a spreadsheet number format code ("0.00E+000",
 * "DD/MM/YYYY"); the paragraphs stay the cell's content, which is what formats without typed
 * cells (DOCX) keep.
 */

/** Value types a cell can hold besides text. */
export const CELL_VALUE_TYPES = ['float', 'percentage', 'currency', 'date', 'time', 'boolean'] as const;

export type CellValueType = (typeof CELL_VALUE_TYPES)[number];

/** A cell's typed value. */
export interface TableCellValue {
  readonly type: CellValueType;
  /** The value as the file wrote it: a decimal number, an ISO 8601 date/time or duration, true/false. */
  readonly value: string;
  /** ISO 4217 currency code of a `currency` value, when given. */
  readonly currency?: string;
  /** Display format as a spreadsheet number format code, when the cell had one. */
  readonly format?: string;
}

const MAX_VALUE = 100;
const MAX_FORMAT = 255;

/** True when `v` is a {@link TableCellValue} the model accepts. */
export function isTableCellValue(v: unknown): v is TableCellValue {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if (Object.keys(o).some((k) => k !== 'type' && k !== 'value' && k !== 'currency' && k !== 'format')) return false;
  return (
    (CELL_VALUE_TYPES as readonly unknown[]).includes(o.type) &&
    typeof o.value === 'string' &&
    o.value.length <= MAX_VALUE &&
    (o.currency === undefined || (typeof o.currency === 'string' && /^[A-Za-z]{1,10}$/.test(o.currency))) &&
    (o.format === undefined || (typeof o.format === 'string' && o.format.length > 0 && o.format.length <= MAX_FORMAT))
  );
}

/** A cell value read from a file: its parts checked, null when unusable. */
export function tableCellValue(type: string | undefined, value: string | undefined, currency?: string, format?: string): TableCellValue | null {
  if (type === undefined || value === undefined) return null;
  const v: TableCellValue = { type: type as CellValueType, value, ...(currency ? { currency } : {}), ...(format ? { format } : {}) };
  return isTableCellValue(v) ? v : null;
}
