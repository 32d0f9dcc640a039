/**
 * Writes model tables as WordprocessingML (ECMA-376 Part 1, 17.4.38 `w:tbl` with 17.4.63
 * `w:tblPr` (`w:tblW`, 17.4.39 `w:tblBorders`, 17.4.53 `w:tblLayout`), 17.4.48 `w:tblGrid`,
 * 17.4.79 `w:tr` with 17.4.49 `w:tblHeader`, 17.4.66 `w:tc` with 17.4.72 `w:tcW`, 17.4.17
 * `w:gridSpan`, 17.4.84 `w:vMerge` and 17.4.33 `w:shd`). Mirrors `wml-table-reader.ts`.
 *
 * A table that keeps its Word style names it (`w:tblStyle`, `w:tblLook`) and its cells say only
 * what differs from what the style gives them (`wml-table-style-writer.ts`).
 *
 * Every slot a row span covers gets a `w:tc` with `w:vMerge` (continue) and an empty paragraph;
 * every cell ends with a paragraph, as Word requires after a nested table.
 */
import type { TableCellBorders, TableCellMargins, TablePosition, TextBorderLine } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { tableGrid } from './table-grid.js';
import type { GridSlot } from './table-grid.js';
import { tablePositionXml } from './wml-table-position.js';
import { drawnBorders, sameBorders, sameMargins } from './wml-table-style-writer.js';
import type { StyleText, TableStyleBaseline, WmlTableStyles } from './wml-table-style-writer.js';

const BORDER = { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': 'auto' } as const;

function borders(): XmlOut {
  return x('w:tblBorders', {}, ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => x(`w:${side}`, BORDER)));
}

const WORD_VAL: Readonly<Record<TextBorderLine['style'], string>> = { solid: 'single', double: 'double', dotted: 'dotted', dashed: 'dashed' };

/** `w:tcBorders` (17.4.66, CT_TcBorders order) with every side said, so no table border shows through. */
function cellBorders(borders: TableCellBorders): XmlOut {
  return x(
    'w:tcBorders',
    {},
    (['top', 'left', 'bottom', 'right'] as const).map((side) => {
      const line = borders[side];
      return line ? x(`w:${side}`, { 'w:val': WORD_VAL[line.style], 'w:sz': line.width, 'w:space': 0, 'w:color': line.color ? line.color.slice(1).toUpperCase() : 'auto' }) : x(`w:${side}`, { 'w:val': 'nil' });
    }),
  );
}

/** The part of a vertically merged cell's borders one of its slots draws (no line inside the merge). */
function mergedSlot(borders: TableCellBorders, first: boolean, last: boolean): TableCellBorders {
  const { top, bottom, ...sides } = borders;
  return { ...sides, ...(first && top ? { top } : {}), ...(last && bottom ? { bottom } : {}) };
}

/** `w:tcMar` (17.4.68, CT_TcMar order) of a cell's margins. */
function cellMargins(m: TableCellMargins | null): XmlOut | null {
  return m && x('w:tcMar', {}, (['top', 'left', 'bottom', 'right'] as const).map((side) => x(`w:${side}`, { 'w:w': m[side], 'w:type': 'dxa' })));
}

/** A cell's `w:shd` fill: a colour, `auto` for none said over a style's shading, or null for none written. */
function shading(background: string | null): XmlOut | null {
  return background ? x('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': background === 'auto' ? 'auto' : background.slice(1).toUpperCase() }) : null;
}

/** Word's cell margins when none are said (17.4.42): none above and below, 0.19 cm at the sides. */
const WORD_MARGINS: TableCellMargins = { top: 0, bottom: 0, left: 108, right: 108 };

/** What to write of a cell's formatting: with a style, only what differs from what it gives. */
interface CellFormatOut {
  readonly background: string | null;
  readonly borders: TableCellBorders | null;
  readonly margins: TableCellMargins | null;
}

/** True for a cell with no formatting of its own: in a styled table, the style formats it. */
function followsStyle(cell: PMNode): boolean {
  return cell.attrs.background === null && cell.attrs.borders === null && cell.attrs.margins === null;
}

function cellFormat(cell: PMNode, table: PMNode, baseline: TableStyleBaseline | null): CellFormatOut {
  const background = cell.attrs.background as string | null;
  const borders = cell.attrs.borders as TableCellBorders | null;
  const margins = cell.attrs.margins as TableCellMargins | null;
  const styled = baseline?.cell(cell);
  if (!styled) return { background, borders, margins };
  // A cell with no formatting at all (a row added in the editor) takes the style's look.
  if (followsStyle(cell)) return { background: null, borders: null, margins: null };
  const drawn = drawnBorders(cell, table);
  return {
    background: background === styled.background ? null : (background ?? 'auto'),
    borders: sameBorders(drawn, styled.borders) ? null : drawn,
    margins: sameMargins(margins, styled.margins) ? null : (margins ?? WORD_MARGINS),
  };
}

function cellProps(width: number, colspan: number, vMerge: 'restart' | 'continue' | undefined, background: string | null, borders: TableCellBorders | null, margins: TableCellMargins | null = null): XmlOut {
  return x(
    'w:tcPr',
    {},
    x('w:tcW', { 'w:w': width, 'w:type': 'dxa' }),
    colspan > 1 ? x('w:gridSpan', { 'w:val': colspan }) : null,
    vMerge === 'restart' ? x('w:vMerge', { 'w:val': 'restart' }) : vMerge === 'continue' ? x('w:vMerge') : null,
    borders ? cellBorders(borders) : null,
    shading(background),
    cellMargins(margins),
  );
}

/**
 * The `w:tbl` of `table`; `blocks` writes the block content of a cell, given the bold and colour
 * its table style gives its text. With `styles`, a table that keeps its Word style names it, and
 * its cells say only what differs from what it gives.
 */
export function wmlTable(table: PMNode, blocks: (cell: PMNode, text?: StyleText) => XmlOut[], rowRevision: (row: PMNode) => XmlOut | null = () => null, styles?: WmlTableStyles): XmlOut {
  const baseline = styles?.use(table) ?? null;
  const grid = tableGrid(table);
  const spanWidth = (col: number, n: number): number => grid.columns.slice(col, col + n).reduce((s, w) => s + w, 0);
  const rows = grid.rows.map((slots, r) => {
    const cells: XmlOut[] = [];
    for (let c = 0; c < grid.width; ) {
      const slot = slots[c]!;
      if (slot.kind === 'cell') {
        const content = blocks(slot.cell, baseline?.cell(slot.cell)?.text);
        if (content.length === 0 || content[content.length - 1]!.name !== 'w:p') content.push(x('w:p'));
        const f = cellFormat(slot.cell, table, baseline);
        const borders = f.borders && slot.rowspan > 1 ? mergedSlot(f.borders, true, false) : f.borders;
        cells.push(x('w:tc', {}, cellProps(spanWidth(c, slot.colspan), slot.colspan, slot.rowspan > 1 ? 'restart' : undefined, f.background, borders, f.margins), content));
        c += slot.colspan;
      } else if (slot.kind === 'covered' && slot.fromAbove) {
        const f = cellFormat(slot.origin, table, baseline);
        const last = !grid.rows[r + 1] || !isCoveredBy(grid.rows[r + 1]![c], slot.origin);
        cells.push(x('w:tc', {}, cellProps(spanWidth(c, slot.colspan), slot.colspan, 'continue', f.background, f.borders && mergedSlot(f.borders, false, last), f.margins), x('w:p')));
        c += slot.colspan;
      } else {
        if (slot.kind === 'empty') cells.push(x('w:tc', {}, cellProps(spanWidth(c, 1), 1, undefined, null, null), x('w:p')));
        c += 1;
      }
    }
    // CT_TrPr: the row's properties, then its revision (w:ins / w:del, 17.13.5.19 / 17.13.5.13).
    const revision = r < table.childCount ? rowRevision(table.child(r)) : null;
    const header = r < grid.headerRows ? x('w:tblHeader') : null;
    return x('w:tr', {}, header || revision ? x('w:trPr', {}, header, revision) : null, cells);
  });
  return x(
    'w:tbl',
    {},
    x(
      'w:tblPr',
      {},
      baseline?.tblStyle ?? null,
      tablePositionXml((table.attrs.position as TablePosition | null) ?? null),
      x('w:tblW', { 'w:w': spanWidth(0, grid.width), 'w:type': 'dxa' }),
      // A styled table's lines are its style's, and its cells' where they differ.
      table.attrs.bordered && !baseline ? borders() : null,
      x('w:tblLayout', { 'w:type': 'fixed' }),
      baseline?.tblLook ?? null,
    ),
    x('w:tblGrid', {}, grid.columns.map((w) => x('w:gridCol', { 'w:w': w }))),
    rows,
  );
}

/** True when `slot` is covered from above by the cell `origin`. */
function isCoveredBy(slot: GridSlot | undefined, origin: PMNode): boolean {
  return slot?.kind === 'covered' && slot.fromAbove && slot.origin === origin;
}
