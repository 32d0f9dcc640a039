import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { TableShape } from '@ostal/model';
import { tableShape } from './slide-factory.js';
import { canReshape, cellAt, cellLines, deleteColumn, deleteRow, insertColumn, insertRow, nextCell, setCellText } from './table-operations.js';

const table = (rows = 2, cols = 3): TableShape => tableShape(emptyDeck(), 5, rows, cols, 'Tableau');
const widthOf = (t: TableShape) => t.columns.reduce((a, b) => a + b, 0);

describe('slide table edits', () => {
  it('types into one cell, keeping its text style, lines as paragraphs', () => {
    const t = setCellText(table(), 1, 2, ['Budget', 'validé']);
    expect(cellLines(t.rows[1]!.cells[2])).toEqual(['Budget', 'validé']);
    expect(t.rows[1]!.cells[2]!.text.paragraphs[0]!.runs[0]!.style).toEqual({ size: 1800 });
    expect(cellLines(t.rows[0]!.cells[2])).toEqual(['']);
    expect(setCellText(t, 9, 0, ['x'])).toBe(t);
  });

  it('adds and removes rows, the frame growing and shrinking with them', () => {
    const t = setCellText(table(), 0, 0, ['Titre']);
    const more = insertRow(t, 0, 1);
    expect(more.rows).toHaveLength(3);
    expect(cellLines(more.rows[0]!.cells[0])).toEqual(['Titre']);
    expect(cellLines(more.rows[1]!.cells[0])).toEqual(['']);
    expect(more.xfrm!.cy).toBe(t.xfrm!.cy + t.rows[0]!.height);
    const fewer = deleteRow(more, 0);
    expect(fewer.rows).toHaveLength(2);
    expect(fewer.xfrm!.cy).toBe(t.xfrm!.cy);
    expect(deleteRow(deleteRow(fewer, 0), 0).rows).toHaveLength(1);
  });

  it('adds and removes columns, the table keeping its width', () => {
    const t = table();
    const wider = insertColumn(t, 1, 2);
    expect(wider.columns).toHaveLength(4);
    expect(wider.rows.every((r) => r.cells.length === 4)).toBe(true);
    expect(widthOf(wider)).toBe(widthOf(t));
    const narrower = deleteColumn(wider, 0);
    expect(narrower.columns).toHaveLength(3);
    expect(narrower.rows.every((r) => r.cells.length === 3)).toBe(true);
    expect(widthOf(narrower)).toBe(widthOf(t));
  });

  it('keeps merged cells whole when rows and columns are added and removed around and through them', () => {
    // 4 x 4: "Titre" spans row 0, columns 0-1; "Fusion" spans rows 1-2, columns 1-2.
    let t = table(4, 4);
    t = setCellText(setCellText(t, 0, 0, ['Titre']), 1, 1, ['Fusion']);
    const span = (cells: TableShape['rows'][number]['cells'], c: number, colSpan: number, rowSpan = 1) => cells.map((x, i) => (i === c ? { ...x, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) } : x));
    const cover = (cells: TableShape['rows'][number]['cells'], ...cs: number[]) => cells.map((x, i) => (cs.includes(i) ? { text: { paragraphs: [] }, merged: true } : x));
    const merged: TableShape = {
      ...t,
      rows: [
        { ...t.rows[0]!, cells: cover(span(t.rows[0]!.cells, 0, 2), 1) },
        { ...t.rows[1]!, cells: cover(span(t.rows[1]!.cells, 1, 2, 2), 2) },
        { ...t.rows[2]!, cells: cover(t.rows[2]!.cells, 1, 2) },
        t.rows[3]!,
      ],
    };
    /** Each row as marks: text of a cell, "text:CxR" for a merge anchor, "·" for a covered cell. */
    const mark = (c: TableShape['rows'][number]['cells'][number]) => {
      if (c.merged) return '·';
      const spans = (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1 ? `:${String(c.colSpan ?? 1)}x${String(c.rowSpan ?? 1)}` : '';
      return `${cellLines(c).join('')}${spans}`;
    };
    const layout = (x: TableShape) => x.rows.map((row) => row.cells.map(mark).join('|'));
    expect(layout(merged)).toEqual(['Titre:2x1|·||', '|Fusion:2x2|·|', '|·|·|', '|||']);
    expect(canReshape(merged)).toBe(true);
    // A row between rows 1 and 2 joins the merge; one under it does not.
    expect(layout(insertRow(merged, 1, 2))).toEqual(['Titre:2x1|·||', '|Fusion:2x3|·|', '|·|·|', '|·|·|', '|||']);
    expect(layout(insertRow(merged, 2, 3))).toEqual(['Titre:2x1|·||', '|Fusion:2x2|·|', '|·|·|', '|||', '|||']);
    expect(insertRow(merged, 1, 2).rows).toHaveLength(5);
    // Deleting the merge's first row moves it (and its text) down; deleting its last row shrinks it.
    expect(layout(deleteRow(merged, 1))).toEqual(['Titre:2x1|·||', '|Fusion:2x1|·|', '|||']);
    expect(layout(deleteRow(merged, 2))).toEqual(['Titre:2x1|·||', '|Fusion:2x1|·|', '|||']);
    // Columns: one inside "Titre" widens it; deleting its first column hands it to the next.
    expect(layout(insertColumn(merged, 0, 1))).toEqual(['Titre:3x1|·|·||', '||Fusion:2x2|·|', '||·|·|', '||||']);
    expect(layout(insertColumn(merged, 3, 4))).toEqual(['Titre:2x1|·|||', '|Fusion:2x2|·||', '|·|·||', '||||']);
    expect(layout(deleteColumn(merged, 0))).toEqual(['Titre||', 'Fusion:2x2|·|', '·|·|', '||']);
    expect(layout(deleteColumn(merged, 2))).toEqual(['Titre:2x1|·|', '|Fusion:1x2|', '|·|', '||']);
    expect(widthOf(deleteColumn(merged, 2))).toBe(widthOf(merged));
    // Tab skips covered cells.
    expect(nextCell(merged, 0, 0, false)).toEqual({ r: 0, c: 2 });
  });

  it('finds the cell under a point and the next cell in reading order', () => {
    const t = table(2, 4);
    expect(cellAt(t, 0.1, 0.1)).toEqual({ r: 0, c: 0 });
    expect(cellAt(t, 0.99, 0.99)).toEqual({ r: 1, c: 3 });
    expect(cellAt(t, 0.6, 0.7)).toEqual({ r: 1, c: 2 });
    expect(nextCell(t, 0, 3, false)).toEqual({ r: 1, c: 0 });
    expect(nextCell(t, 1, 0, true)).toEqual({ r: 0, c: 3 });
    expect(nextCell(t, 1, 3, false)).toBeNull();
  });
});
