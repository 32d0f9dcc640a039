/**
 * ODF tables in text documents (ODF 1.3 Part 3, 9.1: 9.1.2 `table:table`, 9.1.3
 * `table:table-row` with `table:number-rows-repeated` 19.680, 9.1.4 `table:table-cell` with
 * `table:number-columns-spanned` 19.675 and `table:number-rows-spanned` 19.679, 9.1.5
 * `table:covered-table-cell`, 9.1.6 `table:table-column` with `table:number-columns-repeated`
 * 19.674, 9.1.7-9.1.12 header rows, row and column groups) read into a table node through
 * {@link buildTable}.
 *
 * Cells are placed at the column their position in the row gives, covered cells included, so
 * spans line up even when a producer left covered cells out. Column widths come from the
 * column styles: absolute widths, else relative widths scaled to the table's width.
 */
import { tableCellValue } from '@ostal/model';
import type { TableCellValue } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { OdfTableStyles } from './odf-table-styles.js';
import type { ReadTally } from './read-tally.js';
import { buildTable } from './table-builder.js';
import { tableTemplateOf, templateCellStyles, templateTextMarks, withTemplateText } from './odf-table-template.js';
import type { CellInput, RowInput } from './table-builder.js';

/** What the table reader needs from the body reader. */
export interface OdfTableContext {
  readonly tableStyles: OdfTableStyles;
  readonly tally: ReadTally;
  readonly part: string;
  /** Reads the block content of a `table:table-cell`. */
  readonly readCell: (cell: XmlElement) => PMNode[];
}

/** The table node and whether its style asks for a page break before it. */
export interface OdfTableRead {
  readonly table: PMNode | null;
  readonly breakBefore: boolean;
}

/** Caps on repetition counts: spreadsheets-style repeats of millions are files gone wrong. */
const MAX_REPEAT = 1000;
const MAX_COLUMNS = 1000;
const MAX_ROWS = 10_000;

function count(el: XmlElement, local: string): number {
  const n = Number.parseInt(attr(el, NS.table, local) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_REPEAT) : 1;
}

/** Reads `table:table` elements. */
export class OdfTableReader {
  constructor(private readonly ctx: OdfTableContext) {}

  /** Reads `table` (`_path` locates it, for diagnostics: none are given today). */
  read(table: XmlElement, _path: string): OdfTableRead {
    const styles = this.ctx.tableStyles;
    const tableStyle = styles.table(attr(table, NS.table, 'style-name'));
    const columns: (string | undefined)[] = [];
    const rows: XmlElement[] = [];
    const headerRows = new Set<XmlElement>();
    this.walk(table, columns, rows, headerRows, false);

    const template = tableTemplateOf(table, styles.templates);
    const definition = styles.templates.get(template?.name);
    const rowCount = rows.reduce((n, row) => n + count(row, 'number-rows-repeated'), 0);
    const columnCount = Math.max(columns.length, ...rows.map((row) => rowWidth(row)));

    let bordered: boolean | undefined;
    const rowInputs: RowInput[] = [];
    for (const row of rows) {
      // The cells of the row, read once however often the row repeats.
      const read: { readonly el: XmlElement; readonly col: number; readonly blocks: PMNode[] }[] = [];
      let col = 0;
      for (const c of row.children) {
        if (typeof c !== 'object' || c.ns !== NS.table || col >= MAX_COLUMNS) continue;
        if (c.local === 'covered-table-cell') col += count(c, 'number-columns-repeated');
        else if (c.local === 'table-cell') {
          const blocks = this.ctx.readCell(c);
          for (let i = count(c, 'number-columns-repeated'); i > 0 && col < MAX_COLUMNS; i--) {
            read.push({ el: c, col, blocks });
            col += 1; // the covered cells that follow a spanning cell hold the rest of its columns
          }
        }
      }
      for (let i = count(row, 'number-rows-repeated'); i > 0 && rowInputs.length < MAX_ROWS; i--) {
        const r = rowInputs.length;
        const cells: CellInput[] = read.map(({ el: c, col: at, blocks }) => {
          const colspan = count(c, 'number-columns-spanned');
          const regions = template && definition ? templateCellStyles(definition, template, r, at, at + colspan - 1, rowCount, columnCount) : [];
          const cellStyle = styles.cell(attr(c, NS.table, 'style-name'), regions);
          if (cellStyle.border !== undefined) bordered = (bordered ?? false) || cellStyle.border;
          const value = odfCellValue(c, cellStyle.format);
          // The template's text formatting (bold first row, coloured text...) goes on the cell's text.
          const text = definition ? withTemplateText(blocks, templateTextMarks(definition, regions)) : blocks;
          return { col: at, colspan, rowspan: count(c, 'number-rows-spanned'), background: cellStyle.background, sides: cellStyle.sides, blocks: text, value, margins: cellStyle.margins ?? null };
        });
        rowInputs.push({ header: headerRows.has(row), cells });
      }
    }
    const built = buildTable({ rows: rowInputs, columnWidths: this.widths(columns, tableStyle.width), bordered: bordered ?? false });
    return { table: built && template ? built.type.create({ ...built.attrs, template }, built.content, built.marks) : built, breakBefore: tableStyle.breakBefore };
  }

  /** Collects column style names (one per grid column) and rows, through groups and header sections. */
  private walk(el: XmlElement, columns: (string | undefined)[], rows: XmlElement[], headers: Set<XmlElement>, header: boolean): void {
    for (const c of el.children) {
      if (typeof c !== 'object' || c.ns !== NS.table) continue;
      switch (c.local) {
        case 'table-column':
          for (let i = count(c, 'number-columns-repeated'); i > 0 && columns.length < MAX_COLUMNS; i--) columns.push(attr(c, NS.table, 'style-name'));
          break;
        case 'table-columns':
        case 'table-header-columns':
        case 'table-column-group':
          this.walk(c, columns, rows, headers, header);
          break;
        case 'table-row':
          if (rows.length < MAX_ROWS) {
            rows.push(c);
            if (header) headers.add(c);
          }
          break;
        case 'table-header-rows':
          this.walk(c, columns, rows, headers, true);
          break;
        case 'table-rows':
        case 'table-row-group':
          this.walk(c, columns, rows, headers, header);
          break;
        default:
          break;
      }
    }
  }

  /** Grid widths in twips: absolute column widths, else relative ones scaled to the table width. */
  private widths(columns: readonly (string | undefined)[], tableWidth: number | undefined): number[] | null {
    if (columns.length === 0) return null;
    const styles = columns.map((name) => this.ctx.tableStyles.column(name));
    if (styles.every((s) => s.width !== undefined)) return styles.map((s) => s.width!);
    if (tableWidth !== undefined && styles.every((s) => s.relative !== undefined)) {
      const total = styles.reduce((sum, s) => sum + s.relative!, 0);
      return styles.map((s) => Math.max(1, Math.round((s.relative! / total) * tableWidth)));
    }
    return null;
  }
}

/** The grid columns a row covers (spans and repeats counted). */
function rowWidth(row: XmlElement): number {
  let n = 0;
  for (const c of row.children) {
    if (typeof c !== 'object' || c.ns !== NS.table) continue;
    if (c.local === 'covered-table-cell' || c.local === 'table-cell') n += count(c, 'number-columns-repeated');
  }
  return Math.min(n, MAX_COLUMNS);
}

/** The typed value of a cell (19.385 `office:value-type` and the attribute holding the value), or null for text. */
function odfCellValue(cell: XmlElement, format: string | undefined): TableCellValue | null {
  const type = attr(cell, NS.office, 'value-type');
  if (type === undefined || type === 'string' || type === 'void') return null;
  const from = type === 'date' ? 'date-value' : type === 'time' ? 'time-value' : type === 'boolean' ? 'boolean-value' : 'value';
  return tableCellValue(type, attr(cell, NS.office, from), attr(cell, NS.office, 'currency'), format);
}
