import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';

// Expected values computed by LibreOffice 7.4.
const DATA = [[1, 2], [2, 4], [3, 6.5], [4, 13], [5, 30], [6, 55]];
const one = (formula: string) => evaluate(DATA, [formula])[0];

describe('LOOKUP', () => {
  it.each([
    ['=LOOKUP(4.5,A1:A6,B1:B6)', 13],
    ['=LOOKUP(3,A1:A6)', 3],
    ['=LOOKUP(100,A1:B6)', 55],
    ['=LOOKUP("b",{"a";"B";"c"},{1;2;3})', 2],
    ['=LOOKUP(2,{1,2,3;10,20,30})', 20],
  ])('%s = %j', (formula, expected) => expect(one(formula)).toBe(expected));

  it('finds the last matching row with the 1/(condition) idiom', () => {
    expect(one('=LOOKUP(2,1/(B1:B6>5),A1:A6)')).toBe(6);
    expect(one('=LOOKUP(2,1/(B1:B6<5),A1:A6)')).toBe(2);
  });

  it('gives #N/A when nothing is small enough', () => {
    expect(one('=LOOKUP(0,A1:A6,B1:B6)')).toEqual({ error: '#N/A' });
    expect(one('=LOOKUP("a",A1:A6,B1:B6)')).toEqual({ error: '#N/A' });
  });
});
