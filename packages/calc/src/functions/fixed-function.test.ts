import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { fixedText } from './fixed-function.js';

describe('fixedText', () => {
  it('rounds as ROUND does and groups thousands', () => {
    expect(fixedText(1234.567, 1, true)).toBe('1,234.6');
    expect(fixedText(1.005, 2, true)).toBe('1.01');
    expect(fixedText(-0.001, 2, true)).toBe('0.00');
    expect(fixedText(1e22, 0, true)).toBe('10,000,000,000,000,000,000,000');
  });
});

describe('FIXED', () => {
  // Examples of Excel's reference (A2 = 1234.567, A3 = -1234.567, A4 = 44.332).
  it.each([
    ['=FIXED(1234.567,1)', '1,234.6'],
    ['=FIXED(1234.567,-1)', '1,230'],
    ['=FIXED(-1234.567,-1,TRUE)', '-1230'],
    ['=FIXED(44.332)', '44.33'],
    ['=FIXED(2.5,0)', '3'],
    ['=FIXED(-2.5,0)', '-3'],
    ['=FIXED(0.5,,TRUE)', '0.50'],
    ['=FIXED("12.345",2)', '12.35'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('refuses more than 127 decimals and text that is no number', () => {
    expect(evaluateOne('=FIXED(1,128)')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=FIXED("x")')).toEqual({ error: '#VALUE!' });
    expect((evaluateOne('=FIXED(1,127)') as string).length).toBe(129);
  });
});
