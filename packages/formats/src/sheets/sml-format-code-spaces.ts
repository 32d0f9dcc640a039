/**
 * Spaces at the start of a number format section in XLSX (ECMA-376 Part 1, 18.8.31 `numFmts`;
 * the format code syntax of 18.8.30). A space is a literal in a format code, with or without a
 * backslash, and Excel shows it either way. LibreOffice (7.4) drops a bare space that opens a
 * section when it reads an XLSX: ODF's `<number:text> </number:text>` before the number, kept
 * by the model as ` #,##0.00   `, showed as `1.23   ` instead of ` 1.23   `. Such spaces are
 * written escaped (`\ `), as LibreOffice's own XLSX writes them, which both read as a space.
 */

/**
 * The code with every space that opens a section (the code's start, or after a `;` outside
 * quotes and brackets) written `\ `; other characters unchanged.
 * @example escapeSectionLeadingSpaces(' #,##0 ;-#,##0 ') // '\\ #,##0 ;-#,##0 '
 */
export function escapeSectionLeadingSpaces(code: string): string {
  let out = '';
  let sectionStart = true;
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i += 1) {
    const ch = code[i]!;
    if (quoted) {
      out += ch;
      if (ch === '"') quoted = false;
      continue;
    }
    if (bracket) {
      out += ch;
      if (ch === ']') bracket = false;
      continue;
    }
    if (ch === ' ' && sectionStart) {
      out += '\\ ';
      continue;
    }
    sectionStart = false;
    if (ch === '\\' && i + 1 < code.length) {
      out += ch + code[i + 1]!;
      i += 1;
    } else if (ch === '"') {
      quoted = true;
      out += ch;
    } else if (ch === '[') {
      bracket = true;
      out += ch;
    } else {
      out += ch;
      if (ch === ';') sectionStart = true;
    }
  }
  return out;
}
