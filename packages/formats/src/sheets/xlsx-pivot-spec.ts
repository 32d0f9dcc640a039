/**
 * SpreadsheetML pivot tables ↔ {@link PivotSpec} (ECMA-376 Part 1, 18.10): the kept XLSX parts
 * of a workbook described for the ODS writer, and pivot parts written for XLSX from pivot tables
 * read from ODS. Parts written here hold a cache definition without records (`saveData="0"`,
 * `refreshOnLoad="1"`): Excel and LibreOffice lay the table out afresh from the source range, as
 * LibreOffice does for the ODS the table came from. The cache fields' shared items are built from
 * the source cells for the fields on an axis (the table's items name them by index).
 */
import type { CellRange, CellValue, Workbook } from '@ostal/model';
import { cellName } from '@ostal/model';
import type { OpaquePart, Sheet } from '@ostal/model';
import type { OpcPartOut, OpcRelOut } from '../ooxml/opc-writer.js';
import { decodeBase64 } from '../text/text-media.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { escapeAttr } from '../xml/xml-writer.js';
import type { PivotDataField, PivotFunction, PivotPageField, PivotSpec, PivotSpecs } from './pivot-spec.js';
import { cellValueAt, sourceFieldNames } from './pivot-spec.js';
import { parseRange } from './xlsx-sheet-reader.js';

export const CT_PIVOT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml';
export const CT_PIVOT_CACHE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml';
const REL_CACHE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition';
/** Distinct items kept per axis field; a field with more is not converted. */
const MAX_ITEMS = 10_000;

const FROM_SML: Readonly<Record<string, PivotFunction>> = {
  sum: 'sum',
  count: 'count',
  countNums: 'countnums',
  average: 'average',
  max: 'max',
  min: 'min',
  product: 'product',
  stdDev: 'stdev',
  stdDevp: 'stdevp',
  var: 'var',
  varp: 'varp',
};
const TO_SML = new Map(Object.entries(FROM_SML).map(([k, v]) => [v, k]));
const CAPTION: Readonly<Record<PivotFunction, string>> = {
  sum: 'Sum',
  count: 'Count',
  countnums: 'Count',
  average: 'Average',
  max: 'Max',
  min: 'Min',
  product: 'Product',
  stdev: 'StdDev',
  stdevp: 'StdDevp',
  var: 'Var',
  varp: 'Varp',
};

function sml(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? [...childElements(el, NS.s, local), ...childElements(el, NS.strictS, local)] : [];
}

function partXml(part: OpaquePart): XmlElement | null {
  const bytes = decodeBase64(part.base64);
  if (!bytes) return null;
  try {
    return parseXml(new TextDecoder().decode(bytes), { part: part.name, maxDepth: 64 });
  } catch {
    return null;
  }
}

/** `Sheet1!$A$1:$D$13` (a defined name's formula) as sheet + range. */
function sheetRange(formula: string): { sheet: string; range: CellRange } | null {
  const m = /^(?:'((?:[^']|'')*)'|([^!'[\]]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(formula.trim());
  const range = m ? parseRange(m[3]!.replace(/\$/g, '')) : null;
  return m && range ? { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, range } : null;
}

/** The source range of a cache definition's worksheet source (a range, a table or a defined name). */
function cacheSource(def: XmlElement, workbook: Workbook, cacheSheet: string): { sheet: string; range: CellRange } | null {
  const source = sml(def, 'cacheSource')[0];
  if (!source || attr(source, '', 'type') !== 'worksheet') return null;
  const ws = sml(source, 'worksheetSource')[0];
  if (!ws || attr(ws, NS.r, 'id') !== undefined) return null; // another workbook
  const ref = attr(ws, '', 'ref');
  const sheet = attr(ws, '', 'sheet');
  if (ref !== undefined) {
    const range = parseRange(ref);
    return range ? { sheet: sheet ?? cacheSheet, range } : null;
  }
  const name = attr(ws, '', 'name');
  if (name === undefined) return null;
  for (const s of workbook.sheets) {
    const t = s.tables?.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (t) return { sheet: s.name, range: { ...t.range, bottom: t.totalsRow ? t.range.bottom - 1 : t.range.bottom } };
  }
  const defined = workbook.names?.find((n) => n.name.toLowerCase() === name.toLowerCase());
  return defined ? sheetRange(defined.formula) : null;
}

/** The text of a shared item (`s`, `n`, `b`, `d`, `e`; `m` is empty). */
function itemText(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  if (el.local === 'm') return '';
  const v = attr(el, '', 'v');
  if (el.local === 'b') return v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
  return v;
}

/** One pivot table part as a spec, or null when it holds what the spec cannot say. */
function specOfTable(table: XmlElement, def: XmlElement, sheet: string, workbook: Workbook): PivotSpec | null {
  const source = cacheSource(def, workbook, sheet);
  const location = parseRange(attr(sml(table, 'location')[0] ?? table, '', 'ref') ?? '');
  if (!source || !location) return null;
  const cacheFields = sml(sml(def, 'cacheFields')[0], 'cacheField');
  // Calculated fields (a formula) and grouped fields (fieldGroup) have no source column.
  if (cacheFields.some((f) => attr(f, '', 'formula') !== undefined || sml(f, 'fieldGroup').length > 0)) return null;
  const names = cacheFields.map((f) => attr(f, '', 'name') ?? '');
  const pivotFields = sml(sml(table, 'pivotFields')[0], 'pivotField');
  const field = (x: string | undefined): string | null | undefined => {
    const n = Number(x);
    if (n === -2) return null;
    return Number.isInteger(n) && n >= 0 && n < names.length ? names[n] : undefined;
  };
  const axis = (list: string, item: string): (string | null)[] | undefined => {
    const out: (string | null)[] = [];
    for (const f of sml(sml(table, list)[0], item)) {
      const name = field(attr(f, '', 'x'));
      if (name === undefined) return undefined;
      out.push(name);
    }
    return out;
  };
  const rows = axis('rowFields', 'field');
  const columns = axis('colFields', 'field');
  if (!rows || !columns) return null;
  const pages: PivotPageField[] = [];
  for (const p of sml(sml(table, 'pageFields')[0], 'pageField')) {
    const fld = Number(attr(p, '', 'fld'));
    const name = field(String(fld));
    if (name === undefined || name === null) return null;
    const itemIndex = attr(p, '', 'item');
    let selected: string | undefined;
    if (itemIndex !== undefined) {
      const items = sml(sml(pivotFields[fld], 'items')[0], 'item');
      const x = Number(attr(items[Number(itemIndex)] ?? table, '', 'x'));
      selected = itemText(childElements(sml(cacheFields[fld], 'sharedItems')[0] ?? table)[x]);
      if (selected === undefined) return null;
    }
    pages.push({ field: name, ...(selected !== undefined ? { selected } : {}) });
  }
  const data: PivotDataField[] = [];
  for (const d of sml(sml(table, 'dataFields')[0], 'dataField')) {
    const name = field(attr(d, '', 'fld'));
    const fn = FROM_SML[attr(d, '', 'subtotal') ?? 'sum'];
    // "Show values as" (percent of, difference from...) is left to the unconverted case.
    const shown = attr(d, '', 'showDataAs');
    if (name === undefined || name === null || !fn || (shown !== undefined && shown !== 'normal')) return null;
    const caption = attr(d, '', 'name');
    data.push({ field: name, fn, ...(caption !== undefined ? { caption } : {}) });
  }
  if (data.length === 0) return null;
  const flag = (a: string): boolean => attr(table, '', a) !== '0' && attr(table, '', a) !== 'false';
  return {
    name: attr(table, '', 'name') ?? 'PivotTable',
    sheet,
    location,
    source,
    rows,
    columns,
    pages,
    data,
    rowGrandTotals: flag('rowGrandTotals'),
    colGrandTotals: flag('colGrandTotals'),
  };
}

/** The kept XLSX pivot tables of a workbook as specs (for ODS), and how many cannot be. */
export function pivotSpecsOfXlsx(workbook: Workbook): PivotSpecs {
  const caches = workbook.pivotCaches?.format === 'xlsx' ? workbook.pivotCaches : undefined;
  const specs: PivotSpec[] = [];
  let unconverted = 0;
  for (const sheet of workbook.sheets) {
    for (const part of sheet.pivotTables?.format === 'xlsx' ? sheet.pivotTables.parts : []) {
      const cachePart = caches?.parts.find((p) => (part.rels ?? []).some((r) => r.type === REL_CACHE && r.target === p.name));
      const table = partXml(part);
      const def = cachePart ? partXml(cachePart) : null;
      const spec = table && def ? specOfTable(table, def, sheet.name, workbook) : null;
      if (spec) specs.push(spec);
      else unconverted += 1;
    }
  }
  return { specs, unconverted };
}

// --- spec -> SpreadsheetML ------------------------------------------------------------------

function valueKey(v: CellValue): string {
  if (v === null || v === '') return 'm';
  if (typeof v === 'object') return `e${v.error}`;
  return `${typeof v}:${String(v)}`;
}

function itemXml(v: CellValue): string {
  if (v === null || v === '') return '<m/>';
  if (typeof v === 'number') return `<n v="${String(v)}"/>`;
  if (typeof v === 'boolean') return `<b v="${v ? '1' : '0'}"/>`;
  if (typeof v === 'object') return `<e v="${escapeAttr(v.error)}"/>`;
  return `<s v="${escapeAttr(v)}"/>`;
}

/** The distinct values of a source column below its header, in the order met; null past {@link MAX_ITEMS}. */
function distinctValues(workbook: Workbook, source: PivotSpec['source'], col: number): CellValue[] | null {
  const seen = new Set<string>();
  const out: CellValue[] = [];
  for (let r = source.range.top + 1; r <= source.range.bottom; r++) {
    const v = cellValueAt(workbook, source.sheet, r, col);
    const key = valueKey(v);
    if (seen.has(key)) continue;
    if (out.length >= MAX_ITEMS) return null;
    seen.add(key);
    out.push(v);
  }
  return out;
}

function sharedItemsXml(values: readonly CellValue[] | null): string {
  if (!values) return '<sharedItems/>';
  const hasNumber = values.some((v) => typeof v === 'number');
  const hasText = values.some((v) => typeof v === 'string' && v !== '');
  const hasBlank = values.some((v) => v === null || v === '');
  const flags = [
    hasNumber && !hasText ? ' containsSemiMixedTypes="0" containsString="0"' : '',
    hasNumber ? ' containsNumber="1"' : '',
    hasBlank ? ' containsBlank="1"' : '',
  ].join('');
  return `<sharedItems${flags} count="${String(values.length)}">${values.map(itemXml).join('')}</sharedItems>`;
}

/** A spec's cache definition and table definition parts, or null when its fields are not all in the source. */
function specParts(spec: PivotSpec, workbook: Workbook, cacheId: number): { cache: string; table: string } | null {
  const names = sourceFieldNames(workbook, spec.source);
  const index = (name: string): number => names.indexOf(name);
  const used = [...spec.rows, ...spec.columns, ...spec.pages.map((p) => p.field), ...spec.data.map((d) => d.field)];
  if (used.some((n) => n !== null && index(n) < 0) || names.some((n) => n === '')) return null;
  const axisFields = new Set([...spec.rows, ...spec.columns, ...spec.pages.map((p) => p.field)].filter((n): n is string => n !== null));
  const items = new Map<string, CellValue[]>();
  for (const name of axisFields) {
    const values = distinctValues(workbook, spec.source, spec.source.range.left + index(name));
    if (!values) return null;
    items.set(name, values);
  }
  const ref = `${cellName(spec.source.range.top, spec.source.range.left)}:${cellName(spec.source.range.bottom, spec.source.range.right)}`;
  const cache =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<pivotCacheDefinition xmlns="${NS.s}" xmlns:r="${NS.r}" saveData="0" refreshOnLoad="1" createdVersion="3" refreshedVersion="3" minRefreshableVersion="3" recordCount="0">` +
    `<cacheSource type="worksheet"><worksheetSource ref="${ref}" sheet="${escapeAttr(spec.source.sheet)}"/></cacheSource>` +
    `<cacheFields count="${String(names.length)}">` +
    names.map((n) => `<cacheField name="${escapeAttr(n)}" numFmtId="0">${sharedItemsXml(items.get(n) ?? null)}</cacheField>`).join('') +
    '</cacheFields></pivotCacheDefinition>';
  // Several data fields need the "Values" field on an axis: Excel puts it in the columns.
  const columns = spec.data.length > 1 && !spec.rows.includes(null) && !spec.columns.includes(null) ? [...spec.columns, null] : spec.columns;
  const rows = spec.data.length > 1 ? spec.rows : spec.rows.filter((r) => r !== null);
  const cols = spec.data.length > 1 ? columns : columns.filter((c) => c !== null);
  const dataSet = new Set(spec.data.map((d) => d.field));
  const pivotFields = names.map((n) => {
    const axis = spec.rows.includes(n) ? 'axisRow' : spec.columns.includes(n) ? 'axisCol' : spec.pages.some((p) => p.field === n) ? 'axisPage' : undefined;
    const list = items.get(n);
    const itemsXml = axis && list ? `<items count="${String(list.length + 1)}">${list.map((_v, i) => `<item x="${String(i)}"/>`).join('')}<item t="default"/></items>` : '';
    return `<pivotField${axis ? ` axis="${axis}"` : ''}${dataSet.has(n) ? ' dataField="1"' : ''} showAll="0"${itemsXml ? `>${itemsXml}</pivotField>` : '/>'}`;
  });
  const fieldRefs = (list: readonly (string | null)[]): string => list.map((n) => `<field x="${String(n === null ? -2 : index(n))}"/>`).join('');
  const pageXml = spec.pages
    .map((p) => {
      const list = items.get(p.field) ?? [];
      const at = p.selected === undefined ? -1 : list.findIndex((v) => (v === null ? '' : typeof v === 'object' ? v.error : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v)) === p.selected);
      return `<pageField fld="${String(index(p.field))}"${at >= 0 ? ` item="${String(at)}"` : ''} hier="-1"/>`;
    })
    .join('');
  const dataXml = spec.data
    .map((d) => `<dataField name="${escapeAttr(d.caption ?? `${CAPTION[d.fn]} of ${d.field}`)}" fld="${String(index(d.field))}"${d.fn !== 'sum' ? ` subtotal="${TO_SML.get(d.fn)!}"` : ''} baseField="0" baseItem="0"/>`)
    .join('');
  const loc = spec.location;
  const firstDataRow = Math.max(1, cols.length) + 1;
  const table =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<pivotTableDefinition xmlns="${NS.s}" name="${escapeAttr(spec.name)}" cacheId="${String(cacheId)}" dataCaption="Values" updatedVersion="3" minRefreshableVersion="3" createdVersion="3" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1"` +
    `${spec.rowGrandTotals ? '' : ' rowGrandTotals="0"'}${spec.colGrandTotals ? '' : ' colGrandTotals="0"'}>` +
    `<location ref="${cellName(loc.top, loc.left)}:${cellName(loc.bottom, loc.right)}" firstHeaderRow="1" firstDataRow="${String(Math.min(firstDataRow, loc.bottom - loc.top))}" firstDataCol="${String(Math.max(1, rows.length))}"${spec.pages.length > 0 ? ` rowPageCount="${String(spec.pages.length)}" colPageCount="1"` : ''}/>` +
    `<pivotFields count="${String(names.length)}">${pivotFields.join('')}</pivotFields>` +
    (rows.length > 0 ? `<rowFields count="${String(rows.length)}">${fieldRefs(rows)}</rowFields>` : '') +
    (cols.length > 0 ? `<colFields count="${String(cols.length)}">${fieldRefs(cols)}</colFields>` : '') +
    (spec.pages.length > 0 ? `<pageFields count="${String(spec.pages.length)}">${pageXml}</pageFields>` : '') +
    `<dataFields count="${String(spec.data.length)}">${dataXml}</dataFields>` +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>' +
    '</pivotTableDefinition>';
  return { cache, table };
}

/** What the XLSX writer adds for pivot tables converted from specs. */
export interface SpecPivotParts {
  readonly caches: readonly { readonly cacheId: number; readonly relId: string }[];
  readonly workbookRels: OpcRelOut[];
  readonly sheetRels: Map<number, OpcRelOut[]>;
  /** Specs that could not be written (their output stays as values). */
  readonly unconverted: number;
}

/**
 * Pivot parts for `specs` into `out` (one cache per table, `xl/pivotCache/ostalPivotCacheN.xml`
 * and `xl/pivotTables/ostalPivotTableN.xml`), tied to the sheets by name.
 */
export function pivotPartsOfSpecs(specs: readonly PivotSpec[], workbook: Workbook, sheets: readonly Sheet[], out: OpcPartOut[]): SpecPivotParts {
  const caches: { cacheId: number; relId: string }[] = [];
  const workbookRels: OpcRelOut[] = [];
  const sheetRels = new Map<number, OpcRelOut[]>();
  let unconverted = 0;
  for (const spec of specs) {
    const sheetIndex = sheets.findIndex((s) => s.name === spec.sheet);
    const parts = sheetIndex >= 0 && sheets.some((s) => s.name === spec.source.sheet) ? specParts(spec, workbook, caches.length + 1) : null;
    if (!parts) {
      unconverted += 1;
      continue;
    }
    const n = String(caches.length + 1);
    const cacheName = `xl/pivotCache/ostalPivotCache${n}.xml`;
    const tableName = `xl/pivotTables/ostalPivotTable${n}.xml`;
    out.push({ name: cacheName, contentType: CT_PIVOT_CACHE, data: parts.cache });
    out.push({ name: tableName, contentType: CT_PIVOT_TABLE, data: parts.table, rels: [{ id: 'rId1', type: REL_CACHE, target: `/${cacheName}` }] });
    caches.push({ cacheId: caches.length + 1, relId: `rIdPc${n}` });
    workbookRels.push({ id: `rIdPc${n}`, type: REL_CACHE, target: `/${cacheName}` });
    const rels = sheetRels.get(sheetIndex) ?? [];
    rels.push({ id: `rIdPt${String(rels.length + 1)}`, type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable', target: `/${tableName}` });
    sheetRels.set(sheetIndex, rels);
  }
  return { caches, workbookRels, sheetRels, unconverted };
}
