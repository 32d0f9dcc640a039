import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';

const NA = { error: '#N/A' };

describe('VLOOKUP and HLOOKUP with wildcards', () => {
  const data = [['apple', 10, 'red'], ['Apricot', 20, 'orange'], ['banana', 30, 'yellow'], ['a*c', 40, 'star'], ['x?y', 50, 'mark']];
  it.each([
    ['=VLOOKUP("ap*",A1:C5,2,FALSE)', 10],
    ['=VLOOKUP("APR*",A1:C5,3,FALSE)', 'orange'],
    ['=VLOOKUP("?anana",A1:C5,2,0)', 30],
    ['=VLOOKUP("*an*",A1:C5,3,FALSE)', 'yellow'],
    ['=VLOOKUP("a~*c",A1:C5,2,FALSE)', 40],
    ['=VLOOKUP("x~?y",A1:C5,2,FALSE)', 50],
    ['=VLOOKUP("z*",A1:C5,2,FALSE)', NA],
    ['=VLOOKUP("a*",A1:C5,4,FALSE)', { error: '#REF!' }],
    ['=VLOOKUP("a*",A1:C5,0,FALSE)', { error: '#VALUE!' }],
    // Without wildcards, or in approximate mode, HyperFormula's own search.
    ['=VLOOKUP("banana",A1:C5,2,FALSE)', 30],
    ['=VLOOKUP(20,B1:C5,2,TRUE)', 'orange'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toEqual(expected);
  });

  it('searches the first row for HLOOKUP', () => {
    const rows = [['apple', 'banana', 'cherry'], [1, 2, 3]];
    expect(evaluate(rows, ['=HLOOKUP("b*",A1:C2,2,FALSE)'])[0]).toBe(2);
    expect(evaluate(rows, ['=HLOOKUP("*rr*",A1:C2,2,FALSE)'])[0]).toBe(3);
    expect(evaluate(rows, ['=HLOOKUP("cherry",A1:C2,2,FALSE)'])[0]).toBe(3);
  });
});
