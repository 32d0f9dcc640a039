/**
 * What writing a workbook in a format leaves out, said before (or after) the conversion: the
 * writers themselves never fail on content. Each loss is a warning with a stable code.
 */
import type { Diagnostic, FormatId, OstalDocument, Workbook } from '@ostal/model';
import { drawingLossDiagnostics } from './xlsx-opaque-drawing.js';
import { odfCanWriteRule } from './ods-conditional-formats.js';
import { xlsxCanWritePicture } from './xlsx-pictures.js';
import { odfWritableSpecs, pivotSpecsOfOds } from './ods-pivot-spec.js';
import { pivotPartsOfSpecs, pivotSpecsOfXlsx } from './xlsx-pivot-spec.js';
import { pivotTableCount } from './xlsx-pivot-tables.js';

/** ODS data pilots the XLSX writer cannot make pivot tables of. */
function unconvertedToXlsx(document: Workbook): number {
  if (document.pivotCaches || document.dataPilots?.format !== 'ods') return 0;
  const specs = pivotSpecsOfOds(document);
  return specs.unconverted + pivotPartsOfSpecs(specs.specs, document, document.sheets, []).unconverted;
}

function warn(code: string, message: string): Diagnostic {
  return { severity: 'warning', code, message };
}

/** Losses of writing `document` as `format` (empty for other kinds than workbooks, and when nothing is lost). */
export function conversionLosses(document: OstalDocument, format: FormatId): Diagnostic[] {
  if (document.kind !== 'workbook') return [];
  const sheets = document.sheets;
  const out: Diagnostic[] = drawingLossDiagnostics(sheets, format).map((d) => warn(d.code, d.message));
  if (format === 'ods' || format === 'fods') {
    for (const s of sheets) {
      // Conditions become style maps; colour scales, data bars, icon sets and the like have no ODF 1.3 form.
      const rules = (s.conditionalFormats ?? []).reduce((n, f) => n + f.rules.filter((r) => !odfCanWriteRule(r)).length, 0);
      if (rules > 0) out.push(warn('conditional-format-dropped', `The ${String(rules)} conditional formatting rule(s) of the sheet "${s.name}" (colour scales, data bars, icon sets...) are not written to ${format}.`));
    }
  }
  if (format === 'ods' || format === 'fods') {
    for (const s of sheets) {
      const tables = s.tables?.length ?? 0;
      if (tables > 0) out.push(warn('table-flattened', `The ${String(tables)} table(s) of the sheet "${s.name}" become plain cells in ${format}; formulas naming them get the cell ranges they mean.`));
      const threads = (s.comments ?? []).filter((c) => (c.replies?.length ?? 0) > 0).length;
      if (threads > 0) out.push(warn('comment-replies-flattened', `The replies of ${String(threads)} comment thread(s) of the sheet "${s.name}" become lines of their note in ${format}.`));
      // ODF 1.3 charts have no bubble scale and no negative bubbles: the bubbles come back at 100 %, negative ones left out.
      const bubbles = (s.charts ?? []).filter((c) => c.type === 'bubble' && ((c.bubbleScale !== undefined && c.bubbleScale !== 100) || c.showNegativeBubbles)).length;
      if (bubbles > 0) out.push(warn('chart-bubble-options-dropped', `The bubble size scale and the negative bubbles of ${String(bubbles)} bubble chart(s) of the sheet "${s.name}" have no ${format} form: they are drawn at 100 %, without negative bubbles.`));
    }
  }
  if (format !== 'ods' && format !== 'fods') {
    for (const s of sheets) {
      // CSV holds no picture; XLSX every one but SVG and unknown types (those of a kept drawing are in it).
      const n = format === 'xlsx' ? (s.images ?? []).filter((i) => i.keptId === undefined && !xlsxCanWritePicture(i)).length : (s.images?.length ?? 0);
      if (n > 0) out.push(warn('image-dropped', `The ${String(n)} picture(s) of the sheet "${s.name}" are not written to ${format}.`));
    }
  }
  if (format === 'xlsx') {
    // ODF date styles in the reader's order (19.340 number:automatic-order) have no SpreadsheetML
    // form but the built-in short date, which changes the digits: the parts keep the listed order.
    const ordered = (document.styles ?? []).filter((st) => st.dateOrder !== undefined).length;
    if (ordered > 0) out.push(warn('date-order-fixed', `${String(ordered)} date format(s) show day, month and year in the reader's order; ${format} has no such format: they keep the order the file lists.`));
  }
  // Pivot tables convert between XLSX and ODS in the common cases (pivot-spec.ts); the others, and
  // every pivot table in CSV, keep their output as plain values.
  const pivots = format === 'xlsx' ? unconvertedToXlsx(document) : format === 'ods' || format === 'fods' ? odfWritableSpecs(pivotSpecsOfXlsx(document)).unconverted : pivotTableCount(document);
  if (pivots > 0) out.push(warn('pivot-table-static', `The ${String(pivots)} pivot table(s) become plain values in ${format}: their output is kept, not the tables.`));
  if (format === 'csv') {
    if (sheets.length > 1) out.push(warn('csv-one-sheet', `CSV holds one sheet: only "${sheets[0]?.name ?? ''}" is written.`));
    const first = sheets[0];
    if (first && (first.comments?.length || first.validations?.length || first.merges?.length || document.styles?.length)) {
      out.push(warn('csv-values-only', 'CSV keeps values only: formulas, formatting, notes and validation are left out.'));
    }
  }
  return out;
}
