import { describe, expect, it } from 'vitest';
import { evaluateOne, spillOf } from '../test-workbook.js';
import { erf, erfc } from './engineering-functions.js';

describe('erf and erfc', () => {
  it.each([
    [0.5, 0.5204998778130465, 0.4795001221869535],
    [1, 0.8427007929497149, 0.15729920705028513],
    [1.5, 0.9661051464753108, 0.033894853524689274],
    [2, 0.9953222650189527, 0.004677734981047265],
    [2.5, 0.9995930479825550, 0.0004069520174449589],
    [5, 0.9999999999984626, 1.5374597944280349e-12],
  ])('erf(%d), erfc', (x, e, c) => {
    expect(erf(x)).toBeCloseTo(e, 14);
    expect(erf(-x)).toBeCloseTo(-e, 14);
    expect(Math.abs(erfc(x) - c) / c).toBeLessThan(1e-13);
    expect(erfc(-x)).toBeCloseTo(2 - c, 14);
  });
});

describe('GESTEP, ERF.PRECISE, ERFC.PRECISE', () => {
  // Examples of Excel's reference.
  it.each([
    ['=GESTEP(5,4)', 1],
    ['=GESTEP(5,5)', 1],
    ['=GESTEP(-4,-5)', 1],
    ['=GESTEP(-1)', 0],
    ['=GESTEP(0)', 1],
    ['=ERF.PRECISE(0.745)', 0.70792892],
    ['=ERF.PRECISE(1)', 0.84270079],
    ['=ERFC.PRECISE(1)', 0.15729921],
    ['=ERF.PRECISE(-1)', -0.84270079],
  ])('%s = %d', (formula, expected) => {
    expect(evaluateOne(formula)).toBeCloseTo(expected, 7);
  });

  it('gives #VALUE! for text that is no number', () => {
    expect(evaluateOne('=GESTEP("x")')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=ERF.PRECISE("x")')).toEqual({ error: '#VALUE!' });
  });
});

describe('MUNIT', () => {
  it('spills the identity matrix', () => {
    expect(spillOf('=MUNIT(3)', [])).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
    expect(spillOf('=MUNIT(1)', [])).toEqual([[1]]);
    expect(evaluateOne('=SUM(MUNIT(4))')).toBe(4);
  });

  it('gives #VALUE! below 1 or for a size read from a cell', () => {
    expect(evaluateOne('=MUNIT(0)')).toEqual({ error: '#VALUE!' });
    expect(spillOf('=MUNIT(A1)', [[2]])).toEqual([[{ error: '#VALUE!' }]]);
  });
});
