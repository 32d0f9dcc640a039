import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { roundSignificant } from './round-sig-function.js';

describe('roundSignificant', () => {
  it('finds the first significant digit at exact powers of ten', () => {
    expect(roundSignificant(1000, 1)).toBe(1000);
    expect(roundSignificant(999.5, 3)).toBe(1000);
    expect(roundSignificant(0.001, 2)).toBe(0.001);
  });
});

describe('ROUNDSIG', () => {
  it.each([
    ['=ROUNDSIG(123.456,2)', 120],
    ['=ROUNDSIG(123.456,4)', 123.5],
    ['=ROUNDSIG(-98765,1)', -100000],
    ['=ROUNDSIG(0.000123456,3)', 0.000123],
    ['=ROUNDSIG(2.5,1)', 3],
    ['=ROUNDSIG(-2.5,1)', -3],
    ['=ROUNDSIG(1.005,3)', 1.01],
    ['=ROUNDSIG(123.456,2.9)', 120],
    ['=ROUNDSIG(0,3)', 0],
    ['=ORG.LIBREOFFICE.ROUNDSIG(1234,2)', 1200],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('gives #NUM! for fewer than one digit and #VALUE! for text', () => {
    expect(evaluateOne('=ROUNDSIG(12,0)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=ROUNDSIG(12,0.5)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=ROUNDSIG("a",2)')).toEqual({ error: '#VALUE!' });
  });
});
