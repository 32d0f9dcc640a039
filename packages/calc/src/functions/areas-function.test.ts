import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';

describe('AREAS', () => {
  it.each([
    ['=AREAS(B2:D4)', 1],
    ['=AREAS(B2)', 1],
    ['=AREAS((B2:D4))', 1],
    ['=AREAS((B2))', 1],
    ['=AREAS(A:C)', 1],
    ['=AREAS(5:7)', 1],
    ['=AREAS(OFFSET(A1,1,1,2,2))', 1],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('gives #VALUE! for a value that is no reference, and passes errors on', () => {
    expect(evaluateOne('=AREAS(5)')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=AREAS("A1")')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=AREAS({1,2})')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=AREAS(1/0)')).toEqual({ error: '#DIV/0!' });
  });
});
