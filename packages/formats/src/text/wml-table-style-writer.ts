/**
 * Word table styles written back (ECMA-376 Part 1, 17.4.62 `w:tblStyle`, 17.4.56 `w:tblLook`,
 * 17.7.6 table style definitions in the styles part). Mirrors the table style half of
 * `wml-table-reader.ts` and `wml-table-style.ts`.
 *
 * A table that keeps its Word style (model `wordStyle`) names it again, and its kept definition
 * goes into `styles.xml`. Its cells carry what the style gave them, resolved when the file was
 * read; {@link WmlTableStyles.use} reads the kept definition again to know what a cell with no
 * formatting of its own would get, so the table writer writes as direct formatting only what
 * differs (an edited shading, a new border, text whose bold or colour is not the style's). The
 * style goes back with only the bold and colour of its text formatting (see
 * `withoutTextFormatting` in `wml-table-style.ts`). A style that cannot be written back (a definition
 * that no longer parses, two different definitions under one id) leaves the table as a table
 * without style: everything resolved written on its cells.
 */
import { tableCellBordersOf } from '@ostal/model';
import type { TableCellBorders, TableCellMargins, TableTemplate, TableWordStyle } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { parseSource, xmlOutOf } from './opaque-xml.js';
import { buildTable } from './table-builder.js';
import type { RowInput } from './table-builder.js';
import { tableGrid } from './table-grid.js';
import type { TableGrid } from './table-grid.js';
import { WML_TRANSITIONAL } from './wml-run-properties.js';
import { WmlStyles } from './wml-styles.js';
import { templateWordStyle } from './wml-template-table-style.js';
import { cellMargins, cellStyleFormat, regionsOfCell, withoutTextFormatting } from './wml-table-style.js';
import type { TableStyleFormats } from './wml-table-style.js';
import type { TableBorderSides } from './border-props.js';
import type { CharProps } from './text-marks.js';

/** What a cell with no formatting of its own gets from its table's style. */
export interface StyledCell {
  readonly background: string | null;
  /** The lines it draws (all four sides considered; a missing side draws none). */
  readonly borders: TableCellBorders;
  readonly margins: TableCellMargins | null;
  /** The bold and colour its text takes from the style (the kept definition's `w:rPr`). */
  readonly text: StyleText;
}

/** What a table style gives a cell's text: bold (true or false) and colour, when it says so. */
export interface StyleText {
  readonly bold?: boolean | undefined;
  readonly color?: string | undefined;
}

function styleText(run: CharProps | undefined): StyleText {
  return { ...(run?.bold !== undefined ? { bold: run.bold } : {}), ...(run?.color ? { color: run.color } : {}) };
}

/** What a table's Word style gives its cells, and how to name it. */
export interface TableStyleBaseline {
  /** `w:tblStyle` and `w:tblLook`, first and last children of `w:tblPr`. */
  readonly tblStyle: XmlOut;
  readonly tblLook: XmlOut;
  /** What the style gives the cell (a cell node of the table), undefined when unknown. */
  cell(cell: PMNode): StyledCell | undefined;
}

const THIN = { style: 'solid', width: 4, color: null, space: 0 } as const;
const THIN_GRID: TableCellBorders = tableCellBordersOf({ top: THIN, bottom: THIN, left: THIN, right: THIN });

/** The lines a cell of `table` draws: its own, else the table's thin grid, else none. */
export function drawnBorders(cell: PMNode, table: PMNode): TableCellBorders {
  return (cell.attrs.borders as TableCellBorders | null) ?? (table.attrs.bordered ? THIN_GRID : {});
}

/** `w:tblLook` (17.4.56) with both its attributes and the older `w:val` bit mask Word writes. */
function tblLook(s: TableWordStyle): XmlOut {
  const bits = (s.firstRow ? 0x20 : 0) | (s.lastRow ? 0x40 : 0) | (s.firstColumn ? 0x80 : 0) | (s.lastColumn ? 0x100 : 0) | (s.bandedRows ? 0 : 0x200) | (s.bandedColumns ? 0 : 0x400);
  const on = (b: boolean): string => (b ? '1' : '0');
  return x('w:tblLook', {
    'w:val': bits.toString(16).toUpperCase().padStart(4, '0'),
    'w:firstRow': on(s.firstRow),
    'w:lastRow': on(s.lastRow),
    'w:firstColumn': on(s.firstColumn),
    'w:lastColumn': on(s.lastColumn),
    'w:noHBand': on(!s.bandedRows),
    'w:noVBand': on(!s.bandedColumns),
  });
}

/** What a kept Word table style says: its definition read again. */
export interface KeptTableStyle {
  /** The `w:style` elements, the style first. */
  readonly elements: readonly XmlElement[];
  readonly formats: TableStyleFormats | undefined;
  /** The table borders it declares. */
  readonly sides: TableBorderSides | undefined;
}

/** `s`'s definition read again, or undefined when it no longer parses as `w:style` elements whose first is `s`. */
export function keptTableStyle(s: TableWordStyle): KeptTableStyle | undefined {
  const parsed = s.source.map((src) => parseSource(src));
  if (!parsed.every((el): el is XmlElement => el !== undefined && el.ns === NS.w && el.local === 'style')) return undefined;
  const els = parsed.map((el) => withoutTextFormatting(el, NS.w));
  if (attr(els[0]!, NS.w, 'styleId') !== s.styleId) return undefined;
  const root: XmlElement = { ns: NS.w, local: 'styles', qname: 'w:styles', attrs: new Map(), nsDecls: new Map(), children: els };
  const styles = new WmlStyles(root, WML_TRANSITIONAL);
  return { elements: els, formats: styles.tableStyleFormats(s.styleId), sides: styles.tableBorders(s.styleId) };
}

/** The cells a table with style `s` and no formatting of its own would be read as, by grid slot. */
function styledGrid(s: TableWordStyle, kept: KeptTableStyle, grid: TableGrid): { grid: TableGrid; table: PMNode; text: Map<string, StyleText> } | undefined {
  const { formats, sides } = kept;
  const text = new Map<string, StyleText>();
  const look = { firstRow: s.firstRow, lastRow: s.lastRow, firstColumn: s.firstColumn, lastColumn: s.lastColumn, hBand: s.bandedRows, vBand: s.bandedColumns };
  const rows: RowInput[] = grid.rows.map((slots, r) => ({
    header: false,
    cells: slots.flatMap((slot, col) => {
      if (slot.kind !== 'cell') return [];
      const place = { row: r, rows: grid.rows.length, col, colspan: slot.colspan, cols: grid.width };
      const from = formats ? cellStyleFormat(place, regionsOfCell(place, look, formats), formats) : undefined;
      text.set(`${String(r)}:${String(col)}`, styleText(from?.run));
      return [{ col, colspan: slot.colspan, rowspan: slot.rowspan, background: from?.shading ?? null, blocks: [], sides: from?.sides, margins: cellMargins(formats?.margins) }];
    }),
  }));
  const table = buildTable({ rows, columnWidths: grid.columns, bordered: Object.values(sides ?? {}).some((line) => line), borderSides: sides });
  return table ? { grid: tableGrid(table), table, text } : undefined;
}

/** The table styles the tables of one document name, collected for `styles.xml`. */
export class WmlTableStyles {
  /** Kept `w:style` sources by style id, in order of first use. */
  private readonly defs = new Map<string, { source: string; el: XmlElement }>();

  /** @param taken true for a style id the document's other styles use (a table style cannot share it). */
  constructor(private readonly taken: (id: string) => boolean = () => false) {}

  /** True when a table style written has id `id` (ids compare without case, as Word does). */
  has(id: string): boolean {
    return [...this.defs.keys()].some((k) => k.toLowerCase() === id.toLowerCase());
  }

  /**
   * What the Word style of `table` gives its cells, recording its definition for
   * {@link definitions}; null when the table has no style or it cannot be written back.
   */
  use(table: PMNode): TableStyleBaseline | null {
    // A LibreOffice table style (ODF template) goes to Word as a table style of its own.
    const s = (table.attrs.wordStyle as TableWordStyle | null) ?? templateWordStyle(table.attrs.template as TableTemplate | null);
    if (!s) return null;
    const kept = keptTableStyle(s);
    if (!kept) return null;
    const ids = kept.elements.map((el) => attr(el, NS.w, 'styleId'));
    // One id, one definition: a table whose style clashes with one already written stays unstyled.
    if (ids.some((id, i) => id === undefined || (this.defs.has(id) ? this.defs.get(id)!.source !== s.source[i] : this.has(id) || this.taken(id)))) return null;
    const grid = tableGrid(table);
    const styled = styledGrid(s, kept, grid);
    if (!styled) return null;
    ids.forEach((id, i) => {
      if (!this.defs.has(id!)) this.defs.set(id!, { source: s.source[i]!, el: kept.elements[i]! });
    });
    const byCell = new Map<PMNode, StyledCell>();
    grid.rows.forEach((slots, r) =>
      slots.forEach((slot, c) => {
        const twin = styled.grid.rows[r]?.[c];
        if (slot.kind !== 'cell' || twin?.kind !== 'cell') return;
        byCell.set(slot.cell, {
          background: twin.cell.attrs.background as string | null,
          borders: drawnBorders(twin.cell, styled.table),
          margins: twin.cell.attrs.margins as TableCellMargins | null,
          text: styled.text.get(`${String(r)}:${String(c)}`) ?? {},
        });
      }),
    );
    return { tblStyle: x('w:tblStyle', { 'w:val': s.styleId }), tblLook: tblLook(s), cell: (cell) => byCell.get(cell) };
  }

  /**
   * The `w:style` elements of the styles used, as the tables keep them, minus any `w:default`
   * (a default table style would restyle the tables that name none).
   */
  definitions(): XmlOut[] {
    const out: XmlOut[] = [];
    for (const { el } of this.defs.values()) {
      const written = xmlOutOf(el);
      // The part's root declares `w`.
      const attrs = Object.fromEntries(Object.entries(written.attrs).filter(([k, v]) => !/(^|:)default$/.test(k) && !(k === 'xmlns:w' && v === NS.w)));
      out.push({ ...written, attrs });
    }
    return out;
  }
}

/** True when two cell border sets draw the same lines. */
export function sameBorders(a: TableCellBorders, b: TableCellBorders): boolean {
  return (['top', 'bottom', 'left', 'right'] as const).every((side) => {
    const p = a[side];
    const q = b[side];
    return p === undefined || q === undefined ? p === q : p.style === q.style && p.width === q.width && p.color === q.color && p.space === q.space;
  });
}

/** True when two cell margins are the same (null: the default). */
export function sameMargins(a: TableCellMargins | null, b: TableCellMargins | null): boolean {
  return a === null || b === null ? a === b : a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}
