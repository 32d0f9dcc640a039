/**
 * Corpus files whose scores miss because of LibreOffice, the judge, rather than Ostal: each is
 * named in the per-file notes of docs/fidelity*.md with the reason, so a reader of the report
 * does not chase them. They still count in the targets (the harness does not excuse them).
 * Keyed by the file's path under the corpus folder.
 */
export const LIBREOFFICE_KNOWN_ISSUES: Readonly<Record<string, string>> = {
  // content.xml has one table:table-row with table:number-rows-repeated="777" (ODF 1.3 Part 3,
  // 19.680) holding a cell spanning two rows: Writer reads that row once, so its text export
  // of the original has 6 words; Ostal repeats the row 777 times as the attribute says (3,108
  // words, and 1 → 28 pages), in every output. The same-format text score (0.004) measures
  // LibreOffice's reading of the original, not a loss.
  'odt/odftk-tableOps.odt': 'LibreOffice Writer ignores table:number-rows-repeated="777" in the original (reads the row once); Ostal repeats it',
};

/** The known LibreOffice issue of a corpus file (`docx/…`, `odt/…`), if any. */
export function knownLibreOfficeIssue(file: string): string | undefined {
  const key = Object.keys(LIBREOFFICE_KNOWN_ISSUES).find((k) => file === k || file.endsWith(`/${k}`));
  return key === undefined ? undefined : LIBREOFFICE_KNOWN_ISSUES[key];
}
