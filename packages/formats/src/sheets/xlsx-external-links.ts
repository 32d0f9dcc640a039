/**
 * External links in XLSX (ECMA-376 Part 1, 18.14: `externalLink` parts listed by the workbook's
 * `externalReferences`, 18.14.7 `externalBook` naming the other workbook by an external
 * relationship of type `externalLinkPath`, 18.14.13 `sheetNames` and 18.14.9 `sheetDataSet` with the
 * referenced cells' last values). Formulas name link n (in `externalReferences` order) as `[n]`.
 * Other kinds of links (DDE, OLE) are left out.
 */
import type { CellValue, ExternalCell, ExternalLink, ExternalSheet } from '@ostal/model';
import { columnName, isCellError, parseCellName } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { FormatError } from '../errors.js';
import type { OpcPackage, Relationship } from '../ooxml/opc-package.js';
import type { OpcPartOut, OpcRelOut } from '../ooxml/opc-writer.js';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { attr, childElement, childElements, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { errorCodeOf } from './cell-value-text.js';

export const REL_EXTERNAL_LINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink';
const REL_EXTERNAL_PATH = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath';
const CT_EXTERNAL_LINK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml';

function children(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? [...childElements(el, NS.s, local), ...childElements(el, NS.strictS, local)] : [];
}

function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el ? (childElement(el, NS.s, local) ?? childElement(el, NS.strictS, local)) : undefined;
}

/** 18.14.1 `cell`: its value by its type (`n` when absent). */
function externalValue(cell: XmlElement): CellValue {
  const v = child(cell, 'v');
  if (!v) return null;
  const text = textContent(v);
  switch (attr(cell, '', 't') ?? 'n') {
    case 'n': {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? n : null;
    }
    case 'b':
      return text === '1' || text === 'true';
    case 'e': {
      const code = errorCodeOf(text);
      return code ? { error: code } : { error: '#ERROR!' };
    }
    default:
      return text;
  }
}

function readLinkPart(pkg: OpcPackage, part: string): ExternalLink | null {
  const book = child(pkg.xml(part), 'externalBook');
  if (!book) return null;
  const id = attr(book, NS.r, 'id') ?? attr(book, NS.strictR, 'id');
  const rel = pkg.relationships(part).find((r) => r.id === id);
  if (!rel) return null;
  const names = children(child(book, 'sheetNames'), 'sheetName').map((s) => attr(s, '', 'val') ?? '');
  const cells = names.map((): ExternalCell[] => []);
  for (const data of children(child(book, 'sheetDataSet'), 'sheetData')) {
    const list = cells[Number(attr(data, '', 'sheetId'))];
    if (!list) continue;
    for (const row of children(data, 'row')) {
      for (const cell of children(row, 'cell')) {
        const at = parseCellName(attr(cell, '', 'r') ?? '');
        const value = externalValue(cell);
        if (at && value !== null) list.push({ row: at.row, col: at.col, value });
      }
    }
  }
  return { target: rel.target, sheets: names.map((name, i): ExternalSheet => ({ name, cells: cells[i]! })) };
}

/**
 * The workbook's external links, in `externalReferences` order, up to the first that is not
 * another workbook (DDE, OLE) or cannot be read: the numbers formulas use must keep their meaning.
 */
export function readExternalLinks(pkg: OpcPackage, workbookPart: string, workbook: XmlElement, rels: readonly Relationship[], ctx: ReadContext): ExternalLink[] {
  const refs = children(child(workbook, 'externalReferences'), 'externalReference');
  const links: ExternalLink[] = [];
  let lost = 0;
  for (const ref of refs) {
    const id = attr(ref, NS.r, 'id') ?? attr(ref, NS.strictR, 'id');
    const rel = rels.find((r) => r.id === id && !r.external);
    let link: ExternalLink | null = null;
    if (rel && pkg.has(rel.target)) {
      try {
        link = readLinkPart(pkg, rel.target);
      } catch (err) {
        if (!(err instanceof FormatError && err.reason === 'malformed-xml')) throw err;
      }
    }
    if (!link) {
      lost = refs.length - links.length;
      break;
    }
    links.push(link);
  }
  if (lost > 0) ctx.diagnostics.warn('external-link-dropped', `${String(lost)} external link(s) are not links to another workbook (DDE, OLE) or could not be read; formulas using them keep their text.`, workbookPart);
  return links;
}

function valueXml(ref: string, value: CellValue): string {
  if (typeof value === 'number') return `<cell r="${ref}"><v>${String(value)}</v></cell>`;
  if (typeof value === 'boolean') return `<cell r="${ref}" t="b"><v>${value ? '1' : '0'}</v></cell>`;
  if (typeof value === 'string') return `<cell r="${ref}" t="str"><v>${escapeText(value)}</v></cell>`;
  if (isCellError(value)) return `<cell r="${ref}" t="e"><v>${value.error === '#ERROR!' ? '#VALUE!' : value.error}</v></cell>`;
  return '';
}

function sheetDataXml(sheet: ExternalSheet, id: number): string {
  if (sheet.cells.length === 0) return '';
  const rows = new Map<number, ExternalCell[]>();
  for (const c of sheet.cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  const out = [`<sheetData sheetId="${String(id)}">`];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    out.push(`<row r="${String(r + 1)}">`);
    for (const c of rows.get(r)!.sort((a, b) => a.col - b.col)) out.push(valueXml(`${columnName(c.col)}${String(r + 1)}`, c.value));
    out.push('</row>');
  }
  out.push('</sheetData>');
  return out.join('');
}

function linkPartXml(link: ExternalLink): string {
  const names = link.sheets.map((s) => `<sheetName val="${escapeAttr(s.name)}"/>`).join('');
  const data = link.sheets.map((s, i) => sheetDataXml(s, i)).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<externalLink xmlns="${NS.s}" xmlns:r="${NS.r}"><externalBook r:id="rId1">` +
    (names ? `<sheetNames>${names}</sheetNames>` : '') +
    (data ? `<sheetDataSet>${data}</sheetDataSet>` : '') +
    '</externalBook></externalLink>'
  );
}

/**
 * Adds one `xl/externalLinks/externalLinkN.xml` part per link (with the external relationship to
 * its target) and returns the workbook relationships and `r:id`s of `externalReferences`.
 */
export function externalLinkParts(links: readonly ExternalLink[] | undefined, parts: OpcPartOut[]): { rels: OpcRelOut[]; ids: string[] } {
  const rels: OpcRelOut[] = [];
  const ids: string[] = [];
  (links ?? []).forEach((link, i) => {
    const n = String(i + 1);
    const id = `rIdExt${n}`;
    rels.push({ id, type: REL_EXTERNAL_LINK, target: `externalLinks/externalLink${n}.xml` });
    ids.push(id);
    parts.push({
      name: `xl/externalLinks/externalLink${n}.xml`,
      contentType: CT_EXTERNAL_LINK,
      data: linkPartXml(link),
      rels: [{ id: 'rId1', type: REL_EXTERNAL_PATH, target: link.target, external: true }],
    });
  });
  return { rels, ids };
}
