/**
 * How much of a large workbook is read for its first-rows preview, shared by the XLSX
 * (`xlsx-preview.ts`) and ODS/FODS (`ods-package-reader.ts`) readers.
 */

/**
 * Bytes of each worksheet's XML read for the preview: about a thousand rows of a typical sheet,
 * a few screens; more only makes the first screen later (parsed, copied to the page, laid out).
 */
export const PREVIEW_PART_BYTES = 256 * 1024;

/** Bytes of an ODF spreadsheet's content read for the preview: its automatic styles come before the first table. */
export const ODF_PREVIEW_BYTES = 4 * PREVIEW_PART_BYTES;

/** Worksheets together holding less XML than this are read whole at once, without a preview. */
export const PREVIEW_FROM_BYTES = 4 * 1024 * 1024;
