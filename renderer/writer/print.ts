/**
 * Printing the document: the window's own print (Chromium's dialog, which offers "Enregistrer au
 * format PDF" as a printer, in Electron as in browser mode). The print stylesheet
 * (`writer-parts.css`, `@media print`) leaves only the page being printed: no ribbon, panes, status
 * line or shell, no page shadow, the page's own paper size and margins.
 */
export function printDocument(): void {
  window.print();
}
