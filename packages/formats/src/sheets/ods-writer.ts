/**
 * ODS and flat FODS writing (ODF 1.3 Part 2, 3 for the package; Part 3, 3.1.2-3.1.3 and 2.2.1
 * for the documents, and Part 3: 9.1.2 `table:table`, 9.1.6 `table:table-column`,
 * 9.1.3 `table:table-row`, 9.1.4 `table:table-cell`, 19.385-19.389 value types and values,
 * 19.642 `table:formula` in OpenFormula, 6.1.2-6.1.4 `text:p`, `text:s`, `text:tab`). The zip
 * (.ods) and flat (.fods) forms share the body; every file is valid against the OASIS ODF 1.3
 * schema (tested with jing). Serialised as escaped chunks, not an element tree,
 * so large sheets stay cheap; empty runs use the repeat attributes.
 */
import { isCellError } from '@ostal/model';
import type { Cell, DocumentMeta, Sheet, Workbook } from '@ostal/model';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { odfMetaElement } from '../odf/odf-meta.js';
import { escapeAttr, escapeText, serializeXmlFragment } from '../xml/xml-writer.js';
import { numberText, valueText } from './cell-value-text.js';
import { toOpenFormula } from './openformula.js';

/** One line of text as `text:p` content; spaces that ODF would collapse are written as `text:s`. */
export function paragraphXml(line: string): string {
  const out: string[] = ['<text:p>'];
  const pieces = line.split(/( +|\t)/).filter((p) => p !== '');
  pieces.forEach((p, i) => {
    if (p === '\t') out.push('<text:tab/>');
    else if (p.startsWith(' ')) {
      const k = p.length;
      const edge = i === 0 || i === pieces.length - 1 || pieces[i + 1] === '\t';
      if (edge) out.push(k === 1 ? '<text:s/>' : `<text:s text:c="${String(k)}"/>`);
      else out.push(' ', k === 1 ? '' : k === 2 ? '<text:s/>' : `<text:s text:c="${String(k - 1)}"/>`);
    } else out.push(escapeText(p));
  });
  out.push('</text:p>');
  return out.join('');
}

function textXml(text: string): string {
  return text.split(/\r\n|\r|\n/).map(paragraphXml).join('');
}

/** The attributes and content of one cell with a value or formula. */
function cellXml(cell: Cell, repeat: number, out: string[]): void {
  const v = cell.value;
  out.push('<table:table-cell');
  if (repeat > 1) out.push(` table:number-columns-repeated="${String(repeat)}"`);
  if (cell.formula !== undefined) out.push(` table:formula="${escapeAttr(toOpenFormula(cell.formula))}"`);
  let text: string | null = null;
  if (typeof v === 'number' && Number.isFinite(v)) {
    out.push(` office:value-type="float" office:value="${numberText(v)}"`);
    text = numberText(v);
  } else if (typeof v === 'number') {
    // NaN and infinities have no spreadsheet value; they show as the #NUM! error they would be.
    text = '#NUM!';
  } else if (typeof v === 'boolean') {
    out.push(` office:value-type="boolean" office:boolean-value="${String(v)}"`);
    text = valueText(v);
  } else if (typeof v === 'string') {
    out.push(' office:value-type="string"');
    text = v;
  } else if (v !== null && isCellError(v)) {
    // ODF 1.3 has no error value type: an error is a cell without value type showing its code,
    // which the reader turns back into the error (a string cell always has a value type).
    text = v.error;
  }
  if (text === null) {
    out.push('/>');
    return;
  }
  out.push('>', textXml(text), '</table:table-cell>');
}

function rowXml(cells: readonly (Cell | null)[], repeatRows: number, out: string[]): void {
  out.push(repeatRows > 1 ? `<table:table-row table:number-rows-repeated="${String(repeatRows)}">` : '<table:table-row>');
  let c = 0;
  let wrote = false;
  while (c < cells.length) {
    const cell = cells[c] ?? null;
    let run = 1;
    if (cell === null) {
      while (c + run < cells.length && (cells[c + run] ?? null) === null) run++;
      if (c + run < cells.length) {
        out.push(run > 1 ? `<table:table-cell table:number-columns-repeated="${String(run)}"/>` : '<table:table-cell/>');
        wrote = true;
      }
    } else {
      while (c + run < cells.length && cells[c + run] === cell) run++;
      cellXml(cell, run, out);
      wrote = true;
    }
    c += run;
  }
  if (!wrote) out.push('<table:table-cell/>');
  out.push('</table:table-row>');
}

/** `table:table` elements for the sheets, as chunks appended to `out`. */
function spreadsheetBodyXml(sheets: readonly Sheet[], out: string[]): void {
  out.push('<office:body><office:spreadsheet>');
  // ODF 1.3 Part 3, 9.4.1: without these, ODF's defaults apply (case-sensitive comparisons,
  // regular expressions in criteria), and COUNTIF("b*") or MATCH would not compute as in Excel
  // and in files LibreOffice itself writes for interoperability.
  out.push(
    '<table:calculation-settings table:case-sensitive="false" table:search-criteria-must-apply-to-whole-cell="true" table:use-wildcards="true" table:use-regular-expressions="false" table:automatic-find-labels="false"/>',
  );
  for (const sheet of sheets) {
    let width = 1;
    for (const r of sheet.rows) width = Math.max(width, r?.length ?? 0);
    out.push(`<table:table table:name="${escapeAttr(sheet.name)}">`);
    out.push(width > 1 ? `<table:table-column table:number-columns-repeated="${String(width)}"/>` : '<table:table-column/>');
    let emptyRun = 0;
    const flushEmpty = (): void => {
      if (emptyRun > 0) rowXml([], emptyRun, out);
      emptyRun = 0;
    };
    for (const cells of sheet.rows) {
      if (!cells || cells.every((c) => c === null)) {
        emptyRun++;
        continue;
      }
      flushEmpty();
      rowXml(cells, 1, out);
    }
    if (sheet.rows.length === 0) rowXml([], 1, out);
    out.push('</table:table>');
  }
  out.push('</office:spreadsheet></office:body>');
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';


function namespaces(prefixes: readonly (keyof typeof NS)[]): string {
  return prefixes.map((p) => ` xmlns:${p}="${escapeAttr(NS[p])}"`).join('');
}

const BODY_NS = namespaces(['office', 'style', 'text', 'table', 'fo', 'meta', 'dc', 'of']);

/** `office:meta`, shared with every ODF writer (invalid dates and languages left out). */
function metaXml(meta: DocumentMeta): string {
  return serializeXmlFragment(odfMetaElement(meta));
}

function sheetsOf(workbook: Workbook): Workbook['sheets'] {
  return workbook.sheets.length > 0 ? workbook.sheets : [{ name: 'Sheet1', rows: [] }];
}

/** Writes a workbook as an ODS package (content.xml, styles.xml, meta.xml, manifest). */
export function writeOds(workbook: Workbook): Uint8Array {
  const content: string[] = [XML_DECL, `<office:document-content${BODY_NS} office:version="1.3">`];
  spreadsheetBodyXml(sheetsOf(workbook), content);
  content.push('</office:document-content>');
  const styles = `${XML_DECL}<office:document-styles${BODY_NS} office:version="1.3"><office:styles/></office:document-styles>`;
  const meta = `${XML_DECL}<office:document-meta${BODY_NS} office:version="1.3">${metaXml(workbook.meta)}</office:document-meta>`;
  return writeOdfPackage(ODF_MIME.ods, [
    { name: 'content.xml', data: content.join('') },
    { name: 'styles.xml', data: styles },
    { name: 'meta.xml', data: meta },
  ]);
}

/** Writes a workbook as a flat ODF spreadsheet (`.fods`), one XML document. */
export function writeFods(workbook: Workbook): Uint8Array {
  const out: string[] = [
    XML_DECL,
    `<office:document${BODY_NS} office:version="1.3" office:mimetype="${ODF_MIME.ods}">`,
    metaXml(workbook.meta),
    '<office:styles/>',
  ];
  spreadsheetBodyXml(sheetsOf(workbook), out);
  out.push('</office:document>');
  return new TextEncoder().encode(out.join(''));
}
