/**
 * ODF data pilot tables ↔ {@link PivotSpec} (ODF 1.3 Part 3, 9.6 `table:data-pilot-table`,
 * 9.6.3 `table:source-cell-range`, 9.6.7 `table:data-pilot-field`): the kept ODS element of a
 * workbook described for the XLSX writer, and data pilots written for ODS from pivot tables read
 * from XLSX. The target range is the whole output, page fields included (they sit above the
 * table, one empty row between); Excel's location starts below them. LibreOffice lays the table
 * out afresh from the source range when it opens the file.
 *
 * ODF 1.3 has no caption for a data field (LibreOffice's `tableooo:display-name` is an
 * extension, left out so the file stays valid): LibreOffice shows its own ("Sum - Cost").
 */
import type { CellRange, Workbook } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElement, childElements, findElement } from '../xml/xml-tree.js';
import { escapeAttr } from '../xml/xml-writer.js';
import { odfRangeAddress } from './ods-sheet-features.js';
import { excelRangeOfOdf } from './ods-table-reader.js';
import type { PivotDataField, PivotFunction, PivotPageField, PivotSpec, PivotSpecs } from './pivot-spec.js';
import { parseRange } from './xlsx-sheet-reader.js';

const FUNCTIONS = new Set<string>(['sum', 'count', 'countnums', 'average', 'max', 'min', 'product', 'stdev', 'stdevp', 'var', 'varp']);

/** An ODF cell range address as sheet + range (null for anything else). */
function rangeOfOdf(address: string | undefined): { sheet: string; range: CellRange } | null {
  const excel = address ? excelRangeOfOdf(address) : null;
  const m = excel ? /^(?:'((?:[^']|'')*)'|([^!]*))!(.*)$/.exec(excel) : null;
  const range = m ? parseRange(m[3]!.replace(/^.*!/, '').replace(/\$/g, '')) : null;
  return m && range ? { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, range } : null;
}

/** One `table:data-pilot-table` as a spec, or null when it holds what the spec cannot say. */
function specOfDataPilot(el: XmlElement): PivotSpec | null {
  const target = rangeOfOdf(attr(el, NS.table, 'target-range-address'));
  const source = rangeOfOdf(attr(childElement(el, NS.table, 'source-cell-range') ?? el, NS.table, 'cell-range-address'));
  if (!target || !source) return null;
  const rows: (string | null)[] = [];
  const columns: (string | null)[] = [];
  const pages: PivotPageField[] = [];
  const data: PivotDataField[] = [];
  for (const f of childElements(el, NS.table, 'data-pilot-field')) {
    // "Show values as" and grouped items need more than the spec says.
    if (childElement(f, NS.table, 'data-pilot-field-reference') || childElement(f, NS.table, 'data-pilot-groups')) return null;
    const name = attr(f, NS.table, 'source-field-name') ?? '';
    const layout = attr(f, NS.table, 'is-data-layout-field') === 'true';
    const orientation = attr(f, NS.table, 'orientation');
    if (orientation === 'row') rows.push(layout ? null : name);
    else if (orientation === 'column') columns.push(layout ? null : name);
    else if (orientation === 'page' && !layout) {
      const selected = attr(f, NS.table, 'selected-page');
      pages.push({ field: name, ...(selected ? { selected } : {}) });
    } else if (orientation === 'data' && !layout) {
      const fn = (attr(f, NS.table, 'function') ?? 'sum').replace(/^of:/, '').toLowerCase();
      if (!FUNCTIONS.has(fn)) return null;
      data.push({ field: name, fn: fn as PivotFunction });
    }
  }
  if (data.length === 0) return null;
  const grand = attr(el, NS.table, 'grand-total') ?? 'both';
  const skip = pages.length > 0 ? pages.length + 1 : 0;
  const location = { ...target.range, top: Math.min(target.range.bottom, target.range.top + skip) };
  return {
    name: attr(el, NS.table, 'name') ?? 'DataPilot',
    sheet: target.sheet,
    location,
    source,
    rows,
    columns,
    pages,
    data,
    rowGrandTotals: grand === 'both' || grand === 'row',
    colGrandTotals: grand === 'both' || grand === 'column',
  };
}

/** The kept ODS data pilots of a workbook as specs (for XLSX), and how many cannot be. */
export function pivotSpecsOfOds(workbook: Workbook): PivotSpecs {
  const pilots = workbook.dataPilots?.format === 'ods' ? workbook.dataPilots : undefined;
  if (!pilots) return { specs: [], unconverted: 0 };
  let root: XmlElement;
  try {
    root = parseXml(`<r xmlns:table="${NS.table}">${pilots.xml}</r>`, { part: 'content.xml', maxDepth: 64 });
  } catch {
    return { specs: [], unconverted: pilots.count };
  }
  const list = findElement(root, NS.table, 'data-pilot-tables');
  const specs: PivotSpec[] = [];
  let unconverted = 0;
  for (const el of list ? childElements(list, NS.table, 'data-pilot-table') : []) {
    const spec = specOfDataPilot(el);
    if (spec) specs.push(spec);
    else unconverted += 1;
  }
  return { specs, unconverted };
}

function fieldXml(name: string, orientation: string, extra = ''): string {
  return `<table:data-pilot-field table:source-field-name="${escapeAttr(name)}" table:orientation="${orientation}"${extra}/>`;
}

/** One spec as a `table:data-pilot-table` element. */
export function dataPilotXml(spec: PivotSpec): string {
  const skip = spec.pages.length > 0 ? spec.pages.length + 1 : 0;
  const target = { ...spec.location, top: Math.max(0, spec.location.top - skip) };
  const grand = spec.rowGrandTotals && spec.colGrandTotals ? 'both' : spec.rowGrandTotals ? 'row' : spec.colGrandTotals ? 'column' : 'none';
  const axis = (list: readonly (string | null)[], orientation: string): string =>
    list.map((n) => (n === null ? fieldXml('', orientation, ' table:is-data-layout-field="true"') : fieldXml(n, orientation))).join('');
  // Several data fields need the data layout field on an axis; LibreOffice puts it in the columns.
  const columns = spec.data.length > 1 && !spec.rows.includes(null) && !spec.columns.includes(null) ? [...spec.columns, null] : spec.columns;
  return (
    `<table:data-pilot-table table:name="${escapeAttr(spec.name)}" table:target-range-address="${escapeAttr(odfRangeAddress(spec.sheet, target))}" table:grand-total="${grand}" table:show-filter-button="false">` +
    `<table:source-cell-range table:cell-range-address="${escapeAttr(odfRangeAddress(spec.source.sheet, spec.source.range))}"/>` +
    axis(spec.rows, 'row') +
    axis(columns, 'column') +
    spec.pages.map((p) => fieldXml(p.field, 'page', ` table:selected-page="${escapeAttr(p.selected ?? '')}"`)).join('') +
    spec.data.map((d) => fieldXml(d.field, 'data', ` table:function="${d.fn}"`)).join('') +
    '</table:data-pilot-table>'
  );
}

/**
 * Specs ODF can hold: a page field showing all its items has no ODF 1.3 spelling
 * (`table:selected-page` is required on page fields).
 */
export function odfWritableSpecs(specs: PivotSpecs): PivotSpecs {
  const ok = specs.specs.filter((s) => s.pages.every((p) => p.selected !== undefined));
  return { specs: ok, unconverted: specs.unconverted + specs.specs.length - ok.length };
}

/** `table:data-pilot-tables` for specs ('' for none). */
export function dataPilotsXmlOfSpecs(specs: readonly PivotSpec[]): string {
  return specs.length > 0 ? `<table:data-pilot-tables>${specs.map(dataPilotXml).join('')}</table:data-pilot-tables>` : '';
}
