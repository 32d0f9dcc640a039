import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';
import { codePointLength } from './text-functions.js';

describe('LEN', () => {
  it('counts code points', () => {
    expect(codePointLength('😀a')).toBe(2);
    expect(codePointLength('é')).toBe(1);
    expect(codePointLength('')).toBe(0);
  });

  it.each([
    ['=LEN("😀a")', 2],
    ['=LEN("𠜎")', 1],
    ['=LEN("Élise")', 5],
    ['=LEN(A1)', 3],
    ['=LEN(B1)', 0],
    ['=LEN(123.5)', 5],
    ['=LEN(TRUE)', 4],
    ['=LEN(C1)', 1],
    ['=LEN("")', 0],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate([['a😀b', null, 7]], [formula])[0]).toBe(expected);
  });

  it('propagates errors', () => {
    expect(evaluate([], ['=LEN(1/0)'])[0]).toEqual({ error: '#DIV/0!' });
  });
});

describe('CONCAT', () => {
  it('joins ranges cell by cell, numbers as General shows them (values checked with LibreOffice 7.4)', () => {
    const data = [[1, 2], [2, 4]];
    expect(evaluate(data, ['=CONCAT(A1:B2,"-",1/3)'])[0]).toBe('1224-0.333333333333333');
    expect(evaluate([], ['=CONCAT(0.1+0.2,"x")'])[0]).toBe('0.3x');
    // Excel's logicals (LibreOffice, without a logical type, writes 1).
    expect(evaluate([[true, null, 'b']], ['=CONCAT(A1:C1)'])[0]).toBe('TRUEb');
  });

  it('propagates errors and refuses a text longer than a cell holds', () => {
    expect(evaluate([['a', '#N/A']], ['=CONCAT(A1,1/0)'])[0]).toEqual({ error: '#DIV/0!' });
    expect(evaluate([], ['=CONCAT(REPT("a",32767),"b")'])[0]).toEqual({ error: '#VALUE!' });
  });
});
