/**
 * XLSX writing (ECMA-376 Part 1, 18.2.27 `workbook`, 18.8.39 `styleSheet` minimal form, 12.3 part
 * relationships; Part 2 for the package and core properties). Own code, no exceljs: the model is
 * small, and writing it directly keeps output deterministic and fast.
 */
import type { Workbook } from '@ostal/model';
import { REL, corePropertiesXml, writeOpcPackage } from '../ooxml/opc-writer.js';
import type { OpcPartOut, OpcRelOut } from '../ooxml/opc-writer.js';
import { NS } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import { SharedStringTable } from './sml-shared-strings.js';
import { worksheetXml } from './xlsx-sheet-writer.js';

const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

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

/** The smallest stylesheet Excel opens without repair: one font, the two reserved fills, one border, one format. */
function stylesXml(): string {
  const xf = { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 };
  return serializeXml(
    x(
      'styleSheet',
      { xmlns: NS.s },
      x('fonts', { count: 1 }, x('font', {}, x('sz', { val: 11 }), x('name', { val: 'Calibri' }), x('family', { val: 2 }))),
      x('fills', { count: 2 }, x('fill', {}, x('patternFill', { patternType: 'none' })), x('fill', {}, x('patternFill', { patternType: 'gray125' }))),
      x('borders', { count: 1 }, x('border', {}, x('left'), x('right'), x('top'), x('bottom'), x('diagonal'))),
      x('cellStyleXfs', { count: 1 }, x('xf', xf)),
      x('cellXfs', { count: 1 }, x('xf', { ...xf, xfId: 0 })),
      x('cellStyles', { count: 1 }, x('cellStyle', { name: 'Normal', xfId: 0, builtinId: 0 })),
    ),
  );
}

function appXml(): string {
  return serializeXml(x('Properties', { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' }, x('Application', {}, 'Ostal')));
}

/**
 * Writes a workbook as XLSX: one worksheet part per sheet, shared strings, a minimal stylesheet,
 * core properties. Formulas carry their cached values; `fullCalcOnLoad` asks Excel to recompute.
 */
export function writeXlsx(workbook: Workbook): Uint8Array {
  const sst = new SharedStringTable();
  const sheets = workbook.sheets.length > 0 ? workbook.sheets : [{ name: 'Sheet1', rows: [] }];
  const names = excelSheetNames(sheets.map((s) => s.name));
  const parts: OpcPartOut[] = sheets.map((sheet, i) => ({
    name: `xl/worksheets/sheet${String(i + 1)}.xml`,
    contentType: CT.worksheet,
    data: worksheetXml(sheet, sst, i === 0),
  }));
  const wbRels: OpcRelOut[] = sheets.map((_, i) => ({ id: `rId${String(i + 1)}`, type: REL.worksheet, target: `worksheets/sheet${String(i + 1)}.xml` }));
  wbRels.push({ id: `rId${String(sheets.length + 1)}`, type: REL.styles, target: 'styles.xml' });
  parts.push({ name: 'xl/styles.xml', contentType: CT.styles, data: stylesXml() });
  if (sst.size > 0) {
    wbRels.push({ id: `rId${String(sheets.length + 2)}`, type: REL.sharedStrings, target: 'sharedStrings.xml' });
    parts.push({ name: 'xl/sharedStrings.xml', contentType: CT.sharedStrings, data: sst.xml() });
  }
  const workbookXml = serializeXml(
    x(
      'workbook',
      { xmlns: NS.s, 'xmlns:r': NS.r },
      x('bookViews', {}, x('workbookView', { activeTab: 0 })),
      x(
        'sheets',
        {},
        names.map((name, i) => x('sheet', { name, sheetId: i + 1, 'r:id': `rId${String(i + 1)}` })),
      ),
      x('calcPr', { calcId: 191029, fullCalcOnLoad: 1 }),
    ),
  );
  parts.unshift({ name: 'xl/workbook.xml', contentType: CT.workbook, data: workbookXml, rels: wbRels });
  parts.push({ name: 'docProps/core.xml', contentType: CT.core, data: corePropertiesXml(workbook.meta) });
  parts.push({ name: 'docProps/app.xml', contentType: CT.app, data: appXml() });
  return writeOpcPackage(parts, [
    { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' },
    { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
    { id: 'rId3', type: EXTENDED_PROPERTIES, target: 'docProps/app.xml' },
  ]);
}
