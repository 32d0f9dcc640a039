/**
 * Built-in number formats of SpreadsheetML (ECMA-376 Part 1, 18.8.30 `numFmt`: ids 0-49 are
 * implied, a file declares only its own codes, from id 164). Ids 5-8 and 41-44 are
 * locale-dependent in Excel; the en-US codes are used, as LibreOffice does on import.
 */

/** Format code of each built-in id. */
export const BUILTIN_NUMBER_FORMATS: ReadonlyMap<number, string> = new Map([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [5, '"$"#,##0_);\\("$"#,##0\\)'],
  [6, '"$"#,##0_);[Red]\\("$"#,##0\\)'],
  [7, '"$"#,##0.00_);\\("$"#,##0.00\\)'],
  [8, '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  // The spec lists mm-dd-yy; Excel shows id 14 as the system short date (m/d/yyyy in en-US),
  // as LibreOffice does on import.
  [14, 'm/d/yyyy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  // Ids 22 and 47 too show otherwise than listed (m/d/yy h:mm, mmss.0), in Excel and LibreOffice
  // alike: a code as listed is written as a code of its own.
  [22, 'm/d/yyyy h:mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  // Like 37 and 38, 39 and 40 leave a space after positive amounts (the spec lists none).
  [39, '#,##0.00 ;(#,##0.00)'],
  [40, '#,##0.00 ;[Red](#,##0.00)'],
  [41, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'],
  [42, '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)'],
  [43, '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'],
  [44, '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mm:ss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
]);

const BY_CODE = new Map([...BUILTIN_NUMBER_FORMATS].map(([id, code]) => [code, id]));

/** The built-in id of `code`, or undefined when the file must declare it. */
export function builtinNumberFormatId(code: string): number | undefined {
  return BY_CODE.get(code);
}
