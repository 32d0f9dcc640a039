import { describe, expect, it } from 'vitest';
import { cellsExtent } from './cell-extent.js';

describe('cellsExtent', () => {
  it('gives the rows and columns a list of cells reaches', () => {
    expect(cellsExtent([{ row: 3, col: 1 }, { row: 0, col: 7 }])).toEqual({ rows: 4, cols: 8 });
    expect(cellsExtent([])).toEqual({ rows: 0, cols: 0 });
  });

  it('reads a paste of 10,000 rows x 20 columns (200,000 cells) without overflowing the stack', () => {
    const cells = Array.from({ length: 200_000 }, (_, i) => ({ row: 100_000 + Math.floor(i / 20), col: i % 20 }));
    expect(cellsExtent(cells)).toEqual({ rows: 110_000, cols: 20 });
  });
});
