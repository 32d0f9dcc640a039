import { describe, expect, it } from 'vitest';
import { cellName, columnIndex, columnName, parseCellName } from './cell-address.js';

describe('cell addresses', () => {
  it('names columns past Z the way spreadsheets do', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('round-trips column letters', () => {
    for (const n of [0, 1, 25, 26, 27, 700, 16383]) expect(columnIndex(columnName(n))).toBe(n);
  });
  it('parses absolute and relative references', () => {
    expect(parseCellName('$B$12')).toEqual({ row: 11, col: 1 });
    expect(parseCellName('aa3')).toEqual({ row: 2, col: 26 });
    expect(parseCellName('A0')).toBeNull();
    expect(parseCellName('12')).toBeNull();
    expect(cellName(0, 2)).toBe('C1');
  });
  it('rejects negative columns with a RangeError', () => {
    expect(() => columnName(-1)).toThrow(RangeError);
  });
});
