import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { floorTo15, roundTo } from './rounding-functions.js';

describe('roundTo', () => {
  it.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.285, 2, 0.29],
    [5.015, 2, 5.02],
    [8.575, 2, 8.58],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [-0.5, 0, -1],
    [1234.5678, -2, 1200],
    [1250, -2, 1300],
    [2.567, 1.9, 2.6],
    [1e300, 2, 1e300],
    [1.23456789, 400, 1.23456789],
    [123, -400, 0],
  ])('ROUND(%d, %d) = %d', (x, d, expected) => {
    expect(roundTo(x, d, 'half-away')).toBe(expected);
  });

  it('rounds up and down away from / toward zero', () => {
    expect(roundTo(1.1, 0, 'away')).toBe(2);
    expect(roundTo(-1.1, 0, 'away')).toBe(-2);
    expect(roundTo(-1.9, 0, 'toward-zero')).toBe(-1);
    expect(roundTo(2.675, 2, 'toward-zero')).toBe(2.67);
    expect(roundTo(0.1 + 0.2, 15, 'away')).toBe(0.3);
    expect(roundTo(3.14159, 3, 'away')).toBe(3.142);
    expect(roundTo(-0.0001, 2, 'toward-zero')).toBe(0);
    expect(Object.is(roundTo(-0.0001, 2, 'toward-zero'), -0)).toBe(false);
  });

  it('floors after removing binary noise', () => {
    expect(floorTo15(-0.5)).toBe(-1);
    expect(floorTo15((0.1 + 0.7) * 10)).toBe(8);
    expect(floorTo15(-2.0000000000000004)).toBe(-2);
    expect(floorTo15(2.9999)).toBe(2);
    expect(floorTo15(1e20 + 0.5)).toBe(1e20);
  });
});

describe('INT, ROUND, ROUNDUP, ROUNDDOWN, TRUNC in formulas', () => {
  it.each([
    ['=INT(-0.5)', -1],
    ['=INT(2.7)', 2],
    ['=INT("3.7")', 3],
    ['=INT(TRUE)', 1],
    ['=INT(A1)', 0],
    ['=ROUND(2.675,2)', 2.68],
    ['=ROUND(1.005,2)', 1.01],
    ['=ROUND(-2.5,0)', -3],
    ['=ROUND(2.5)', 3],
    ['=ROUND("2.45",1)', 2.5],
    ['=ROUNDUP(-1.1,0)', -2],
    ['=ROUNDDOWN(-1.9,0)', -1],
    ['=TRUNC(-1.57,1)', -1.5],
    ['=TRUNC(8.9)', 8],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('propagates errors and refuses text', () => {
    expect(evaluateOne('=INT(1/0)')).toEqual({ error: '#DIV/0!' });
    expect(evaluateOne('=ROUND(1,1/0)')).toEqual({ error: '#DIV/0!' });
    expect(evaluateOne('=ROUND("abc",1)')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=INT(B1)', [[null, 'x']])).toEqual({ error: '#VALUE!' });
  });
});
