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
