/**
 * XLSX writing (ECMA-376 Part 1, 18.2.27 `workbook`, 18.8.39 `styleSheet` minimal form, 12.3 part
 * relationships; Part 2 for the package and core properties). Own code, no exceljs: the model is
 * small, and writing it directly keeps output deterministic and fast.
 */
import { needsRecalcOnLoad } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { REL, corePropertiesXml, writeOpcPackage } from '../ooxml/opc-writer.js';
import { withWorkbookMacros } from './xlsx-macro-names.js';
import type { WriteOptions } from '../codec.js';
import type { OpcPartOut, OpcRelOut } from '../ooxml/opc-writer.js';
import { NS } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { customNumberFormats, numberFormatId, stylesXml } from './xlsx-styles-writer.js';
import { pivotParts, pivotStyleNeeds } from './xlsx-pivot-tables.js';
import { externalLinkParts } from './xlsx-external-links.js';
import { SharedStringTable } from './sml-shared-strings.js';
import { fileFormula, worksheetXml } from './xlsx-sheet-writer.js';
import type { CellStyle, DefinedName } from '@ostal/model';
import { autoFilterXml, commentsPartXml, commentsVmlXml, featuresAfterMergesXml, fitsToPage } from './xlsx-sheet-features-writer.js';
import { CT_TABLE, REL_TABLE, tablePartXml } from './xlsx-tables.js';
import { CT_PERSON, CT_THREADED, PersonList, REL_PERSON, REL_THREADED, isThread, legacyNote, threadedCommentsXml } from './xlsx-threaded-comments.js';
import { printNames } from './xlsx-print-names.js';
import { opaqueDrawingParts } from './xlsx-opaque-drawing.js';
import { chartObjects, chartsToWrite } from './xlsx-charts.js';
import { themeXml } from '../slides/pptx-theme.js';
import { DEFAULT_THEME_PALETTE } from '../text/dml-theme-colours.js';

const CT_THEME = 'application/vnd.openxmlformats-officedocument.theme+xml';
/** Office's palette, the one the charts are drawn with when a series has no colour of its own. */
const OFFICE_THEME = {
  name: 'Office',
  colors: Object.fromEntries(Object.entries(DEFAULT_THEME_PALETTE).map(([slot, c]) => [slot, c.slice(1).toUpperCase()])),
  majorFont: 'Calibri Light',
  minorFont: 'Calibri',
};
import { drawingParts, withoutRemovedObjects } from './xlsx-drawing-writer.js';
import { withModelAnchors } from './xlsx-drawing-anchors.js';
import { pictureObjects, picturesToWrite } from './xlsx-pictures.js';

const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_VML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

const EXTENDED_PROPERTIES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties';

/**
 * Sheet names Excel accepts (18.2.19: at most 31 characters, none of `[]:*?/\`, not starting or
 * ending with `'`, unique ignoring case). Names that already comply are kept as they are.
 */
export function excelSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    let base = raw.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31);
    if (base.trim() === '') base = `Sheet${String(i + 1)}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${String(n)})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Defined names (18.2.5): `localSheetId` is the sheet's position; Excel wants them sorted. */
function definedNamesXml(workbook: Workbook, sheetCount: number, builtIn: readonly DefinedName[]): XmlOut | null {
  const names = [...(workbook.names ?? []).filter((n) => n.sheet === undefined || n.sheet < sheetCount), ...builtIn];
  if (names.length === 0) return null;
  const sorted = [...names].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : (a.sheet ?? -1) - (b.sheet ?? -1)));
  return x(
    'definedNames',
    {},
    sorted.map((n) => x('definedName', { name: n.name, localSheetId: n.sheet, hidden: n.hidden ? 1 : undefined }, fileFormula(n.formula))),
  );
}

function appXml(): string {
  return serializeXml(x('Properties', { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' }, x('Application', {}, 'Ostal')));
}

/**
 * Writes a workbook as XLSX: one worksheet part per sheet, shared strings, a minimal stylesheet,
 * core properties. Formulas carry their cached values; `fullCalcOnLoad` asks Excel to recompute
 * them only when they are stale or missing ({@link needsRecalcOnLoad}).
 */
export function writeXlsx(workbook: Workbook, options?: WriteOptions): Uint8Array {
  const sst = new SharedStringTable();
  const sheets = workbook.sheets.length > 0 ? workbook.sheets : [{ name: 'Sheet1', rows: [] }];
  const names = excelSheetNames(sheets.map((s) => s.name));
  // Excel refuses a workbook whose every sheet is hidden, and shows the active tab first.
  const firstVisible = Math.max(0, sheets.findIndex((s) => s.visibility === undefined || s.visibility === 'visible'));
  // Differential styles of conditional formats, shared by every sheet (styles.xml `dxfs`).
  const dxfs: CellStyle[] = [];
  const dxfKeys = new Map<string, number>();
  const dxfId = (style: CellStyle): number => {
    const key = JSON.stringify(style);
    let id = dxfKeys.get(key);
    if (id === undefined) {
      id = dxfs.push(style) - 1;
      dxfKeys.set(key, id);
    }
    return id;
  };
  const parts: OpcPartOut[] = [];
  const taken = new Set<string>();
  // Part names of kept drawings: new chart and drawing parts must not take them.
  const reserved = new Set(sheets.flatMap((s) => (s.drawing?.parts ?? []).map((p) => p.name.toLowerCase())));
  const persons = new PersonList();
  let tableId = 0;
  // Kept pivot caches and tables, their style ids renamed to this stylesheet's.
  const extraCodes = pivotStyleNeeds(workbook);
  const numFmts = customNumberFormats(workbook.styles ?? [{}], extraCodes);
  const pivots = pivotParts(workbook, sheets, taken, parts, (code) => numberFormatId(code, numFmts), dxfId);
  const sheetParts: OpcPartOut[] = sheets.map((sheet, i) => {
    const n = String(i + 1);
    const rels: OpcRelOut[] = [...(pivots.sheetRels.get(i) ?? [])];
    const comments = sheet.comments ?? [];
    if (comments.length > 0) {
      rels.push({ id: 'rId1', type: REL_COMMENTS, target: `../comments${n}.xml` }, { id: 'rId2', type: REL_VML, target: `../drawings/vmlDrawing${n}.vml` });
      parts.push({ name: `xl/comments${n}.xml`, contentType: CT.comments, data: commentsPartXml(comments.map((c, k) => legacyNote(c, i + 1, k))) });
      if (comments.some(isThread)) {
        rels.push({ id: 'rId4', type: REL_THREADED, target: `../threadedComments/threadedComment${n}.xml` });
        parts.push({ name: `xl/threadedComments/threadedComment${n}.xml`, contentType: CT_THREADED, data: threadedCommentsXml(comments, i + 1, persons) });
      }
      parts.push({ name: `xl/drawings/vmlDrawing${n}.vml`, contentType: CT.vml, data: commentsVmlXml(comments, i + 1) });
    }
    // The kept drawing (less what the user removed), with anchors for charts and pictures it lacks.
    const kept = withModelAnchors(sheet, withoutRemovedObjects(sheet));
    const objects = [...chartObjects(chartsToWrite(sheet), reserved), ...pictureObjects(sheet, picturesToWrite(sheet), reserved)];
    const drawn = drawingParts(objects, kept?.format === 'xlsx' ? kept : undefined, reserved, parts);
    const drawingPart = drawn.drawing ? opaqueDrawingParts(drawn.drawing, taken, parts) : drawn.drawingPart;
    if (drawingPart) rels.push({ id: 'rId3', type: REL_DRAWING, target: `/${drawingPart}` });
    // Tables (18.5): one part each, listed last in the worksheet (`tableParts`).
    const tableRefs = (sheet.tables ?? []).map((t, k) => {
      const id = `rIdT${String(k + 1)}`;
      tableId += 1;
      rels.push({ id, type: REL_TABLE, target: `../tables/table${String(tableId)}.xml` });
      parts.push({ name: `xl/tables/table${String(tableId)}.xml`, contentType: CT_TABLE, data: tablePartXml(t, tableId) });
      return `<tablePart r:id="${id}"/>`;
    });
    const tableParts = tableRefs.length > 0 ? `<tableParts count="${String(tableRefs.length)}">${tableRefs.join('')}</tableParts>` : '';
    const extras = {
      beforeMerges: autoFilterXml(sheet),
      afterMerges: featuresAfterMergesXml(sheet, dxfId, comments.length > 0 ? 'rId2' : undefined, drawingPart ? 'rId3' : undefined) + tableParts,
      fitToPage: fitsToPage(sheet),
    };
    return { name: `xl/worksheets/sheet${n}.xml`, contentType: CT.worksheet, data: worksheetXml(sheet, sst, i === firstVisible, extras), ...(rels.length > 0 ? { rels } : {}) };
  });
  parts.unshift(...sheetParts);
  const wbRels: OpcRelOut[] = sheets.map((_, i) => ({ id: `rId${String(i + 1)}`, type: REL.worksheet, target: `worksheets/sheet${String(i + 1)}.xml` }));
  wbRels.push({ id: `rId${String(sheets.length + 1)}`, type: REL.styles, target: 'styles.xml' });
  parts.push({ name: 'xl/styles.xml', contentType: CT.styles, data: stylesXml(workbook.styles, workbook.defaultFont, dxfs, extraCodes) });
  // The theme Excel always writes (14.2.7): charts whose series take the style's colours (no
  // fill of their own) are drawn with its accents; without it LibreOffice draws them unfilled.
  wbRels.push({ id: 'rIdTheme', type: REL.theme, target: 'theme/theme1.xml' });
  parts.push({ name: 'xl/theme/theme1.xml', contentType: CT_THEME, data: themeXml(OFFICE_THEME) });
  if (sst.size > 0) {
    wbRels.push({ id: `rId${String(sheets.length + 2)}`, type: REL.sharedStrings, target: 'sharedStrings.xml' });
    parts.push({ name: 'xl/sharedStrings.xml', contentType: CT.sharedStrings, data: sst.xml() });
  }
  wbRels.push(...pivots.workbookRels);
  if (persons.size > 0) {
    wbRels.push({ id: `rId${String(sheets.length + 3)}`, type: REL_PERSON, target: 'persons/person.xml' });
    parts.push({ name: 'xl/persons/person.xml', contentType: CT_PERSON, data: persons.xml() });
  }
  const external = externalLinkParts(workbook.externalLinks, parts);
  wbRels.push(...external.rels);
  const workbookXml = serializeXml(
    x(
      'workbook',
      { xmlns: NS.s, 'xmlns:r': NS.r },
      workbook.date1904 ? x('workbookPr', { date1904: 1 }) : null,
      x('bookViews', {}, x('workbookView', { activeTab: firstVisible })),
      x(
        'sheets',
        {},
        names.map((name, i) => {
          const v = sheets[i]!.visibility;
          return x('sheet', { name, sheetId: i + 1, state: v && v !== 'visible' && i !== firstVisible ? v : undefined, 'r:id': `rId${String(i + 1)}` });
        }),
      ),
      external.ids.length > 0 ? x('externalReferences', {}, external.ids.map((id) => x('externalReference', { 'r:id': id }))) : null,
      definedNamesXml(workbook, sheets.length, printNames(sheets, names)),
      // Stored results are shown as they are unless stale or missing (CONTEXT.md, "Recalculation on load").
      x('calcPr', { calcId: 191029, fullCalcOnLoad: needsRecalcOnLoad(workbook) ? 1 : undefined }),
      pivots.caches.length > 0 ? x('pivotCaches', {}, pivots.caches.map((c) => x('pivotCache', { cacheId: c.cacheId, 'r:id': c.relId }))) : null,
    ),
  );
  parts.unshift({ name: 'xl/workbook.xml', contentType: CT.workbook, data: workbookXml, rels: wbRels });
  parts.push({ name: 'docProps/core.xml', contentType: CT.core, data: corePropertiesXml(workbook.meta) });
  parts.push({ name: 'docProps/app.xml', contentType: CT.app, data: appXml() });
  return writeOpcPackage(
    withWorkbookMacros(parts, workbook, options),
    [
    { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' },
    { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
      { id: 'rId3', type: EXTENDED_PROPERTIES, target: 'docProps/app.xml' },
    ],
    { vml: CT.vml },
  );
}
