/**
 * ODS pivot tables (ODF 1.3 Part 3, 9.6 data pilot tables: `table:data-pilot-tables` after the
 * tables of `office:spreadsheet`) kept for ODS and FODS. Ostal does not edit them: their output
 * is read as the cells' values, and ODS output writes the element back, so LibreOffice finds the
 * pivot tables again. Only the table namespace is kept (extensions are dropped), so what is written
 * stays valid ODF 1.3. Pivot tables read from XLSX are converted (`ods-pivot-spec.ts`).
 */
import type { OpaqueDataPilots, Workbook } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import type { OdfNode } from './odf-style-node.js';
import { dataPilotsXmlOfSpecs, odfWritableSpecs } from './ods-pivot-spec.js';
import { pivotSpecsOfXlsx } from './xlsx-pivot-spec.js';

/** An element of the table namespace as XML (prefix `table:`), other namespaces left out. */
function tableXml(node: OdfNode): string {
  if (node.ns !== NS.table) return '';
  const attrs = [...node.attrs]
    .filter(([key]) => key.startsWith(`${NS.table} `))
    .map(([key, value]) => ` table:${key.slice(NS.table.length + 1)}="${escapeAttr(value)}"`)
    .join('');
  const inner = node.content.map((c) => (typeof c === 'string' ? escapeText(c) : tableXml(c))).join('');
  return inner.trim() === '' ? `<table:${node.local}${attrs}/>` : `<table:${node.local}${attrs}>${inner}</table:${node.local}>`;
}

/** The pivot tables of a `table:data-pilot-tables` element, or undefined when it holds none. */
export function dataPilotsOfNode(node: OdfNode): OpaqueDataPilots | undefined {
  const count = node.children.filter((c) => c.ns === NS.table && c.local === 'data-pilot-table').length;
  return count > 0 ? { format: 'ods', xml: tableXml(node), count } : undefined;
}

/**
 * The `table:data-pilot-tables` of a workbook ('' for none): kept as read from ODS, or converted
 * from the pivot tables of an XLSX (`ods-pivot-spec.ts`; those it cannot say stay values).
 */
export function dataPilotsXml(workbook: Workbook): string {
  if (workbook.dataPilots?.format === 'ods') return workbook.dataPilots.xml;
  return dataPilotsXmlOfSpecs(odfWritableSpecs(pivotSpecsOfXlsx(workbook)).specs);
}
