import { describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_POSITION, textSchema } from '@ostal/model';
import type { TablePosition } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { DEFAULT_FLOAT_PAGE, firstSectionOf, floatPageOf, floatingTableBox, tableWidthOf } from './floating-table.js';

const s = textSchema;
const at = (props: Partial<TablePosition>): TablePosition => ({ ...DEFAULT_TABLE_POSITION, ...props });
const cell = (colwidth: number[] | null): PMNode => s.nodes.table_cell!.create({ colwidth }, [s.nodes.paragraph!.create()]);
// A4 with 2 cm margins (1134 twips): 794 px wide, 76 px margins, a 642 px column.
const a4 = floatPageOf({ page: { width: 11906, height: 16838, orientation: 'portrait' }, margins: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 0, footer: 0 } });

describe('floatingTableBox', () => {
  it('reads the page of the first section, else the stylesheet’s A4', () => {
    expect(a4).toEqual({ width: 794, marginLeft: 76, marginRight: 76 });
    expect(floatPageOf(null)).toEqual(DEFAULT_FLOAT_PAGE);
    const section = { margins: { top: 0, right: 720, bottom: 0, left: 1440, header: 0, footer: 0 } };
    const doc = s.nodes.doc!.create({ section: null }, [s.nodes.paragraph!.create(), s.nodes.section_break!.create({ section }), s.nodes.paragraph!.create()]);
    expect(firstSectionOf(doc)).toEqual(section);
  });

  it('floats a table left at its offset from the margin, pushed down by its offset from the paragraph, text at its right distance', () => {
    // 1 cm (567 twips, 38 px) from the margin, 0.5 cm down from the paragraph, 0.32 cm from the text at its right.
    expect(floatingTableBox(at({ xRelative: 'margin', yRelative: 'paragraph', x: 567, y: 283, right: 180, bottom: 90 }), 200, a4)).toEqual({
      side: 'left',
      marginLeft: 38,
      marginRight: 12,
      marginTop: 19,
      marginBottom: 6,
    });
  });

  it('measures an offset from the page edge from the page, not the column', () => {
    // 3 cm from the page edge is 113 px, 37 px into the 76 px margin's column.
    expect(floatingTableBox(at({ xRelative: 'page', x: 1701 }), 200, a4).marginLeft).toBe(37);
  });

  it('floats right a table in the right half, text flowing on its left', () => {
    // 400 px into a 642 px column, 200 px wide: 42 px from the column's right edge.
    expect(floatingTableBox(at({ xRelative: 'column', x: 6000, left: 150 }), 200, a4)).toMatchObject({ side: 'right', marginLeft: 10, marginRight: 42 });
    expect(floatingTableBox(at({ xRelative: 'margin', xAlign: 'right' }), 200, a4)).toMatchObject({ side: 'right', marginRight: 0 });
    expect(floatingTableBox(at({ xRelative: 'page', xAlign: 'outside' }), 200, a4)).toMatchObject({ side: 'right', marginRight: -76 });
  });

  it('centres by alignment, and keeps a table measured down from the page at its paragraph', () => {
    expect(floatingTableBox(at({ xRelative: 'margin', xAlign: 'center', yRelative: 'page', y: 5000 }), 200, a4)).toMatchObject({ side: 'left', marginLeft: 221, marginTop: 0 });
  });
});

describe('tableWidthOf', () => {
  it('adds the first row’s column widths, else the grid in twips', () => {
    const row = (cells: PMNode[]): PMNode => s.nodes.table_row!.create(null, cells);
    expect(tableWidthOf(s.nodes.table!.create({ columnWidths: [1500, 1500] }, [row([cell([100]), cell([120])])]))).toBe(220);
    expect(tableWidthOf(s.nodes.table!.create({ columnWidths: [1500, 1500] }, [row([cell(null), cell([120])])]))).toBe(200);
  });
});
