export type { FormatOptions, FormattedValue } from './format-cell-value.js';
export { formatCellValue, formatGeneral } from './format-cell-value.js';
export { parseFormatCode } from './format-code.js';
export type { Section, Token } from './format-code.js';
