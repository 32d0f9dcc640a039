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
 * is the template's corners at `row`. The cell styles say each region's shading, and the bold
 * and colour of its text (`style:text-properties`, which ODF 1.3 allows in a `table-cell` style)
 * when every text of the cells the style makes bold (coloured) is bold (has a colour of its own):
 * an ODF reader puts a region's text formatting on text that has none, and a run Word keeps
 * plain in a bold header must stay plain. What is not there — bands of more than one row or
 * column, Word's corner cells, borders, paragraph formatting, other text formatting — stays
 * resolved on the cells, as it always did, so the table looks the same.
 */
import type { TableTemplate, TableWordStyle } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { MAX_TABLE_TEMPLATE_NAME } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { childElement } from '../xml/xml-tree.js';
import { serializeXmlFragment, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { keptTableStyle } from './wml-table-style-writer.js';
import { cellStyleFormat, regionsOfCell } from './wml-table-style.js';
import type { RegionFormat, TableRegion, TableStyleFormats } from './wml-table-style.js';
import { tableGrid } from './table-grid.js';
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

/** Which text formatting of the style the template may say: true when every text of the cells it gives it to has it too. */
interface TextKept {
  readonly bold: boolean;
  readonly color: boolean;
}

function textKept(style: TableWordStyle, formats: TableStyleFormats, table: PMNode | undefined): TextKept {
  if (!table) return { bold: false, color: false };
  const look = { firstRow: style.firstRow, lastRow: style.lastRow, firstColumn: style.firstColumn, lastColumn: style.lastColumn, hBand: style.bandedRows, vBand: style.bandedColumns };
  const grid = tableGrid(table);
  let bold = true;
  let color = true;
  grid.rows.forEach((slots, row) =>
    slots.forEach((slot, col) => {
      if (slot.kind !== 'cell') return;
      const place = { row, rows: grid.rows.length, col, colspan: slot.colspan, cols: grid.width };
      // As the template resolves it: Word's corner regions are not in it.
      const regions = regionsOfCell(place, look, formats).filter((r) => !r.endsWith('Cell'));
      const run = cellStyleFormat(place, regions, formats).run;
      slot.cell.descendants((n) => {
        if (!n.isText) return true;
        if (run?.bold && !n.marks.some((m) => m.type.name === 'bold')) bold = false;
        if (run?.color && !n.marks.some((m) => m.type.name === 'color')) color = false;
        return false;
      });
    }),
  );
  return { bold, color };
}

/** The `style:style` of one region (`table-cell` family): its shading, and the text formatting `kept` allows. */
function cellStyle(name: string, f: RegionFormat | undefined, kept: TextKept): XmlOut {
  const bold = kept.bold ? f?.run?.bold : undefined;
  const color = kept.color ? f?.run?.color : undefined;
  return x(
    'style:style',
    { ...ODF_NS, 'style:name': name, 'style:family': 'table-cell' },
    typeof f?.shading === 'string' ? x('style:table-cell-properties', { 'fo:background-color': f.shading }) : null,
    bold !== undefined || color ? x('style:text-properties', { 'fo:font-weight': bold === undefined ? undefined : bold ? 'bold' : 'normal', 'fo:color': color ?? undefined }) : null,
  );
}

/**
 * The ODF template `style` becomes, in the model's form (its definition as source), or null
 * when its definition no longer reads or it bands by more than one row or column. `table`, the
 * table following it, says whether its text formatting can go into the template.
 */
export function wordStyleTemplate(style: TableWordStyle | null, table?: PMNode): TableTemplate | null {
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
  const text = textKept(style, formats, table);
  const cells = used.map(([odf, word]) => cellStyle(`${prefix}.${odf}`, formats.regions[word], text));
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
