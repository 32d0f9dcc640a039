/**
 * XLSX reading (ECMA-376 Part 1, 18.2 Workbook: 18.2.27 `workbook`, 18.2.19 `sheet`,
 * 18.2.28 `workbookPr` date1904, 18.2.2 `calcPr` fullCalcOnLoad; Part 2 for the package; 8.7 for
 * Strict namespaces): finds the workbook part, its sheets in tab order, the shared strings, then
 * streams each worksheet.
 */
import { keptWorkbookMacros } from './xlsx-macro-names.js';
import { WORKBOOK_VERSION, normalizeCellStyle } from '@ostal/model';
import type { DefinedName, Sheet, SheetVisibility, Workbook } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { FormatError } from '../errors.js';
import { packageCoreProperties } from '../ooxml/core-properties.js';
import { OpcPackage } from '../ooxml/opc-package.js';
import type { Relationship } from '../ooxml/opc-package.js';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { CellBudget, mergeExtent } from './sheet-grid.js';
import { readSharedStrings } from './sml-shared-strings.js';
import { cleanFormula, readWorksheet } from './xlsx-sheet-reader.js';
import { previewWorkbook } from './xlsx-preview.js';
import { themeColors } from './sml-colors.js';
import { XlsxStyles } from './xlsx-styles-reader.js';
import { DEFAULT_FONT } from './xlsx-styles-writer.js';
import { readCommentsPart, sheetFeaturesOf } from './xlsx-sheet-features.js';
import { readPersons, readThreadedComments, withThreads } from './xlsx-threaded-comments.js';
import { readSheetTables } from './xlsx-tables.js';
import { applyPrintNames } from './xlsx-print-names.js';
import { readOpaqueDrawing } from './xlsx-opaque-drawing.js';
import { readXlsxCharts } from './xlsx-charts.js';
import { readXlsxPictures } from './xlsx-pictures.js';
import { readExternalLinks } from './xlsx-external-links.js';
import { readPivotCaches, readPivotTables, withPivotStyles } from './xlsx-pivot-tables.js';
import type { CellComment } from '@ostal/model';

/** The notes of a worksheet, from its comments part (18.7), if any. */
function commentsOf(pkg: OpcPackage, sheetPart: string, ctx: ReadContext): CellComment[] {
  const rel = pkg.relationships(sheetPart).find((r) => r.type.endsWith('/comments') && !r.external);
  if (!rel || !pkg.has(rel.target)) return [];
  try {
    return readCommentsPart(pkg.text(rel.target), rel.target, ctx);
  } catch (err) {
    if (err instanceof FormatError && err.reason === 'malformed-xml') {
      ctx.diagnostics.warn('unreadable-part', `The comments part ${rel.target} could not be read; its notes are lost.`, rel.target);
      return [];
    }
    throw err;
  }
}

/** The stylesheet and theme colours of the workbook (18.8.39; the theme part of 14.2.7). */
function stylesOf(pkg: OpcPackage, rels: readonly Relationship[], ctx: ReadContext): { styles: XlsxStyles; theme: string[] } {
  const part = (suffix: string): XmlElement | undefined => {
    const rel = rels.find((r) => r.type.endsWith('/' + suffix) && !r.external);
    if (!rel || !pkg.has(rel.target)) return undefined;
    try {
      return pkg.xml(rel.target);
    } catch (err) {
      if (err instanceof FormatError && err.reason === 'malformed-xml') {
        ctx.diagnostics.warn('unreadable-part', `The part ${rel.target} could not be read; its formatting is lost.`, rel.target);
        return undefined;
      }
      throw err;
    }
  };
  const theme = themeColors(part('theme'));
  return { styles: new XlsxStyles(part('styles'), theme), theme };
}

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
  const pkg = OpcPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged, ctx.inflated);
  const docRel = pkg.relationshipOfType('', 'officeDocument');
  const workbookPart = docRel && !docRel.external && pkg.has(docRel.target) ? docRel.target : pkg.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
  if (!workbookPart) throw new FormatError('missing-part', 'The package has no workbook part (xl/workbook.xml).', 'xl/workbook.xml');
  const wb = pkg.xml(workbookPart);
  if (wb.ns === NS.strictS) ctx.diagnostics.add('info', 'strict-ooxml', 'The workbook uses ISO Strict Office Open XML.', workbookPart);
  const pr = smlChild(wb, 'workbookPr');
  // Serial dates count from 1904-01-01 there; values are kept as stored, with the epoch.
  const date1904 = pr !== undefined && /^(1|true)$/.test(attr(pr, '', 'date1904') ?? '');
  // 18.2.2 calcPr: the file asks for every formula to be computed on load (its results are stale).
  const calcPr = smlChild(wb, 'calcPr');
  const recalcOnLoad = calcPr !== undefined && /^(1|true)$/.test(attr(calcPr, '', 'fullCalcOnLoad') ?? '');
  const rels = pkg.relationships(workbookPart);
  const { styles, theme } = stylesOf(pkg, rels, ctx);
  const sheetIndex = new Map<number, number>();
  const byId = new Map(rels.map((r) => [r.id, r]));
  const strings = sharedStringsOf(pkg, workbookPart, rels, ctx);
  const budget = new CellBudget(ctx.limits.maxCells);
  const sheets: Sheet[] = [];
  let personNames: Map<string, string> | undefined;
  const persons = (): Map<string, string> => (personNames ??= readPersons(pkg, workbookPart, ctx));
  const df = styles.defaultFont;
  const defaultFont = df && (df.family !== DEFAULT_FONT.family || df.size !== DEFAULT_FONT.size || df.color) ? normalizeCellStyle({ font: df }).font : undefined;
  if (ctx.onFirstRows) {
    const preview = previewWorkbook({ pkg, workbook: wb, rels, strings, styles, theme, date1904, ...(defaultFont ? { defaultFont } : {}) }, ctx);
    if (preview) ctx.onFirstRows(preview);
  }
  const caches = readPivotCaches(pkg, workbookPart, wb, ctx);
  const sheetsEl = smlChild(wb, 'sheets');
  let position = -1;
  for (const s of sheetsEl ? smlChildren(sheetsEl, 'sheet') : []) {
    position += 1;
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
    const state = attr(s, '', 'state');
    const visibility: SheetVisibility | undefined = state === 'hidden' || state === 'veryHidden' ? state : undefined;
    const { grid, props } = readWorksheet(pkg.text(rel.target), rel.target, strings, budget, ctx, styles, theme, date1904);
    sheetIndex.set(position, sheets.length);
    const features = sheetFeaturesOf(props.features, styles.dxfs);
    const comments = withThreads(commentsOf(pkg, rel.target, ctx), readThreadedComments(pkg, rel.target, persons(), ctx));
    const tables = readSheetTables(pkg, rel.target, ctx);
    const pivotTables = readPivotTables(pkg, rel.target, caches, ctx);
    const kept = features.drawingId ? readOpaqueDrawing(pkg, rel.target, features.drawingId, ctx) : undefined;
    const charts = kept?.parts[0] ? readXlsxCharts(pkg, kept.parts[0].name, name, ctx) : [];
    const base: Sheet = {
      ...grid.toSheet(name, mergeExtent(props.merges)),
      ...(props.merges.length > 0 ? { merges: props.merges } : {}),
      ...(props.columns.length > 0 ? { columns: props.columns } : {}),
      ...(props.rowProps.length > 0 ? { rowProps: props.rowProps } : {}),
    };
    // Pictures are placed with the sheet's column widths and row heights.
    const images = kept?.parts[0] ? readXlsxPictures(pkg, kept.parts[0].name, base, ctx) : [];
    const imageIds = images.flatMap((i) => (i.keptId !== undefined ? [i.keptId] : []));
    const drawing = kept && (charts.length > 0 || imageIds.length > 0) ? { ...kept, ...(charts.length > 0 ? { charts: charts.map((c) => c.keptPart!) } : {}), ...(imageIds.length > 0 ? { images: imageIds } : {}) } : kept;
    sheets.push({
      ...base,
      ...(props.frozen ? { frozen: props.frozen } : {}),
      ...(visibility ? { visibility } : {}),
      ...(props.tabColor ? { tabColor: props.tabColor } : {}),
      ...(comments.length > 0 ? { comments } : {}),
      ...(tables.length > 0 ? { tables } : {}),
      ...(features.validations ? { validations: features.validations } : {}),
      ...(features.autoFilter ? { autoFilter: features.autoFilter } : {}),
      ...(features.conditionalFormats ? { conditionalFormats: features.conditionalFormats } : {}),
      ...(features.pageSetup ? { pageSetup: features.pageSetup } : {}),
      ...(drawing ? { drawing } : {}),
      ...(charts.length > 0 ? { charts } : {}),
      ...(images.length > 0 ? { images } : {}),
      ...(pivotTables ? { pivotTables } : {}),
    });
  }
  const names: DefinedName[] = [];
  const namesEl = smlChild(wb, 'definedNames');
  for (const n of namesEl ? smlChildren(namesEl, 'definedName') : []) {
    const name = attr(n, '', 'name');
    const formula = textContent(n).trim();
    if (!name || formula === '') continue;
    const local = attr(n, '', 'localSheetId');
    const sheet = local !== undefined ? sheetIndex.get(Number(local)) : undefined;
    if (local !== undefined && sheet === undefined) {
      ctx.diagnostics.warn('defined-name-dropped', `The name "${name}" belongs to a sheet Ostal left out; it is dropped.`, workbookPart);
      continue;
    }
    const hidden = /^(1|true)$/.test(attr(n, '', 'hidden') ?? '');
    names.push({ name, formula: cleanFormula(formula.startsWith('=') ? formula.slice(1) : formula), ...(sheet !== undefined ? { sheet } : {}), ...(hidden ? { hidden } : {}) });
  }
  const kept = applyPrintNames(names, sheets);
  const externalLinks = readExternalLinks(pkg, workbookPart, wb, rels, ctx);
  if (sheets.length === 0) {
    ctx.diagnostics.warn('no-sheets', 'The workbook has no worksheet Ostal can read; an empty sheet was added.', workbookPart);
    sheets.push({ name: 'Sheet1', rows: [] });
  }
  const styleList = styles.styles;
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: packageCoreProperties(pkg, ctx),
    sheets,
    ...(styleList.length > 1 ? { styles: styleList } : {}),
    ...(defaultFont ? { defaultFont } : {}),
    ...(kept.length > 0 ? { names: kept } : {}),
    ...(date1904 ? { date1904 } : {}),
    ...(recalcOnLoad ? { recalcOnLoad } : {}),
    ...(externalLinks.length > 0 ? { externalLinks } : {}),
    ...(caches ? { pivotCaches: withPivotStyles(caches, sheets, styles) } : {}),
    ...keptWorkbookMacros(pkg, workbookPart, sheets, ctx.diagnostics),
  };
}
