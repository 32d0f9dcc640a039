/**
 * Writes model tables as ODF (ODF 1.3 Part 3, 9.1.2 `table:table`, 9.1.6 `table:table-column`,
 * 9.1.7 `table:table-header-rows`, 9.1.3 `table:table-row`, 9.1.4 `table:table-cell` with
 * `table:number-columns-spanned`/`table:number-rows-spanned`, 9.1.5 `table:covered-table-cell`)
 * with automatic styles for the table width (17.15), column widths (17.16) and cell borders and
 * shading (17.18). Mirrors `odf-table-reader.ts`.
 *
 * Widths are written in points (twips / 20), which read back to the same twips exactly.
 */
import { TEXT_BORDER_SIDES, isTableCellValue } from '@ostal/model';
import type { TableCellBorders, TableCellMargins, TableCellValue } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { tableGrid } from './table-grid.js';
import { OdfDataStyleSet } from './odf-data-styles.js';
import { OdfTemplateSet, templateAttrs } from './odf-table-template-writer.js';
import type { TableTemplate, TableWordStyle } from '@ostal/model';
import { wordStyleTemplate } from './odf-word-table-template.js';

/** A cell style the automatic styles must define. */
export interface OdfCellStyleOut {
  readonly name: string;
  /** `fo:border*` attributes of the cell. */
  readonly border: Readonly<Record<string, string>>;
  readonly background: string | null;
  /** The data style of typed cells. */
  readonly dataStyle?: string;
  /** Margins (twips), or null for the default padding. */
  readonly margins?: TableCellMargins | null;
}

/** The padding of a cell without margins (read back as none, `odf-table-styles.ts`). */
export const DEFAULT_CELL_PADDING = '0.1cm';

/** `fo:padding*` of a cell's margins, in points (exact back to twips). */
function paddingAttrs(m: TableCellMargins | null | undefined): Record<string, string> {
  if (!m) return { 'fo:padding': DEFAULT_CELL_PADDING };
  return { 'fo:padding-top': `${String(m.top / 20)}pt`, 'fo:padding-bottom': `${String(m.bottom / 20)}pt`, 'fo:padding-left': `${String(m.left / 20)}pt`, 'fo:padding-right': `${String(m.right / 20)}pt` };
}

/** The one thin black grid of a table with `bordered` and no per-cell borders. */
const GRID: Readonly<Record<string, string>> = { 'fo:border': '0.5pt solid #000000' };

/** `fo:border-<side>` of every side of a cell: its line, or `none`. */
function cellBorderAttrs(borders: TableCellBorders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const side of TEXT_BORDER_SIDES) {
    const line = borders[side];
    // An automatic colour is left out, as for paragraph borders: readers draw the text colour.
    out[`fo:border-${side}`] = line ? `${String(line.width / 8)}pt ${line.style}${line.color ? ` ${line.color}` : ''}` : 'none';
  }
  return out;
}

/** Styles the tables of one document use, collected while writing them. */
export class OdfTableStyleSet {
  /** Table widths in twips. */
  readonly tableWidths = new Set<number>();
  /** Column widths in twips. */
  readonly columnWidths = new Set<number>();
  readonly cells = new Map<string, OdfCellStyleOut>();
  private tables = 0;

  /** A fresh table name (`Table1`, `Table2`...). */
  nextTableName(): string {
    this.tables += 1;
    return `Table${String(this.tables)}`;
  }

  private readonly cellNames = new Map<string, string>();

  /**
   * The cell style for a cell's borders and shading, or undefined when the cell needs none:
   * `borders` is the cell's own lines, else the table's grid when `bordered`.
   */
  cellStyle(borders: TableCellBorders | null, bordered: boolean, background: string | null, format?: string, margins: TableCellMargins | null = null): string | undefined {
    const border = borders ? cellBorderAttrs(borders) : bordered ? GRID : {};
    if (Object.keys(border).length === 0 && !background && format === undefined && !margins) return undefined;
    const key = JSON.stringify([border, background, format ?? null, margins]);
    let name = this.cellNames.get(key);
    if (name === undefined) {
      name = `Cell${String(this.cellNames.size + 1)}`;
      this.cellNames.set(key, name);
      this.cells.set(name, { name, border, background, margins, ...(format !== undefined ? { dataStyle: this.data.name(format) } : {}) });
    }
    return name;
  }

  /** Data styles of typed cells (and of date fields, `odf-data-styles.ts`). */
  readonly data = new OdfDataStyleSet();
  /** Table templates the tables follow, for `office:styles` (`odf-table-template-writer.ts`). */
  readonly templates = new OdfTemplateSet();

  /** The `style:style` elements for what was collected. */
  styles(): XmlOut[] {
    const pt = (twips: number): string => `${String(twips / 20)}pt`;
    return [
      ...[...this.tableWidths].sort((a, b) => a - b).map((w) =>
        x('style:style', { 'style:name': tableStyleName(w), 'style:family': 'table' }, x('style:table-properties', { 'style:width': pt(w), 'table:align': 'left' })),
      ),
      ...[...this.columnWidths].sort((a, b) => a - b).map((w) =>
        x('style:style', { 'style:name': columnStyleName(w), 'style:family': 'table-column' }, x('style:table-column-properties', { 'style:column-width': pt(w) })),
      ),
      ...[...this.cells.values()].map((c) =>
        x(
          'style:style',
          { 'style:name': c.name, 'style:family': 'table-cell', 'style:data-style-name': c.dataStyle },
          x('style:table-cell-properties', { ...paddingAttrs(c.margins), ...c.border, 'fo:background-color': c.background ?? undefined }),
        ),
      ),
    ];
  }
}

function tableStyleName(twips: number): string {
  return `Tbl_${String(twips)}`;
}

function columnStyleName(twips: number): string {
  return `Col_${String(twips)}`;
}

/** The `table:table` of `table`; `blocks` writes the block content of a cell. */
export function odfTable(table: PMNode, styles: OdfTableStyleSet, blocks: (cell: PMNode) => XmlOut[]): XmlOut {
  const grid = tableGrid(table);
  const bordered = table.attrs.bordered === true;
  const total = grid.columns.reduce((s, w) => s + w, 0);
  styles.tableWidths.add(total);
  // A Word table style goes as the template it makes (odf-word-table-template.ts).
  const template = (table.attrs.template as TableTemplate | null) ?? wordStyleTemplate(table.attrs.wordStyle as TableWordStyle | null, table);
  styles.templates.add(template);
  const columns = grid.columns.map((w) => {
    styles.columnWidths.add(w);
    return x('table:table-column', { 'table:style-name': columnStyleName(w) });
  });
  const rows = grid.rows.map((slots) =>
    x(
      'table:table-row',
      {},
      slots.map((slot) => {
        if (slot.kind === 'covered') return x('table:covered-table-cell');
        if (slot.kind === 'empty') return x('table:table-cell', { 'table:style-name': styles.cellStyle(null, bordered, null) }, x('text:p'));
        const value = isTableCellValue(slot.cell.attrs.value) ? slot.cell.attrs.value : null;
        const attrs = {
          'table:style-name': styles.cellStyle(slot.cell.attrs.borders as TableCellBorders | null, bordered, slot.cell.attrs.background as string | null, value?.format, slot.cell.attrs.margins as TableCellMargins | null),
          'table:number-columns-spanned': slot.colspan > 1 ? slot.colspan : undefined,
          'table:number-rows-spanned': slot.rowspan > 1 ? slot.rowspan : undefined,
          ...(value ? odfCellValueAttrs(value) : {}),
        };
        return x('table:table-cell', attrs, blocks(slot.cell));
      }),
    ),
  );
  const header = rows.slice(0, grid.headerRows);
  return x(
    'table:table',
    { 'table:name': styles.nextTableName(), 'table:style-name': tableStyleName(total), ...templateAttrs(template) },
    columns,
    header.length > 0 ? x('table:table-header-rows', {}, header) : null,
    rows.slice(grid.headerRows),
  );
}

/** The `office:value-type` of a typed cell and the attribute holding its value (19.385, 19.378-19.384). */
function odfCellValueAttrs(value: TableCellValue): Record<string, string> {
  const at = value.type === 'date' ? 'office:date-value' : value.type === 'time' ? 'office:time-value' : value.type === 'boolean' ? 'office:boolean-value' : 'office:value';
  return { 'office:value-type': value.type, [at]: value.value, ...(value.type === 'currency' && value.currency ? { 'office:currency': value.currency } : {}) };
}
