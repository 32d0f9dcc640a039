/**
 * XLSX reading (ECMA-376 Part 1, 18.2 Workbook: 18.2.27 `workbook`, 18.2.19 `sheet`,
 * 18.2.28 `workbookPr` date1904; Part 2 for the package; 8.7 for Strict namespaces): finds the
 * workbook part, its sheets in tab order, the shared strings, then streams each worksheet.
 */
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Sheet, Workbook } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { FormatError } from '../errors.js';
import { packageCoreProperties } from '../ooxml/core-properties.js';
import { OpcPackage } from '../ooxml/opc-package.js';
import type { Relationship } from '../ooxml/opc-package.js';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { CellBudget } from './sheet-grid.js';
import { readSharedStrings } from './sml-shared-strings.js';
import { readWorksheet } from './xlsx-sheet-reader.js';

function smlChild(el: XmlElement, local: string): XmlElement | undefined {
  return childElement(el, NS.s, local) ?? childElement(el, NS.strictS, local);
}

function smlChildren(el: XmlElement, local: string): XmlElement[] {
  return [...childElements(el, NS.s, local), ...childElements(el, NS.strictS, local)];
}

function sharedStringsOf(pkg: OpcPackage, workbookPart: string, rels: readonly Relationship[], ctx: ReadContext): string[] {
  const rel = rels.find((r) => r.type.endsWith('/sharedStrings') && !r.external);
  if (!rel) return [];
  if (!pkg.has(rel.target)) {
    ctx.diagnostics.warn('missing-part', `The shared strings part ${rel.target} named by ${workbookPart} is missing.`, rel.target);
    return [];
  }
  return readSharedStrings(pkg.text(rel.target), rel.target, ctx.limits.maxXmlDepth);
}

/**
 * Reads an XLSX (or XLSM, Strict) package into a workbook.
 * @throws FormatError for an unreadable or hostile package, or `limit-exceeded` past maxCells.
 */
export function readXlsx(bytes: Uint8Array, ctx: ReadContext): Workbook {
  const pkg = OpcPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged);
  const docRel = pkg.relationshipOfType('', 'officeDocument');
  const workbookPart = docRel && !docRel.external && pkg.has(docRel.target) ? docRel.target : pkg.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
  if (!workbookPart) throw new FormatError('missing-part', 'The package has no workbook part (xl/workbook.xml).', 'xl/workbook.xml');
  const wb = pkg.xml(workbookPart);
  if (wb.ns === NS.strictS) ctx.diagnostics.add('info', 'strict-ooxml', 'The workbook uses ISO Strict Office Open XML.', workbookPart);
  const pr = smlChild(wb, 'workbookPr');
  if (pr && /^(1|true)$/.test(attr(pr, '', 'date1904') ?? '')) {
    // Serial dates count from 1904-01-01 here; values are kept as stored, so note the epoch.
    ctx.diagnostics.add('info', 'date1904', 'The workbook counts dates from 1904; date serials are kept as stored.', workbookPart);
  }
  const names = smlChild(wb, 'definedNames');
  if (names && smlChildren(names, 'definedName').length > 0) {
    ctx.diagnostics.warn('defined-names-dropped', 'Named ranges are not kept yet; formulas using them keep their text.', workbookPart);
  }
  const rels = pkg.relationships(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const strings = sharedStringsOf(pkg, workbookPart, rels, ctx);
  const budget = new CellBudget(ctx.limits.maxCells);
  const sheets: Sheet[] = [];
  const sheetsEl = smlChild(wb, 'sheets');
  for (const s of sheetsEl ? smlChildren(sheetsEl, 'sheet') : []) {
    const name = attr(s, '', 'name') ?? `Sheet${String(sheets.length + 1)}`;
    const id = attr(s, NS.r, 'id') ?? attr(s, NS.strictR, 'id');
    const rel = id !== undefined ? byId.get(id) : undefined;
    if (!rel || rel.external || !pkg.has(rel.target)) {
      ctx.diagnostics.warn('missing-part', `The sheet "${name}" has no readable part; it is left out.`, workbookPart);
      continue;
    }
    const kind = rel.type.slice(rel.type.lastIndexOf('/') + 1);
    if (kind !== 'worksheet') {
      ctx.diagnostics.warn('sheet-type-skipped', `The ${kind} "${name}" is not a worksheet; Ostal leaves it out.`, rel.target);
      continue;
    }
    if (attr(s, '', 'state') === 'hidden' || attr(s, '', 'state') === 'veryHidden') {
      ctx.diagnostics.add('info', 'hidden-sheet', `The sheet "${name}" is hidden in the file; it is kept, visible.`, workbookPart);
    }
    sheets.push(readWorksheet(pkg.text(rel.target), rel.target, strings, budget, ctx).toSheet(name));
  }
  if (sheets.length === 0) {
    ctx.diagnostics.warn('no-sheets', 'The workbook has no worksheet Ostal can read; an empty sheet was added.', workbookPart);
    sheets.push({ name: 'Sheet1', rows: [] });
  }
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: packageCoreProperties(pkg, ctx), sheets };
}
