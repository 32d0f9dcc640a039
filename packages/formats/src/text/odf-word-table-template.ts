/**
 * A Word table style as an ODF table template (ODF 1.3 Part 3, 16.3 `table:table-template`
 * with 16.4-16.12 `table:body`, `first-row`, `last-row`, `first-column`, `last-column`,
 * `even-rows`, `odd-rows`, `even-columns`, `odd-columns`, each naming a 16.2 cell style;
 * ECMA-376 Part 1, 17.7.6 table styles), so a DOCX table with a style goes to ODT following a
 * template of the same name (LibreOffice's "table style").
 *
 * Word's regions map one to one: the whole table to the body, `band1Horz`/`band2Horz` to odd
 * and even rows (bands count from the first row after the header in both), `band1Vert`/
 * `band2Vert` to odd and even columns; Word lets a row region win over a column region, which
 * is the template's corners at `row`. The cell styles say each region's shading. What is not
 * there — bands of more than one row or column, Word's corner cells, borders, text and
 * paragraph formatting — stays resolved on the cells, as it always did, so the table looks the same.
 */
import type { TableTemplate, TableWordStyle } from '@ostal/model';
import { MAX_TABLE_TEMPLATE_NAME } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { childElement } from '../xml/xml-tree.js';
import { serializeXmlFragment, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { keptTableStyle } from './wml-table-style-writer.js';
import type { RegionFormat, TableRegion } from './wml-table-style.js';
import { WML_TRANSITIONAL, wVal } from './wml-run-properties.js';

/** ODF template regions in schema order, with the Word region each holds. */
const REGIONS: readonly (readonly [string, TableRegion])[] = [
  ['first-row', 'firstRow'],
  ['last-row', 'lastRow'],
  ['first-column', 'firstCol'],
  ['last-column', 'lastCol'],
  ['body', 'wholeTable'],
  ['even-rows', 'band2Horz'],
  ['odd-rows', 'band1Horz'],
  ['even-columns', 'band2Vert'],
  ['odd-columns', 'band1Vert'],
];

const ODF_NS = { 'xmlns:style': NS.style, 'xmlns:table': NS.table, 'xmlns:fo': NS.fo };

/** A style name (NCName) made of `id`. */
function ncName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/**
 * The `style:style` of one region (`table-cell` family): its shading. Its text formatting is on
 * the cells' text already, and an ODF reader would put it on text that says otherwise (a run
 * Word keeps "not bold" in a bold header), so it is left out.
 */
function cellStyle(name: string, f: RegionFormat | undefined): XmlOut {
  return x('style:style', { ...ODF_NS, 'style:name': name, 'style:family': 'table-cell' }, typeof f?.shading === 'string' ? x('style:table-cell-properties', { 'fo:background-color': f.shading }) : null);
}

/**
 * The ODF template `style` becomes, in the model's form (its definition as source), or null
 * when its definition no longer reads or it bands by more than one row or column.
 */
export function wordStyleTemplate(style: TableWordStyle | null): TableTemplate | null {
  if (!style) return null;
  const kept = keptTableStyle(style);
  const formats = kept?.formats;
  if (!kept || !formats || (formats.rowBand ?? 1) > 1 || (formats.colBand ?? 1) > 1) return null;
  const displayName = wVal(childElement(kept.elements[0]!, NS.w, 'name'), WML_TRANSITIONAL)?.trim();
  const name = (displayName || style.styleId).slice(0, MAX_TABLE_TEMPLATE_NAME);
  const prefix = `Word_${ncName(style.styleId)}`;
  const used = REGIONS.filter(([odf, word]) => odf === 'body' || formats.regions[word] !== undefined);
  const template = x(
    'table:table-template',
    { ...ODF_NS, 'table:name': name, 'table:first-row-start-column': 'row', 'table:first-row-end-column': 'row', 'table:last-row-start-column': 'row', 'table:last-row-end-column': 'row' },
    used.map(([odf]) => x(`table:${odf}`, { 'table:style-name': `${prefix}.${odf}` })),
  );
  const cells = used.map(([odf, word]) => cellStyle(`${prefix}.${odf}`, formats.regions[word]));
  return {
    name,
    firstRow: style.firstRow,
    lastRow: style.lastRow,
    firstColumn: style.firstColumn,
    lastColumn: style.lastColumn,
    bandingRows: style.bandedRows,
    bandingColumns: style.bandedColumns,
    source: [template, ...cells].map(serializeXmlFragment),
  };
}
