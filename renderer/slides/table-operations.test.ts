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

  it('leaves tables with merged cells as they are', () => {
    const t = table();
    const merged: TableShape = { ...t, rows: t.rows.map((row, r) => (r === 0 ? { ...row, cells: row.cells.map((c, i) => (i === 0 ? { ...c, colSpan: 2 } : i === 1 ? { ...c, merged: true } : c)) } : row)) };
    expect(canReshape(merged)).toBe(false);
    expect(insertRow(merged, 0, 1)).toBe(merged);
    expect(deleteColumn(merged, 2)).toBe(merged);
    // Tab skips the covered cell.
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
