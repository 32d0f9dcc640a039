import { describe, expect, it } from 'vitest';
import { CellError, EmptyValue, ErrorType } from 'hyperformula';
import { compileCriterion, wildcardPattern } from './criteria.js';
import type { ScalarValue } from './plugin-support.js';

const cells: ScalarValue[] = [1, 5, 7, '5', 'abc', 'ABD', 'a*c', '', EmptyValue, true, false, new CellError(ErrorType.NA), 'x~y', 'a?c'];

function matches(criterion: ScalarValue): ScalarValue[] {
  const test = compileCriterion(criterion);
  return cells.filter((v) => test(v));
}

describe('wildcardPattern', () => {
  it('translates * ? and ~ escapes, case-insensitive, whole text', () => {
    expect(wildcardPattern('ab*').test('ABCD')).toBe(true);
    expect(wildcardPattern('a?c').test('abc')).toBe(true);
    expect(wildcardPattern('a?c').test('abbc')).toBe(false);
    expect(wildcardPattern('a~*c').test('a*c')).toBe(true);
    expect(wildcardPattern('a~*c').test('abc')).toBe(false);
    expect(wildcardPattern('x~~y').test('x~y')).toBe(true);
    expect(wildcardPattern('(1)+[2]').test('(1)+[2]')).toBe(true);
    expect(wildcardPattern('?').test('😀')).toBe(true);
  });
});

describe('compileCriterion', () => {
  it('compares numbers, numeric text only for equality', () => {
    expect(matches(5)).toEqual([5, '5']);
    expect(matches('5')).toEqual([5, '5']);
    expect(matches('=5')).toEqual([5, '5']);
    expect(matches('>=5')).toEqual([5, 7]);
    expect(matches('<5')).toEqual([1]);
    expect(matches('<>5').length).toBe(cells.length - 2);
    expect(matches('>1e0')).toEqual([5, 7]);
    expect(matches('=500%')).toEqual([5, '5']);
  });

  it('matches text without case, with wildcards', () => {
    expect(matches('abc')).toEqual(['abc']);
    expect(matches('ab*')).toEqual(['abc', 'ABD']);
    expect(matches('a?c')).toEqual(['abc', 'a*c', 'a?c']);
    expect(matches('a~?c')).toEqual(['a?c']);
    expect(matches('<>abc').length).toBe(cells.length - 1);
    expect(matches('>abc')).toEqual(['ABD', 'x~y']);
    expect(matches('<=ab')).toEqual(['5', '', 'a*c', 'a?c'].filter((v) => cells.includes(v)).sort((a, b) => cells.indexOf(a) - cells.indexOf(b)));
    expect(matches('*')).toEqual(['5', 'abc', 'ABD', 'a*c', '', 'x~y', 'a?c']);
  });

  it('handles blanks: "" blank or empty text, "=" blank only, "<>" not blank', () => {
    expect(matches('')).toEqual(['', EmptyValue]);
    expect(matches('=')).toEqual([EmptyValue]);
    expect(matches('<>').length).toBe(cells.length - 1);
    expect(matches(EmptyValue)).toEqual([]);
  });

  it('matches logicals and errors', () => {
    expect(matches(true)).toEqual([true]);
    expect(matches('FALSE')).toEqual([false]);
    expect(matches('<>TRUE').length).toBe(cells.length - 1);
    expect(matches('#N/A')).toEqual([cells[11]]);
    expect(matches(new CellError(ErrorType.NA))).toEqual([cells[11]]);
  });
});
