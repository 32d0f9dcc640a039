/**
 * Table nodes of the text schema, shaped for prosemirror-tables (its `tableRole` spec field,
 * `isolating` tables and cells, and the `colspan`/`rowspan`/`colwidth` cell attributes), so the
 * editor can use its commands and plugins unchanged.
 *
 * Units:
 * - `table.attrs.columnWidths` are the table grid as the file declared it, in **twips**
 *   (1/1440 inch, 1/20 point — WordprocessingML's unit; ODF lengths convert exactly), or null
 *   when the file gave none. Writers fall back on them when no cell says otherwise.
 * - `colwidth` on cells is prosemirror-tables' own attribute, in **CSS pixels** (96 per inch, so
 *   one pixel is {@link TWIPS_PER_PX} twips), one entry per spanned column, 0 for unknown. It is
 *   what column resizing in the editor changes, so writers prefer it.
 *
 * Shape rules (checked by prosemirror-tables' `TableMap`, guaranteed by the readers): every row
 * covers the same number of grid columns once row spans from above are counted, and no span
 * reaches past the grid.
 */
import type { DOMOutputSpec, NodeSpec } from 'prosemirror-model';
import { tableCellBordersCss, isTableCellBorders, parseTableCellBorders } from './text-table-borders.js';
import type { TableCellBorders } from './text-table-borders.js';
import { isTableCellValue } from './text-cell-value.js';
import { isTableCellMargins, parseTableCellMargins, tableCellMarginsCss } from './text-cell-margins.js';
import type { TableCellMargins } from './text-cell-margins.js';
import { isTablePosition } from './text-table-position.js';
import { isTableTemplate } from './text-table-template.js';
import { isTableWordStyle } from './text-table-word-style.js';
import { isRowChange, rowChangeDOM, rowChangeFromDOM } from './text-row-change.js';

/** Twips in one CSS pixel (1440 twips per inch / 96 pixels per inch). */
export const TWIPS_PER_PX = 15;

const HEX_COLOUR = /^#?([0-9a-f]{6})$/i;

/**
 * A cell shading colour as the model stores it (`#rrggbb`, lower case), or null for none or an
 * unusable value (`auto`, `transparent`, names). Accepts `RRGGBB` with or without `#`.
 */
export function normalizeCellBackground(value: string | null | undefined): string | null {
  const m = typeof value === 'string' ? HEX_COLOUR.exec(value.trim()) : null;
  return m ? `#${m[1]!.toLowerCase()}` : null;
}

function positiveInt(value: string | null, fallback = 1): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function isWidthList(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0));
}

function cellAttrsFromDOM(dom: HTMLElement): Record<string, unknown> {
  const colspan = positiveInt(dom.getAttribute('colspan'));
  const widths = (dom.getAttribute('data-colwidth') ?? '').split(',').map(Number);
  const colwidth = widths.length === colspan && widths.every((w) => Number.isFinite(w) && w >= 0) ? widths : null;
  return {
    colspan,
    rowspan: positiveInt(dom.getAttribute('rowspan')),
    colwidth,
    background: normalizeCellBackground(dom.getAttribute('data-background') ?? dom.style.backgroundColor),
    borders: parseTableCellBorders(dom.getAttribute('data-borders')),
    margins: parseTableCellMargins(dom.getAttribute('data-margins')),
  };
}

function cellToDOM(tag: 'td' | 'th', attrs: Record<string, unknown>): DOMOutputSpec {
  const out: Record<string, string> = {};
  if (attrs.colspan !== 1) out.colspan = String(attrs.colspan);
  if (attrs.rowspan !== 1) out.rowspan = String(attrs.rowspan);
  if (Array.isArray(attrs.colwidth)) out['data-colwidth'] = attrs.colwidth.join(',');
  const style: string[] = [];
  const background = normalizeCellBackground(attrs.background as string | null);
  if (background) {
    out['data-background'] = background;
    style.push(`background-color: ${background}`);
  }
  const borders = attrs.borders as TableCellBorders | null;
  if (borders) {
    out['data-borders'] = JSON.stringify(borders);
    style.push(...tableCellBordersCss(borders));
  }
  const margins = attrs.margins as TableCellMargins | null;
  if (margins) {
    out['data-margins'] = JSON.stringify(margins);
    style.push(tableCellMarginsCss(margins));
  }
  if (style.length > 0) out.style = style.join('; ');
  return [tag, out, 0];
}

const cellAttrs = {
  colspan: { default: 1, validate: 'number' },
  rowspan: { default: 1, validate: 'number' },
  /** Widths of the spanned columns in CSS pixels (prosemirror-tables), or null. */
  colwidth: { default: null, validate: (v: unknown) => { if (!isWidthList(v)) throw new RangeError('colwidth must be null or a list of widths.'); } },
  /** Shading colour `#rrggbb`, or null. */
  background: { default: null, validate: 'string|null' },
  /** The lines the cell draws (see text-table-borders.ts), or null to follow the table's `bordered`. */
  borders: { default: null, validate: (v: unknown) => { if (v !== null && !isTableCellBorders(v)) throw new RangeError('borders must be null or cell borders.'); } },
  /** The space between the cell's borders and its content (see text-cell-margins.ts), or null for the default. */
  margins: { default: null, validate: (v: unknown) => { if (v !== null && !isTableCellMargins(v)) throw new RangeError('margins must be null or cell margins.'); } },
  /** The cell's typed value and its display format (see text-cell-value.ts), or null for text. */
  value: { default: null, validate: (v: unknown) => { if (v !== null && !isTableCellValue(v)) throw new RangeError('value must be null or a cell value.'); } },
} as const;

/** The four table node specs, keyed by node name. */
export const tableNodeSpecs: Record<'table' | 'table_row' | 'table_cell' | 'table_header', NodeSpec> = {
  table: {
    attrs: {
      /** Grid column widths in twips, or null (see the module comment). */
      columnWidths: { default: null, validate: (v: unknown) => { if (!isWidthList(v)) throw new RangeError('columnWidths must be null or a list of widths.'); } },
      /** Whether the table draws single borders around its cells. */
      bordered: { default: true, validate: 'boolean' },
      /** Where a floating table sits (see text-table-position.ts), or null for a table in the flow. */
      position: { default: null, validate: (v: unknown) => { if (v !== null && !isTablePosition(v)) throw new RangeError('position must be null or a table position.'); } },
      /** The table template it follows (see text-table-template.ts), or null. */
      template: { default: null, validate: (v: unknown) => { if (v !== null && !isTableTemplate(v)) throw new RangeError('template must be null or a table template.'); } },
      /** The Word table style it follows (see text-table-word-style.ts), or null. */
      wordStyle: { default: null, validate: (v: unknown) => { if (v !== null && !isTableWordStyle(v)) throw new RangeError('wordStyle must be null or a Word table style.'); } },
    },
    content: 'table_row+',
    tableRole: 'table',
    isolating: true,
    group: 'block',
    parseDOM: [{ tag: 'table', getAttrs: (dom) => ({ bordered: (dom).getAttribute('data-bordered') !== 'false' }) }],
    toDOM: (node): DOMOutputSpec => ['table', { 'data-bordered': node.attrs.bordered ? 'true' : 'false', ...(node.attrs.position ? { 'data-floating': 'true' } : {}) }, ['tbody', 0]],
  },
  table_row: {
    attrs: {
      header: { default: false, validate: 'boolean' },
      /** The row inserted or deleted while changes were tracked (see text-row-change.ts), or null. */
      change: { default: null, validate: (v: unknown) => { if (v !== null && !isRowChange(v)) throw new RangeError('change must be null or a row change.'); } },
    },
    content: '(table_cell | table_header)*',
    tableRole: 'row',
    parseDOM: [{ tag: 'tr', getAttrs: (dom) => ({ header: (dom).getAttribute('data-header') === 'true', change: rowChangeFromDOM(dom) }) }],
    toDOM: (node): DOMOutputSpec => ['tr', { ...(node.attrs.header ? { 'data-header': 'true' } : {}), ...rowChangeDOM(node.attrs.change) }, 0],
  },
  table_cell: {
    attrs: cellAttrs,
    content: 'block+',
    tableRole: 'cell',
    isolating: true,
    parseDOM: [{ tag: 'td', getAttrs: (dom) => cellAttrsFromDOM(dom) }],
    toDOM: (node): DOMOutputSpec => cellToDOM('td', node.attrs),
  },
  table_header: {
    attrs: cellAttrs,
    content: 'block+',
    tableRole: 'header_cell',
    isolating: true,
    parseDOM: [{ tag: 'th', getAttrs: (dom) => cellAttrsFromDOM(dom) }],
    toDOM: (node): DOMOutputSpec => cellToDOM('th', node.attrs),
  },
};
