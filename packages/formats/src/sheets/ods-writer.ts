/**
 * ODS and flat FODS writing (ODF 1.3 Part 2, 3 for the package; Part 3, 3.1.2 `office:document-content`,
 * 3.1.3 `office:document-meta`, 2.2.1 `office:document` for the flat form). Both share the body
 * writer; every file is valid against the OASIS ODF 1.3 schema (tested with jing).
 */
import type { DocumentMeta, Workbook } from '@ostal/model';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { NS, ODF_MIME } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { spreadsheetBodyXml } from './ods-body-writer.js';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;
const LANGUAGE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

function namespaces(prefixes: readonly (keyof typeof NS)[]): string {
  return prefixes.map((p) => ` xmlns:${p}="${escapeAttr(NS[p])}"`).join('');
}

const BODY_NS = namespaces(['office', 'style', 'text', 'table', 'fo', 'meta', 'dc', 'of']);

/** `office:meta` children; dates and languages that are not valid xsd values are left out. */
function metaXml(meta: DocumentMeta): string {
  const out: string[] = ['<office:meta><meta:generator>Ostal</meta:generator>'];
  const el = (name: string, value: string | undefined): void => {
    if (value !== undefined) out.push(`<${name}>${escapeText(value)}</${name}>`);
  };
  el('dc:title', meta.title);
  el('dc:creator', meta.creator);
  el('meta:creation-date', meta.created !== undefined && DATE_TIME.test(meta.created) ? meta.created : undefined);
  el('dc:date', meta.modified !== undefined && DATE_TIME.test(meta.modified) ? meta.modified : undefined);
  el('dc:language', meta.language !== undefined && LANGUAGE.test(meta.language) ? meta.language : undefined);
  out.push('</office:meta>');
  return out.join('');
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
